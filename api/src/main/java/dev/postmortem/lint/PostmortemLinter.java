package dev.postmortem.lint;

import dev.postmortem.ActionItem;
import dev.postmortem.DocumentStatus;
import dev.postmortem.EventKind;
import dev.postmortem.Postmortem;
import dev.postmortem.TimelineEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks what a good postmortem should have but the model does not require: the second level of
 * validation, after the builders' invariants. It never throws for a postmortem; it returns
 * {@link LintFinding}s, in the order of the document's fields. The rules are {@link LintRule}.
 *
 * <pre>{@code
 * List<LintFinding> findings = PostmortemLinter.create().lint(postmortem);
 * }</pre>
 *
 * <p>Immutable and thread-safe. The clock decides what "today" is for overdue action items.
 */
public final class PostmortemLinter {
  private final Clock clock;

  private PostmortemLinter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /** {@return a linter on the system clock in UTC} */
  public static PostmortemLinter create() {
    return builder().build();
  }

  /** {@return a builder with the defaults: the system clock in UTC} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return every finding for {@code postmortem}, in the order of its fields}
   *
   * @param postmortem the postmortem; not null
   */
  public List<LintFinding> lint(Postmortem postmortem) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    List<LintFinding> findings = new ArrayList<>();
    if (postmortem.date().isEmpty()) {
      findings.add(LintFinding.of(LintRule.MISSING_DATE, "date", "no date is set"));
    }
    if (postmortem.severity().isEmpty()) {
      findings.add(LintFinding.of(LintRule.MISSING_SEVERITY, "severity", "no severity is set"));
    }
    if (postmortem.owner().isEmpty()) {
      findings.add(LintFinding.of(LintRule.MISSING_OWNER, "owner", "no owner is set"));
    }
    if (postmortem.summary().isEmpty()) {
      findings.add(LintFinding.of(LintRule.MISSING_SUMMARY, "summary", "the summary is empty"));
    }
    lintTimeline(postmortem, findings);
    boolean isFinal = postmortem.documentStatus().equals(Optional.of(DocumentStatus.FINAL));
    if (isFinal && postmortem.rootCause().isEmpty()) {
      findings.add(LintFinding.of(LintRule.FINAL_WITHOUT_ROOT_CAUSE, "rootCause",
          "the postmortem is FINAL but its root cause is empty"));
    }
    if (isFinal && postmortem.actionItems().isEmpty()) {
      findings.add(LintFinding.of(LintRule.FINAL_WITHOUT_ACTION_ITEMS, "actionItems",
          "the postmortem is FINAL but has no action items"));
    }
    lintActionItems(postmortem.actionItems(), findings);
    lintPlaceholders(postmortem, findings);
    return List.copyOf(findings);
  }

  private static void lintTimeline(Postmortem postmortem, List<LintFinding> findings) {
    List<TimelineEvent> timeline = postmortem.timeline();
    Instant latest = null;
    int latestIndex = -1;
    boolean detected = false;
    for (int i = 0; i < timeline.size(); i++) {
      TimelineEvent event = timeline.get(i);
      detected |= event.kind() == EventKind.DETECTED || event.kind() == EventKind.ALERTED;
      if (event.at().isEmpty()) {
        continue;
      }
      Instant at = event.at().get();
      if (latest != null && at.isBefore(latest)) {
        findings.add(LintFinding.of(LintRule.TIMELINE_OUT_OF_ORDER, "timeline[" + i + "].at",
            "event at " + at + " is listed after timeline[" + latestIndex + "] at " + latest));
      } else {
        latest = at;
        latestIndex = i;
      }
    }
    if (!detected) {
      findings.add(LintFinding.of(LintRule.NO_DETECTION_EVENT, "timeline",
          timeline.isEmpty()
              ? "the timeline is empty"
              : "none of the " + timeline.size() + " events has kind DETECTED or ALERTED"));
    }
  }

  /** The inline fields a template gives placeholders to; each is checked with {@link Placeholders}. */
  private static void lintPlaceholders(Postmortem p, List<LintFinding> findings) {
    Map<String, Optional<String>> fields = new LinkedHashMap<>();
    fields.put("title", Optional.of(p.title()));
    fields.put("incidentId", p.incidentId());
    fields.put("owner", p.owner());
    each(fields, "authors", p.authors());
    each(fields, "tags", p.tags());
    fields.put("summary.whatHappened", p.summary().whatHappened());
    fields.put("summary.impact", p.summary().impact());
    fields.put("summary.rootCause", p.summary().rootCause());
    fields.put("summary.resolution", p.summary().resolution());
    for (int i = 0; i < p.responders().size(); i++) {
      fields.put("responders[" + i + "].name", Optional.of(p.responders().get(i).name()));
      fields.put("responders[" + i + "].role", p.responders().get(i).role());
    }
    for (int i = 0; i < p.timeline().size(); i++) {
      TimelineEvent event = p.timeline().get(i);
      fields.put("timeline[" + i + "].description", Optional.of(event.description()));
      fields.put("timeline[" + i + "].actionTaken", event.actionTaken());
      fields.put("timeline[" + i + "].actor", event.actor());
    }
    each(fields, "whatWentWell", p.whatWentWell());
    each(fields, "whatWentPoorly", p.whatWentPoorly());
    each(fields, "whereWeGotLucky", p.whereWeGotLucky());
    for (int i = 0; i < p.actionItems().size(); i++) {
      ActionItem item = p.actionItems().get(i);
      fields.put("actionItems[" + i + "].description", Optional.of(item.description()));
      fields.put("actionItems[" + i + "].owner", item.owner());
      fields.put("actionItems[" + i + "].ticket", item.ticket());
      fields.put("actionItems[" + i + "].notes", item.notes());
    }
    fields.forEach((path, value) -> value.filter(Placeholders::isPlaceholder).ifPresent(text ->
        findings.add(LintFinding.of(LintRule.UNFILLED_PLACEHOLDER, path,
            "\"" + text + "\" is a template placeholder"))));
  }

  private static void each(Map<String, Optional<String>> fields, String path, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      fields.put(path + "[" + i + "]", Optional.of(values.get(i)));
    }
  }

  private void lintActionItems(List<ActionItem> items, List<LintFinding> findings) {
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < items.size(); i++) {
      ActionItem item = items.get(i);
      if (!item.status().isPending()) {
        continue;
      }
      String path = "actionItems[" + i + "]";
      if (item.owner().isEmpty()) {
        findings.add(LintFinding.of(LintRule.ACTION_ITEM_WITHOUT_OWNER, path + ".owner",
            "\"" + item.description() + "\" has no owner"));
      }
      if (item.dueDate().isEmpty()) {
        findings.add(LintFinding.of(LintRule.ACTION_ITEM_WITHOUT_DUE_DATE, path + ".dueDate",
            "\"" + item.description() + "\" has no due date"));
      } else if (item.isOverdue(clock)) {
        findings.add(LintFinding.of(LintRule.OVERDUE_ACTION_ITEM, path + ".dueDate",
            "\"" + item.description() + "\" was due " + item.dueDate().get() + " and is "
                + item.status() + " on " + today));
      }
    }
  }

  /** Options of a {@link PostmortemLinter}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the clock that says what today is, in its zone, for the rules about due dates; the
     * system clock in UTC by default.
     *
     * @param clock the clock; not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /** {@return the linter with these options} */
    public PostmortemLinter build() {
      return new PostmortemLinter(clock);
    }
  }
}
