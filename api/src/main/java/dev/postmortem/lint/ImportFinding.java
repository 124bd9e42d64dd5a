package dev.postmortem.lint;

import java.util.Optional;

/**
 * What an importer noticed while reading a document into a postmortem: a placeholder it read as
 * empty, a value it could not read as its type. Unlike a {@link LintFinding}, it is about the
 * document, not the postmortem: the postmortem read no longer holds what it reports.
 *
 * @param rule the rule, which gives the id and severity
 * @param path the field path the value was meant for, such as {@code actionItems[2].owner};
 *     {@code ""} for the postmortem as a whole
 * @param message what was noticed, naming the value and where its text went
 * @param line the 1-based line of the document it concerns; empty when there is no single line
 */
public record ImportFinding(ImportRule rule, String path, String message, Optional<Integer> line)
    implements Finding {

  /**
   * Checks that no part is null and that a line is 1 or more.
   *
   * @param rule the rule; not null
   * @param path the field path the value was meant for; not null
   * @param message what was noticed; not null
   * @param line the 1-based source line, or empty for none; not null
   * @throws IllegalArgumentException if the line is below 1
   */
  public ImportFinding {
    FindingText.check(rule, path, message, line);
  }

  /**
   * {@return a finding of {@code rule} at a 1-based source {@code line}}
   *
   * @param rule the rule, which gives the id and severity; not null
   * @param path the field path the value was meant for; not null
   * @param message what was noticed; not null
   * @param line the 1-based source line
   * @throws IllegalArgumentException if the line is below 1
   */
  public static ImportFinding of(ImportRule rule, String path, String message, int line) {
    return new ImportFinding(rule, path, message, Optional.of(line));
  }

  /** Returns {@code SEVERITY rule-id path (line N): message}, one line for logs. */
  @Override
  public String toString() {
    return FindingText.of(this);
  }
}
