package dev.postmortem.cli.internal;

import dev.postmortem.lint.LintFinding;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A finding of the import or the linter in one file.
 *
 * @param file the file, as named on the command line or found under a folder named there
 * @param finding what was found, with its line (0 for none)
 */
record FileFinding(Path file, LintFinding finding) {
  FileFinding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(finding, "finding");
  }
}
