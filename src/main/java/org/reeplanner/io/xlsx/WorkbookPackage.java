package org.reeplanner.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.reeplanner.io.InputException;
import org.reeplanner.model.Problem;

/**
 * The parts of an .xlsx file (a ZIP archive), unpacked under limits before any XML is parsed: every part is inflated
 * and counted, so a zip bomb is refused after at most {@link #MAX_UNPACKED_BYTES} bytes whatever its headers claim;
 * entry names that point outside the package, duplicates and document type declarations (which Office files never
 * have) are refused too. Only the XML parts are kept, so memory stays within the same limit.
 */
final class WorkbookPackage {
    /** An exported workbook unpacks to under 1 MB; LibreOffice's copy to a few. */
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String EXPECTED = "an .xlsx workbook exported by the planner";

    private final String source;
    private final Map<String, byte[]> xmlParts;

    private WorkbookPackage(String source, Map<String, byte[]> xmlParts) {
        this.source = source;
        this.xmlParts = xmlParts;
    }

    static boolean startsLikeZip(byte[] head) {
        return head.length >= 4 && java.util.Arrays.equals(java.util.Arrays.copyOf(head, 4), ZIP_MAGIC);
    }

    static WorkbookPackage unpack(String source, byte[] bytes) throws InputException {
        if (!startsLikeZip(bytes)) {
            String found = bytes.length == 0 ? "an empty file"
                    : bytes.length >= 4 && java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, 4), OLE2_MAGIC)
                    ? "an Excel 97-2003 (.xls) or password-protected file" : "not a ZIP/Office Open XML file";
            throw refused(source, found, EXPECTED + " (save it as .xlsx without a password)");
        }
        Map<String, byte[]> parts = new HashMap<>();
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                checkName(source, name);
                if (++entries > MAX_ENTRIES) {
                    throw refused(source, "more than " + MAX_ENTRIES + " parts", EXPECTED + " (under 100 parts)");
                }
                boolean keep = isXml(name);
                ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw refused(source, "parts that unpack to more than " + MAX_UNPACKED_BYTES
                                + " bytes (a ZIP bomb, or not a workbook the planner wrote)", EXPECTED
                                + " (it unpacks to under 1 MB; at most " + MAX_UNPACKED_BYTES + " bytes)");
                    }
                    if (keep) {
                        content.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    byte[] xml = content.toByteArray();
                    checkNoDoctype(source, name, xml);
                    if (parts.putIfAbsent(name.toLowerCase(Locale.ROOT), xml) != null) {
                        throw refused(source, "two parts named '" + name + "'", EXPECTED);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused(source, "a damaged ZIP archive (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ")", EXPECTED);
        }
        if (entries == 0) {
            throw refused(source, "an empty ZIP archive", EXPECTED);
        }
        return new WorkbookPackage(source, parts);
    }

    String source() {
        return source;
    }

    /** The XML part at {@code name} (no leading slash; case does not matter, as in OPC), or null. */
    byte[] part(String name) {
        return xmlParts.get(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels");
    }

    /** Part names are paths inside the package; one that climbs out of it or is absolute is a zip-slip attempt. */
    private static void checkName(String source, String name) throws InputException {
        String n = name.replace('\\', '/');
        boolean climbs = n.equals("..") || n.startsWith("../") || n.contains("/../") || n.endsWith("/..");
        if (n.isEmpty() || n.startsWith("/") || climbs || n.indexOf(':') >= 0 || n.indexOf('\0') >= 0
                || !n.equals(name)) {
            throw refused(source, "a ZIP entry named '" + shorten(name) + "' that points outside the package",
                    EXPECTED);
        }
    }

    /**
     * Refuses a DOCTYPE in the prolog (after the XML declaration, comments and processing instructions): Office
     * Open XML forbids them and they are how entity-expansion and external-entity attacks begin.
     */
    private static void checkNoDoctype(String source, String name, byte[] xml) throws InputException {
        String head = new String(xml, 0, Math.min(xml.length, 4096), StandardCharsets.ISO_8859_1);
        int i = head.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i < head.length()) {
            char c = head.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (head.startsWith("<?", i)) {
                int end = head.indexOf("?>", i);
                i = end < 0 ? head.length() : end + 2;
            } else if (head.startsWith("<!--", i)) {
                int end = head.indexOf("-->", i);
                i = end < 0 ? head.length() : end + 3;
            } else {
                if (head.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                    throw refused(source, "a document type declaration (DOCTYPE) in the part '" + shorten(name)
                            + "'", EXPECTED + " (Office files never declare one)");
                }
                return;
            }
        }
    }

    static InputException refused(String source, String found, String allowed) {
        return new InputException(source, Problem.error("(file)", found, allowed));
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
