package dev.postmortem.lint;

/**
 * A rule that findings are reported under: a {@link LintRule} of the linter or an
 * {@link ImportRule} of an importer. Ids are unique within each kind; a lint rule and an import
 * rule share an id where they report the same thing at two stages ({@code unfilled-placeholder}:
 * the linter finds a placeholder left in a built postmortem, an importer reads one as empty).
 */
public sealed interface FindingRule permits LintRule, ImportRule {

  /** {@return the stable id, such as {@code missing-owner}} */
  String id();

  /** {@return the severity of its findings} */
  LintSeverity severity();

  /** {@return what the rule reports, in a phrase} */
  String description();
}
