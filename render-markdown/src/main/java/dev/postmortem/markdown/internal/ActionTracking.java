package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.Horizon;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.util.List;
import java.util.Optional;

/**
 * The detailed layout's two views of the action items, as the detailed template has them: under
 * "Action Items", checklists by horizon ({@code - [ ] **Action** - Owner: Name - Due: Date},
 * {@code [x]} when done); under "Follow-up Actions Tracking", one table row per item in the
 * model's order with every value. The table is what is read back; the checklists are derived from
 * it, and a reader checks that they still are (see {@link #checklists}).
 */
final class ActionTracking {
  private ActionTracking() {}

  /** The body of the "Action Items" section: items without a horizon, then one list per horizon. */
  static String checklists(List<ActionItem> items) {
    Blocks out = new Blocks();
    checklist(out, items, Optional.empty());
    for (Horizon horizon : Horizon.values()) {
      if (items.stream().anyMatch(a -> a.horizon().equals(Optional.of(horizon)))) {
        out.rawHeading(3, subsection(horizon).heading());
        checklist(out, items, Optional.of(horizon));
      }
    }
    String text = out.text();
    return text.substring(0, text.length() - 1);
  }

  private static void checklist(Blocks out, List<ActionItem> items, Optional<Horizon> horizon) {
    StringBuilder list = new StringBuilder();
    for (ActionItem a : items) {
      if (a.horizon().equals(horizon)) {
        list.append(list.length() == 0 ? "" : "\n").append(a.status() == ActionStatus.DONE ? "- [x] **" : "- [ ] **")
            .append(a.description()).append("**");
        a.owner().ifPresent(owner -> list.append(" - ").append(OWNER).append(": ").append(owner));
        a.dueDate().ifPresent(due -> list.append(" - Due: ").append(due));
      }
    }
    if (list.length() > 0) {
      out.paragraph(list.toString());
    }
  }

  static Subsection subsection(Horizon horizon) {
    return switch (horizon) {
      case IMMEDIATE -> Subsection.IMMEDIATE;
      case SHORT_TERM -> Subsection.SHORT_TERM;
      case LONG_TERM -> Subsection.LONG_TERM;
    };
  }

  /** The Follow-up Actions Tracking table: the template's six columns, then the model's others. */
  static Table table(List<ActionItem> items) {
    Table table = new Table().alwaysColumn(ACTION_ITEM).alwaysColumn(OWNER).alwaysColumn(DUE_DATE)
        .alwaysColumn(STATUS).alwaysColumn(COMPLETION_DATE).alwaysColumn(NOTES).column(PRIORITY)
        .column(HORIZON_COLUMN).column(TYPE).column(TICKET);
    for (ActionItem a : items) {
      table.row(a.description(), a.owner().orElse(null), a.dueDate().map(Object::toString).orElse(null),
          ACTION_STATUS.capitalized(a.status()), a.completedOn().map(Object::toString).orElse(null),
          a.notes().orElse(null), a.priority().map(RankedLabels::priority).orElse(null),
          a.horizon().map(HORIZON::word).orElse(null), a.type().map(ACTION_TYPE::word).orElse(null),
          a.ticket().orElse(null));
    }
    return table;
  }

  /** The columns {@link #table} writes, in its order, as the reader looks them up. */
  static final List<String> COLUMNS = List.of(ACTION_ITEM, OWNER, DUE_DATE, STATUS, COMPLETION_DATE,
      NOTES, PRIORITY, HORIZON_COLUMN, TYPE, TICKET);
}
