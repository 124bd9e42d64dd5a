package dev.postmortem.lint;

/** How much a {@link Finding} matters. */
public enum LintSeverity {
  /** Worth knowing; nothing is wrong. */
  INFO,
  /** Something a good postmortem would have. */
  WARNING,
  /** Something a final postmortem must have. */
  ERROR
}
