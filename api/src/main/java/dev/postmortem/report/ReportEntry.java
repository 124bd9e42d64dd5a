package dev.postmortem.report;

import dev.postmortem.Postmortem;
import dev.postmortem.lint.Finding;
import java.util.List;
import java.util.Objects;

/**
 * One postmortem of a report: where it came from (a file name, used as the link), the postmortem,
 * and the findings of its import and lint.
 *
 * @param name the file name or other link to the postmortem, such as {@code 2024-03-14-outage.md}
 * @param postmortem the postmortem
 * @param findings what was noticed about it, shown in the report
 */
public record ReportEntry(String name, Postmortem postmortem, List<Finding> findings) {

  /**
   * Checks that no part is null and copies the list.
   *
   * @param name the file name or other link; not null
   * @param postmortem the postmortem; not null
   * @param findings what was noticed about it; not null, nor any of them
   */
  public ReportEntry {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    findings = List.copyOf(Objects.requireNonNull(findings, "findings must not be null"));
  }
}
