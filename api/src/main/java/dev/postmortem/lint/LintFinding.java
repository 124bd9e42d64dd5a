package dev.postmortem.lint;

import java.util.Optional;

/**
 * What {@link PostmortemLinter} noticed in a postmortem: which rule, where and what. An importer
 * that lints what it read gives each finding the line of the field it concerns.
 *
 * @param rule the rule, which gives the id and severity
 * @param path the field path it concerns, such as {@code actionItems[2].owner}; {@code ""} for
 *     the postmortem as a whole
 * @param message what was noticed, naming the values involved
 * @param line the 1-based line of the source document it concerns; empty when there is no source
 *     (a postmortem built in code) or no single line
 */
public record LintFinding(LintRule rule, String path, String message, Optional<Integer> line)
    implements Finding {

  /**
   * Checks that no part is null and that a line is 1 or more.
   *
   * @param rule the rule; not null
   * @param path the field path it concerns; not null
   * @param message what was noticed; not null
   * @param line the 1-based source line, or empty for none; not null
   * @throws IllegalArgumentException if the line is below 1
   */
  public LintFinding {
    FindingText.check(rule, path, message, line);
  }

  /**
   * {@return a finding of {@code rule} without a line}
   *
   * @param rule the rule, which gives the id and severity; not null
   * @param path the field path it concerns; not null
   * @param message what was noticed; not null
   */
  public static LintFinding of(LintRule rule, String path, String message) {
    return new LintFinding(rule, path, message, Optional.empty());
  }

  /**
   * {@return this finding at a 1-based source {@code line}}
   *
   * @param line the 1-based source line
   * @throws IllegalArgumentException if the line is below 1
   */
  public LintFinding atLine(int line) {
    return new LintFinding(rule, path, message, Optional.of(line));
  }

  /** Returns {@code SEVERITY rule-id path (line N): message}, one line for logs. */
  @Override
  public String toString() {
    return FindingText.of(this);
  }
}
