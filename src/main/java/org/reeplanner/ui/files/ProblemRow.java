package org.reeplanner.ui.files;

import org.reeplanner.model.Problem;

/** One line of the problems dialog: whether it stops the file from being used, where, what was found and allowed. */
public record ProblemRow(boolean error, String path, String found, String allowed) {

    public static ProblemRow of(Problem problem) {
        return new ProblemRow(problem.isError(), problem.path(), problem.found(), problem.allowed());
    }
}
