package dev.postmortem.lint;

/**
 * What an importer reports while reading a hand-written document into a postmortem, each with a
 * stable id, a severity and a description. What the linter finds in the postmortem it built is a
 * {@link LintRule}.
 */
public enum ImportRule implements FindingRule {
  /**
   * A value was a template placeholder ({@code [Name]}, {@code YYYY-MM-DD}, {@code @owner}, an
   * instruction in italics) and was read as empty; the id is the linter's
   * {@link LintRule#UNFILLED_PLACEHOLDER}'s, as both report a placeholder left in.
   */
  UNFILLED_PLACEHOLDER(
      "unfilled-placeholder", LintSeverity.WARNING,
      "a template placeholder was left unfilled; the importer read it as empty"),
  /**
   * A value could not be read as its type (a date such as {@code next Tuesday}); its text was
   * kept elsewhere, as the message says.
   */
  UNREADABLE_VALUE(
      "unreadable-value", LintSeverity.WARNING,
      "an imported value could not be read as its type; its text was kept elsewhere");

  private final String id;
  private final LintSeverity severity;
  private final String description;

  ImportRule(String id, LintSeverity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public LintSeverity severity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }
}
