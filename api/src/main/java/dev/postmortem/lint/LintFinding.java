package dev.postmortem.lint;

import java.util.Objects;

/**
 * Something a {@link PostmortemLinter} noticed: which rule, how much it matters, where (a field
 * path such as {@code actionItems[2].owner}) and what, in a sentence.
 *
 * @param ruleId the id of the rule, such as {@code missing-owner} (see {@link LintRule#id()})
 * @param severity how much it matters
 * @param path the field path it concerns; {@code ""} for the postmortem as a whole
 * @param message what was noticed, naming the values involved
 */
public record LintFinding(String ruleId, LintSeverity severity, String path, String message) {

  /** Checks that no part is null. */
  public LintFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  static LintFinding of(LintRule rule, String path, String message) {
    return new LintFinding(rule.id(), rule.severity(), path, message);
  }

  /** Returns {@code SEVERITY rule-id path: message}, one line for logs. */
  @Override
  public String toString() {
    return severity + " " + ruleId + " " + (path.isEmpty() ? "(document)" : path) + ": " + message;
  }
}
