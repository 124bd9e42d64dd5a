package dev.postmortem.report;

import dev.postmortem.Postmortem;
import dev.postmortem.lint.LintFinding;
import java.util.List;
import java.util.Objects;

/**
 * One postmortem of a report: where it came from (a file name, used as the link), the postmortem,
 * and the findings of its import or lint.
 *
 * @param name the file name or other link to the postmortem, such as {@code 2024-03-14-outage.md}
 * @param postmortem the postmortem
 * @param findings what was noticed about it, shown in the report
 */
public record ReportEntry(String name, Postmortem postmortem, List<LintFinding> findings) {

  /** Checks that no part is null and copies the list. */
  public ReportEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(postmortem, "postmortem");
    findings = List.copyOf(findings);
  }
}
