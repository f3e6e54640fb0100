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

    /** Collects the text of {@code <t>} elements (not of phonetic runs) until {@link #element} takes it. */
    private abstract static class TextCollector extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private int phonetic;

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            if ("rPh".equals(local)) {
                phonetic++;
            } else if ("t".equals(local) && phonetic == 0) {
                inText = true;
            }
            start(local, a);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if ("rPh".equals(local)) {
                phonetic--;
            } else if ("t".equals(local)) {
                inText = false;
            }
            element(local);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
            chars(ch, start, length);
        }

        void start(String local, Attributes a) throws SAXException {
        }

        void chars(char[] ch, int start, int length) {
        }

        abstract void element(String local) throws SAXException;

        /** The text collected so far; the collector starts again. */
        String text() {
            String t = text.toString();
            text.setLength(0);
            return t;
        }
    }

    /** Reads {@code <row>} and {@code <c>} elements into a grid. */
    private static final class SheetHandler extends TextCollector {
        private final SheetGrid grid;
        private final List<String> strings;
        private final String where;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private int row = -1;
        private int col = -1;
        private String type;
        private boolean hasFormula;
        private boolean hasValue;
        private boolean inValue;
        private boolean inFormula;

        SheetHandler(SheetGrid grid, List<String> strings, String where) {
            this.grid = grid;
            this.strings = strings;
            this.where = where;
        }

        @Override
        void start(String local, Attributes a) throws SAXException {
            switch (local) {
                case "row" -> {
                    row = a.getValue("r") == null ? row + 1 : parseIndex(a.getValue("r"), row + 1) - 1;
                    col = -1;
                }
                case "c" -> {
                    String r = a.getValue("r");
                    col = r == null ? col + 1 : column(r, col + 1);
                    type = a.getValue("t") == null ? "n" : a.getValue("t");
                    hasFormula = false;
                    hasValue = false;
                    value.setLength(0);
                    formula.setLength(0);
                    text();
                }
                case "f" -> {
                    hasFormula = true;
                    inFormula = true;
                }
                case "v" -> {
                    hasValue = true;
                    inValue = true;
                }
                default -> {
                }
            }
        }

        @Override
        void chars(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inFormula && formula.length() < 200) {
                formula.append(ch, start, length);
            }
        }

        @Override
        void element(String local) throws SAXException {
            switch (local) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "c" -> cell();
                default -> {
                }
            }
        }

        private void cell() throws SAXException {
            String inline = text();
            if (row < 0 || row >= MAX_ROWS || col < 0) {
                return;
            }
            GridCell c = build(inline);
            if (c == null) {
                return;
            }
            if (grid.size() >= MAX_CELLS) {
                throw new TooLarge(where + " holds more than " + MAX_CELLS + " cells");
            }
            grid.put(row, col, c);
        }

        private GridCell build(String inline) {
            String v = value.toString();
            if (hasFormula && !hasValue) {
                // A shared formula's other cells carry no text of their own: "" then.
                return new GridCell(GridCell.Kind.UNCALCULATED, "", Double.NaN, formula.isEmpty() ? "" : "=" + formula);
            }
            return switch (type) {
                case "s" -> sharedString(v.trim());
                case "str", "d" -> GridCell.text(v);
                case "inlineStr" -> GridCell.text(unescape(inline));
                case "b" -> new GridCell(GridCell.Kind.BOOLEAN, "1".equals(v.trim()) ? "TRUE" : "FALSE", Double.NaN,
                        null);
                case "e" -> new GridCell(GridCell.Kind.ERROR, v.trim(), Double.NaN, null);
                default -> hasValue ? numberCell(v.trim()) : null;
            };
        }

        private GridCell sharedString(String index) {
            int i = parseIndex(index, -1);
            return i >= 0 && i < strings.size() ? GridCell.text(strings.get(i))
                    : new GridCell(GridCell.Kind.ERROR, "a broken shared-text reference", Double.NaN, null);
        }

        private static GridCell numberCell(String v) {
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d) && !v.isEmpty() && !Character.isLetter(v.charAt(v.length() - 1))) {
                    return GridCell.number(d);
                }
            } catch (NumberFormatException e) {
                // reported below as a damaged number
            }
            return new GridCell(GridCell.Kind.ERROR, "a damaged number '" + v + "'", Double.NaN, null);
        }

        /** The 0-based column of a reference such as {@code AB12}; {@code fallback} when it has no letters. */
        private static int column(String ref, int fallback) {
            int c = 0;
            int i = 0;
            while (i < ref.length() && i < 4 && Character.isLetter(ref.charAt(i))) {
                c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
                i++;
            }
            return i == 0 ? fallback : c - 1;
        }

        private static int parseIndex(String s, int fallback) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
