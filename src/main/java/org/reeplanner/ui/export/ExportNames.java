package org.reeplanner.ui.export;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Names for exported files: a suggestion from the scenario's name and the date ({@code seed-baseline-2026-11-29.xlsx}),
 * and the extension added when the user typed a name without it.
 */
public final class ExportNames {
    static final int MAX_SLUG_LENGTH = 60;
    static final String FALLBACK_SLUG = "scenario";

    private ExportNames() {
    }

    /**
     * The scenario's name as a file-name part: lower case, accents dropped, letters and digits of any script kept,
     * everything else a single hyphen; "scenario" when nothing is left.
     */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-");
        String slug = trimHyphens(plain);
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = trimHyphens(slug.substring(0, MAX_SLUG_LENGTH));
        }
        return slug.isEmpty() ? FALLBACK_SLUG : slug;
    }

    /** The suggested file (or, for the charts, folder) name for an export of {@code scenarioName} on {@code date}. */
    public static String suggested(ExportKind kind, String scenarioName, LocalDate date) {
        return slug(scenarioName) + kind.nameTag() + "-" + date + (kind.isFolder() ? "" : kind.extension());
    }

    /** {@code file} with the kind's extension added unless it already ends in it (in any case). */
    public static Path withExtension(Path file, ExportKind kind) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (kind.isFolder() || name.toLowerCase(Locale.ROOT).endsWith(kind.extension())) {
            return file;
        }
        String stem = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return file.resolveSibling(stem + kind.extension());
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
