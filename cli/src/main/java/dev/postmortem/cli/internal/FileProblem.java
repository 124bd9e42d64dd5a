package dev.postmortem.cli.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file {@code lint} could not read as a document: the run goes on with the other files and
 * ends with the usage exit code.
 *
 * @param file the file
 * @param message the one line that says what went wrong, starting with the file's name
 */
record FileProblem(Path file, String message) {
  FileProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }
}
