package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.ACTION_STATUS;
import static dev.postmortem.markdown.internal.Vocabulary.ACTION_TYPE;
import static dev.postmortem.markdown.internal.Vocabulary.HORIZON;

import java.util.Optional;

/**
 * The detailed layout's Follow-up Actions Tracking table: every action item with every value,
 * which is what that layout's action items are read from (see {@link ActionItemsSection}).
 */
final class ActionTrackingSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.ACTION_TRACKING;
  }

  @Override
  public void write(SectionOutput out) {
    out.table(Section.ACTION_TRACKING, ActionTracking.table(out.postmortem().actionItems()));
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    TableRow.eachRow(in, s.direct(), ActionTracking.COLUMNS, r -> in.builder().addActionItem(a -> {
      a.description(r.required(0)).owner(r.optional(1));
      r.present(2).ifPresent(v -> a.dueDate(r.date(2)));
      a.status(r.word(3, ACTION_STATUS, "an action item status"));
      r.present(4).ifPresent(v -> a.completedOn(r.date(4)));
      a.notes(r.optional(5));
      r.present(6).ifPresent(v -> a.priority(RankedLabels.priority(v, r.line(6), r.column(6))));
      r.present(7).ifPresent(v -> a.horizon(r.word(7, HORIZON, "a horizon")));
      r.present(8).ifPresent(v -> a.type(r.word(8, ACTION_TYPE, "a type of action")));
      a.ticket(r.optional(9));
    }));
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.FOLLOW_UP_TRACKING);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return style == LayoutStyle.COMPACT ? Optional.empty() : Optional.of("""
        _Update this section as action items are completed_

        | Action Item | Owner | Due Date | Status | Completion Date | Notes |
        | --- | --- | --- | --- | --- | --- |
        | [Action 1] | [Name] | [Date] | [Open/In Progress/Done] | [Date] | [Notes] |
        | [Action 2] | [Name] | [Date] | [Open/In Progress/Done] | [Date] | [Notes] |""");
  }
}
