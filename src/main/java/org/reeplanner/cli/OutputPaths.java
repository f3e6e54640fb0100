package org.reeplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reeplanner.io.AtomicFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks output paths before any work is done, and turns failed writes into user errors naming the file. */
final class OutputPaths {
    private OutputPaths() {
    }

    /** Refuses a folder, a path in a missing folder, or the input file itself. {@code file} may be null. */
    static void check(CommandSpec spec, String option, Path file, Path input) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), option + ": " + file
                    + " is a folder; allowed a file path such as " + file.resolve("result" + extension(option)));
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new ParameterException(spec.commandLine(), option + ": cannot write " + file + ": "
                    + AtomicFiles.danglingLink(file));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), option + ": " + file
                    + " is not a regular file (a device, pipe or socket); allowed a file path");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), option + ": cannot write " + file + " because the folder "
                    + folder + " does not exist");
        }
        if (input != null && same(file, input)) {
            throw new ParameterException(spec.commandLine(), option + ": " + file
                    + " is the scenario file itself; writing the result there would overwrite the scenario");
        }
    }

    static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a write; an I/O failure becomes a user error whose message already names the file and the reason. */
    static void save(Save action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static String extension(String option) {
        return "." + option.replaceFirst("^--", "");
    }

    /** A write that may fail with an I/O error. */
    @FunctionalInterface
    interface Save {
        void run() throws IOException;
    }
}
