package dev.postmortem.lint;

import java.util.Objects;
import java.util.Optional;

/** What both kinds of finding share besides their type: the checks of their parts and their log line. */
final class FindingText {
  private FindingText() {}

  /** Refuses a null part and a line below 1, naming the part and the value. */
  static void check(FindingRule rule, String path, String message, Optional<Integer> line) {
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(line, "line must not be null");
    if (line.isPresent() && line.get() < 1) {
      throw new IllegalArgumentException("line must be 1 or more but was " + line.get());
    }
  }

  /** Returns {@code SEVERITY rule-id path (line N): message}, one line for logs. */
  static String of(Finding finding) {
    return finding.severity() + " " + finding.ruleId() + " "
        + (finding.path().isEmpty() ? "(document)" : finding.path())
        + finding.line().map(line -> " (line " + line + ")").orElse("") + ": " + finding.message();
  }
}
