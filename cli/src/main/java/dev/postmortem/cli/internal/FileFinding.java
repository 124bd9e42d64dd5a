package dev.postmortem.cli.internal;

import dev.postmortem.lint.Finding;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A finding of the import or the linter in one file.
 *
 * @param file the file, as named on the command line or found under a folder named there
 * @param finding what the import or the linter found, with its line where there is one
 */
record FileFinding(Path file, Finding finding) {
  FileFinding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(finding, "finding");
  }
}
