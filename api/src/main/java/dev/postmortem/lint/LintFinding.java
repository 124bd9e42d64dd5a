package dev.postmortem.lint;

import java.util.Objects;

/**
 * Something a {@link PostmortemLinter} or an importer noticed: which rule, how much it matters,
 * where (a field path such as {@code actionItems[2].owner}, and for an imported document the line)
 * and what, in a sentence.
 *
 * @param ruleId the id of the rule, such as {@code missing-owner} (see {@link LintRule#id()})
 * @param severity how much it matters
 * @param path the field path it concerns; {@code ""} for the postmortem as a whole
 * @param message what was noticed, naming the values involved
 * @param line the 1-based line of the source document it concerns, or 0 when there is no source
 *     (a postmortem built in code) or no single line
 */
public record LintFinding(String ruleId, LintSeverity severity, String path, String message, int line) {

  /**
   * Checks that no part is null and that the line is not negative.
   *
   * @param ruleId the id of the rule; not null
   * @param severity how much it matters; not null
   * @param path the field path it concerns; not null
   * @param message what was noticed; not null
   * @param line the 1-based source line, or 0 for none
   */
  public LintFinding {
    Objects.requireNonNull(ruleId, "ruleId must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(message, "message must not be null");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative but was " + line);
    }
  }

  /**
   * A finding without a source line.
   *
   * @param ruleId the id of the rule; not null
   * @param severity how much it matters; not null
   * @param path the field path it concerns; not null
   * @param message what was noticed; not null
   */
  public LintFinding(String ruleId, LintSeverity severity, String path, String message) {
    this(ruleId, severity, path, message, 0);
  }

  /**
   * {@return a finding of {@code rule} without a line}
   *
   * @param rule the rule, which gives the id and severity; not null
   * @param path the field path it concerns; not null
   * @param message what was noticed; not null
   */
  public static LintFinding of(LintRule rule, String path, String message) {
    Objects.requireNonNull(rule, "rule must not be null");
    return new LintFinding(rule.id(), rule.severity(), path, message, 0);
  }

  /**
   * {@return a finding of {@code rule} at a 1-based source {@code line}}
   *
   * @param rule the rule, which gives the id and severity; not null
   * @param path the field path it concerns; not null
   * @param message what was noticed; not null
   * @param line the 1-based source line
   */
  public static LintFinding of(LintRule rule, String path, String message, int line) {
    Objects.requireNonNull(rule, "rule must not be null");
    return new LintFinding(rule.id(), rule.severity(), path, message, line);
  }

  /**
   * {@return this finding at a 1-based source {@code line}}
   *
   * @param line the 1-based source line
   */
  public LintFinding atLine(int line) {
    return new LintFinding(ruleId, severity, path, message, line);
  }

  /** Returns {@code SEVERITY rule-id path (line N): message}, one line for logs. */
  @Override
  public String toString() {
    return severity + " " + ruleId + " " + (path.isEmpty() ? "(document)" : path)
        + (line > 0 ? " (line " + line + ")" : "") + ": " + message;
  }
}
