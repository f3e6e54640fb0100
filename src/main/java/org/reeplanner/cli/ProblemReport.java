package org.reeplanner.cli;

import java.io.PrintWriter;
import java.util.List;
import org.reeplanner.model.Problem;

/** Prints the problems found in an input file, one per line, errors first, each with path, found and allowed. */
final class ProblemReport {
    private ProblemReport() {
    }

    /** A count such as {@code 2 errors, 1 warning}. */
    static String counts(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (errors == 0) {
            return plural(warnings, "warning");
        }
        return warnings == 0 ? plural(errors, "error") : plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static void print(PrintWriter out, List<Problem> problems) {
        problems.stream().filter(Problem::isError).forEach(p -> out.println("  error    " + p.message()));
        problems.stream().filter(p -> !p.isError()).forEach(p -> out.println("  warning  " + p.message()));
    }

    /** "1 warning", "2 warnings": the count and the word, plural unless the count is one. */
    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
