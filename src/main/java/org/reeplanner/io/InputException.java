package org.reeplanner.io;

import java.util.List;
import java.util.stream.Collectors;
import org.reeplanner.model.Problem;

/** An input file could not be used: names the file and lists every problem found in it. */
public final class InputException extends Exception {
    private final String source;
    private final List<Problem> problems;

    public InputException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public InputException(String source, Problem problem) {
        this(source, List.of(problem));
    }

    /** The file (or resource) the problems were found in. */
    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        String head = source + ": " + errors + (errors == 1 ? " problem" : " problems");
        return head + "\n" + problems.stream()
                .map(p -> "  " + (p.isError() ? "error   " : "warning ") + p.message())
                .collect(Collectors.joining("\n"));
    }
}
