package dev.postmortem.lint;

/**
 * The rules of {@link PostmortemLinter}, each with a stable id (used in reports and to filter
 * findings), a severity and a description of what it checks. What an importer reports while
 * reading a document is an {@link ImportRule}.
 */
public enum LintRule implements FindingRule {
  /** The postmortem has no date. */
  MISSING_DATE("missing-date", LintSeverity.WARNING, "the postmortem has no date"),
  /** The postmortem has no severity. */
  MISSING_SEVERITY("missing-severity", LintSeverity.WARNING, "the postmortem has no severity"),
  /** The postmortem has no owner. */
  MISSING_OWNER("missing-owner", LintSeverity.WARNING, "the postmortem has no owner"),
  /** The postmortem has no summary at all. */
  MISSING_SUMMARY("missing-summary", LintSeverity.WARNING, "the postmortem has no summary"),
  /** A final postmortem has no root-cause analysis. */
  FINAL_WITHOUT_ROOT_CAUSE(
      "final-without-root-cause", LintSeverity.ERROR, "a final postmortem has no root cause"),
  /** A final postmortem has no action items. */
  FINAL_WITHOUT_ACTION_ITEMS(
      "final-without-action-items", LintSeverity.ERROR, "a final postmortem has no action items"),
  /** A pending action item has no owner. */
  ACTION_ITEM_WITHOUT_OWNER(
      "action-item-without-owner", LintSeverity.WARNING, "a pending action item has no owner"),
  /** A pending action item has no due date. */
  ACTION_ITEM_WITHOUT_DUE_DATE(
      "action-item-without-due-date", LintSeverity.WARNING,
      "a pending action item has no due date"),
  /** A pending action item is past its due date. */
  OVERDUE_ACTION_ITEM(
      "overdue-action-item", LintSeverity.WARNING, "a pending action item is past its due date"),
  /** A timeline event is earlier than an event listed before it. */
  TIMELINE_OUT_OF_ORDER(
      "timeline-out-of-order", LintSeverity.WARNING,
      "a timeline event is earlier than one listed before it"),
  /** No timeline event marks the detection (kind DETECTED or ALERTED). */
  NO_DETECTION_EVENT(
      "no-detection-event", LintSeverity.WARNING,
      "no timeline event marks when the incident was detected"),
  /** A field still holds a template placeholder such as {@code [Name]} or {@code YYYY-MM-DD}. */
  UNFILLED_PLACEHOLDER(
      "unfilled-placeholder", LintSeverity.WARNING,
      "a template placeholder was left unfilled (see Placeholders)");

  private final String id;
  private final LintSeverity severity;
  private final String description;

  LintRule(String id, LintSeverity severity, String description) {
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
