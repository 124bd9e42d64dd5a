package dev.postmortem.lint;

import java.util.Optional;

/**
 * Something noticed about a postmortem: a {@link LintFinding} of the linter, about the postmortem
 * as built, or an {@link ImportFinding} of an importer, about how a document was read. Either
 * says which rule, how much it matters, where (a field path such as {@code actionItems[2].owner},
 * and for an imported document the line) and what, in a sentence.
 */
public sealed interface Finding permits LintFinding, ImportFinding {

  /** {@return the rule it is reported under} */
  FindingRule rule();

  /**
   * {@return the field path it concerns, such as {@code actionItems[2].owner}; {@code ""} for the
   * postmortem as a whole}
   */
  String path();

  /** {@return what was noticed, naming the values involved} */
  String message();

  /**
   * {@return the 1-based line of the source document it concerns; empty when there is no source
   * (a postmortem built in code) or no single line}
   */
  Optional<Integer> line();

  /** {@return the rule's id, such as {@code missing-owner}} */
  default String ruleId() {
    return rule().id();
  }

  /** {@return how much it matters: the rule's severity} */
  default LintSeverity severity() {
    return rule().severity();
  }
}
