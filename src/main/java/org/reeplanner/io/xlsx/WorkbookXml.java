package org.reeplanner.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.reeplanner.io.InputException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Finds sheets by name in an unpacked workbook and streams their XML into {@link SheetGrid}s with a hardened SAX
 * parser (no DOCTYPE, no external entities), reading only the parts it needs: the package and workbook
 * relationships, the sheet list, the shared strings and the requested sheets. Element names are matched without
 * their namespace, so files in Excel's strict flavour read too.
 */
final class WorkbookXml {
    /** Rows below this are not read; the planner's sheets use fewer than 200. */
    static final int MAX_ROWS = 10_000;
    static final int MAX_CELLS = 200_000;

    private final WorkbookPackage pkg;

    WorkbookXml(WorkbookPackage pkg) {
        this.pkg = pkg;
    }

    /** The sheets among {@code names} that the workbook has (names compared without regard to case), by name. */
    Map<String, SheetGrid> sheets(Set<String> names) throws InputException {
        String workbook = relationships("", "_rels/.rels").get("officeDocument");
        if (workbook == null) {
            throw WorkbookPackage.refused(pkg.source(), "a ZIP file without a workbook part (no officeDocument "
                    + "relationship in _rels/.rels)", "an .xlsx workbook exported by the planner");
        }
        String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        Map<String, String> targets = new HashMap<>();
        Map<String, String> rels = relationships(folder, folder + "_rels/" + workbook.substring(folder.length())
                + ".rels", targets);
        List<String[]> listed = new ArrayList<>();
        parse(workbook, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                if ("sheet".equals(local)) {
                    listed.add(new String[] {a.getValue("name"), relationshipId(a)});
                }
            }
        });
        List<String> strings = rels.containsKey("sharedStrings") ? sharedStrings(rels.get("sharedStrings"))
                : List.of();
        Map<String, SheetGrid> sheets = new LinkedHashMap<>();
        for (String[] sheet : listed) {
            String target = targets.get(sheet[1]);
            // Excel treats sheet names without regard to case, so "INPUTS" is the Inputs sheet.
            String wanted = sheet[0] == null ? null : names.stream().filter(sheet[0]::equalsIgnoreCase).findFirst()
                    .orElse(null);
            if (wanted != null && target != null && !sheets.containsKey(wanted)) {
                sheets.put(wanted, grid(sheet[0], target, strings));
            }
        }
        return sheets;
    }

    private Map<String, String> relationships(String folder, String part) throws InputException {
        return relationships(folder, part, new HashMap<>());
    }

    /**
     * The targets of a relationships part by the last word of their type ({@code officeDocument},
     * {@code sharedStrings}); {@code byId} receives every internal target by its id.
     */
    private Map<String, String> relationships(String folder, String part, Map<String, String> byId)
            throws InputException {
        Map<String, String> byType = new HashMap<>();
        if (pkg.part(part) == null) {
            return byType;
        }
        parse(part, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                String target = a.getValue("Target");
                if (!"Relationship".equals(local) || target == null || "External".equals(a.getValue("TargetMode"))) {
                    return;
                }
                String resolved = resolve(folder, target);
                String type = a.getValue("Type") == null ? "" : a.getValue("Type");
                byType.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), resolved);
                if (a.getValue("Id") != null) {
                    byId.put(a.getValue("Id"), resolved);
                }
            }
        });
        return byType;
    }

    private List<String> sharedStrings(String part) throws InputException {
        List<String> strings = new ArrayList<>();
        parse(part, new TextCollector() {
            @Override
            void element(String local) {
                if ("si".equals(local)) {
                    strings.add(unescape(text()));
                }
            }
        });
        return strings;
    }

    private SheetGrid grid(String name, String part, List<String> strings) throws InputException {
        SheetGrid grid = new SheetGrid(name);
        parse(part, new SheetHandler(grid, strings, "the sheet '" + name + "'"));
        return grid;
    }

    private void parse(String part, DefaultHandler handler) throws InputException {
        byte[] xml = pkg.part(part);
        if (xml == null) {
            throw WorkbookPackage.refused(pkg.source(), "no part '" + part + "', which the workbook refers to",
                    "a complete .xlsx workbook");
        }
        try {
            FACTORY.newSAXParser().parse(new ByteArrayInputStream(xml), handler);
        } catch (SAXParseException e) {
            throw WorkbookPackage.refused(pkg.source(), "the part '" + part + "' is not well-formed XML (line "
                    + e.getLineNumber() + ": " + firstLine(e.getMessage()) + ")", "a workbook Excel or LibreOffice "
                    + "saved");
        } catch (TooLarge e) {
            throw WorkbookPackage.refused(pkg.source(), e.getMessage(), "an exported workbook, whose sheets hold "
                    + "a few thousand cells");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw WorkbookPackage.refused(pkg.source(), "the part '" + part + "' could not be read ("
                    + firstLine(e.getMessage()) + ")", "a workbook Excel or LibreOffice saved");
        }
    }

    private static final SAXParserFactory FACTORY = hardenedFactory();

    private static SAXParserFactory hardenedFactory() {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
        return f;
    }

    /** {@code Target} relative to the part's folder, or absolute from the package root, as a part name. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                parts.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }

    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Cell text as Excel means it: {@code _x0007_} stands for the character U+0007 (XML cannot carry it). */
    static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        return ESCAPE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    private static String relationshipId(Attributes a) {
        for (int i = 0; i < a.getLength(); i++) {
            if ("id".equals(a.getLocalName(i)) && !a.getURI(i).isEmpty()) {
                return a.getValue(i);
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }

    /** A sheet beyond the limits: parsing stops at once. */
    static final class TooLarge extends SAXException {
        TooLarge(String message) {
            super(message);
        }
    }
}
