package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.Postmortem;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;

/**
 * The action items: a table of every value where the layout has no tracking table (the compact
 * template's), else the detailed template's checklists by horizon, which only show the items:
 * their values are read from {@link ActionTrackingSection}'s table, and the checklists are
 * checked against it once the postmortem is built, so that an edit to them is not lost silently.
 */
final class ActionItemsSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.ACTION_ITEMS;
  }

  @Override
  public void write(SectionOutput out) {
    List<ActionItem> items = out.postmortem().actionItems();
    if (items.isEmpty()) {
      return;
    }
    out.heading(Section.ACTION_ITEMS);
    if (out.style().writes(Section.ACTION_TRACKING)) {
      out.blocks().paragraph(ActionTracking.checklists(items));
      return;
    }
    Table table = new Table().alwaysColumn(ACTION).alwaysColumn(OWNER).alwaysColumn(PRIORITY)
        .alwaysColumn(DUE).column(STATUS).column(COMPLETED).column(HORIZON_COLUMN).column(TYPE)
        .column(TICKET).column(NOTES);
    for (ActionItem a : items) {
      table.row(a.description(), a.owner().orElse(null), a.priority().map(RankedLabels::priority).orElse(null),
          a.dueDate().map(Object::toString).orElse(null),
          a.status() == ActionStatus.OPEN ? null : ACTION_STATUS.word(a.status()),
          a.completedOn().map(Object::toString).orElse(null), a.horizon().map(HORIZON::word).orElse(null),
          a.type().map(ACTION_TYPE::word).orElse(null), a.ticket().orElse(null), a.notes().orElse(null));
    }
    out.blocks().table(table);
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    if (!(s.direct().nodes().size() == 1 && s.direct().nodes().get(0) instanceof TableBlock)) {
      SectionPart checklists = s.whole(); // the detailed layout's: read from the tracking table
      in.afterBuild(p -> check(in.source(), checklists, p));
      return;
    }
    TableRow.eachRow(in, s.direct(), List.of(ACTION, OWNER, PRIORITY, DUE,
        STATUS, COMPLETED, HORIZON_COLUMN, TYPE, TICKET, NOTES), r -> in.builder().addActionItem(a -> {
          a.description(r.required(0)).owner(r.optional(1));
          r.present(2).ifPresent(v -> a.priority(RankedLabels.priority(v, r.line(2), r.column(2))));
          r.present(3).ifPresent(v -> a.dueDate(r.date(3)));
          r.present(4).ifPresent(v -> a.status(r.word(4, ACTION_STATUS, "an action item status")));
          r.present(5).ifPresent(v -> a.completedOn(r.date(5)));
          r.present(6).ifPresent(v -> a.horizon(r.word(6, HORIZON, "a horizon")));
          r.present(7).ifPresent(v -> a.type(r.word(7, ACTION_TYPE, "a type of action")));
          a.ticket(r.optional(8)).notes(r.optional(9));
        }));
  }

  /** Checks the detailed layout's checklists against the items the tracking table gave. */
  private static void check(SourceText src, SectionPart part, Postmortem p) {
    String expected = ActionTracking.checklists(p.actionItems());
    String[] written = src.lines(part.bodyStart(), part.bodyEnd()).split("\n", -1);
    String[] wanted = expected.split("\n", -1);
    int firstLine = part.bodyStart();
    while (firstLine < part.bodyEnd() && src.line(firstLine).isBlank()) {
      firstLine++;
    }
    for (int i = 0; i < Math.max(written.length, wanted.length); i++) {
      String found = i < written.length ? written[i] : null;
      String want = i < wanted.length ? wanted[i] : null;
      if (!Objects.equals(found, want)) {
        throw SourceText.fail(firstLine + Math.min(i, written.length - 1), 0,
            "the checklists of the Follow-up Actions Tracking table: "
                + (want == null ? "nothing more" : SourceText.quoted(want)),
            found == null ? "the end of the section" : SourceText.quoted(found));
      }
    }
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.ACTION_ITEMS);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return Optional.of(style == LayoutStyle.COMPACT ? """
        | Action | Owner | Priority | Due |
        | --- | --- | --- | --- |
        | [Action 1] | [@owner] | [high] | [YYYY-MM-DD] |
        | [Action 2] | [@owner] | [medium] | [YYYY-MM-DD] |
        | [Action 3] | [@owner] | [low] | [YYYY-MM-DD] |""" : """
        ### Immediate Actions (Within 24 hours)

        - [ ] **[Action 1]** - Owner: [Name] - Due: [Date]
        - [ ] **[Action 2]** - Owner: [Name] - Due: [Date]

        ### Short-term Actions (Within 1 week)

        - [ ] **[Action 1]** - Owner: [Name] - Due: [Date]
        - [ ] **[Action 2]** - Owner: [Name] - Due: [Date]

        ### Long-term Actions (Within 1 month)

        - [ ] **[Action 1]** - Owner: [Name] - Due: [Date]
        - [ ] **[Action 2]** - Owner: [Name] - Due: [Date]""");
  }
}
