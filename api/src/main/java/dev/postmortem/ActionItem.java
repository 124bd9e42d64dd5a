package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something to do because of the incident. One list of these serves both the templates' action
 * item lists and the detailed template's follow-up tracking table.
 *
 * <pre>{@code
 * ActionItem backoff = ActionItem.builder()
 *     .description("Add exponential backoff with cap to `OpenAiAnalysisClient`")
 *     .owner("@alice").priority(Priority.HIGH).dueDate(LocalDate.of(2024, 3, 21))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ActionItem {
  ActionItem() {}

  /** Returns what to do: inline text, required. */
  public abstract String description();

  /** Returns who is responsible: inline text. */
  public abstract Optional<String> owner();

  /** Returns how urgent it is. */
  public abstract Optional<Priority> priority();

  /** Returns when it is due. */
  public abstract Optional<LocalDate> dueDate();

  /** Returns where it stands; {@link ActionStatus#OPEN} unless set. */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /** Returns when it was done; only a {@link ActionStatus#DONE} item has one. */
  public abstract Optional<LocalDate> completedOn();

  /** Returns within which horizon it should be done. */
  public abstract Optional<Horizon> horizon();

  /** Returns what it does about the incident. */
  public abstract Optional<ActionType> type();

  /** Returns the ticket: a reference ({@code OPS-123}) or a link. */
  public abstract Optional<String> ticket();

  /** Returns notes on progress: inline text. */
  public abstract Optional<String> notes();

  /**
   * Returns whether the item is still pending after its due date, on the day {@code clock} says
   * it is (in the clock's zone).
   */
  public boolean isOverdue(Clock clock) {
    return status().isPending()
        && dueDate().map(due -> due.isBefore(LocalDate.now(clock))).orElse(false);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of {@code item}, to change some of it. */
  public static Builder from(ActionItem item) {
    return builder().from(item);
  }

  void check(Violations out) {
    out.requiredInline("description", description());
    out.inline("owner", owner());
    out.requireSet("status", status());
    if (completedOn().isPresent() && status() != ActionStatus.DONE) {
      out.add("completedOn", "only a DONE item has a completion date, but status is " + status()
          + " and completedOn is " + completedOn().get());
    }
    out.link("ticket", ticket());
    out.inline("notes", notes());
  }

  /** Builds an {@link ActionItem}; {@link #build()} checks its rules. */
  public static class Builder extends ImmutableActionItem.Builder {
    Builder() {}

    /**
     * Builds the item.
     *
     * @throws InvalidPostmortemException listing every rule the item breaks
     */
    @Override
    public ActionItem build() {
      ActionItem item = super.build();
      Violations out = Violations.root();
      item.check(out);
      out.throwIfAny("ActionItem");
      return item;
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    ActionItem buildUnchecked() {
      return super.build();
    }
  }
}
