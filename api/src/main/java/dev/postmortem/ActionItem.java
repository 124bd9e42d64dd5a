package dev.postmortem;

import dev.postmortem.internal.Nulls;
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

  /** {@return what to do: inline text, required} */
  public abstract String description();

  /** {@return who is responsible: inline text} */
  public abstract Optional<String> owner();

  /** {@return how urgent it is} */
  public abstract Optional<Priority> priority();

  /** {@return when it is due} */
  public abstract Optional<LocalDate> dueDate();

  /** {@return where it stands; {@link ActionStatus#OPEN} unless set} */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /** {@return when it was done; only a {@link ActionStatus#DONE} item has one} */
  public abstract Optional<LocalDate> completedOn();

  /** {@return within which horizon it should be done} */
  public abstract Optional<Horizon> horizon();

  /** {@return what it does about the incident} */
  public abstract Optional<ActionType> type();

  /** {@return the ticket: a reference ({@code OPS-123}) or a link} */
  public abstract Optional<String> ticket();

  /** {@return notes on progress: inline text} */
  public abstract Optional<String> notes();

  /**
   * {@return whether the item is still pending after its due date, on the day {@code clock} says
   * it is (in the clock's zone)}
   *
   * @param clock says what day it is; not null
   */
  public boolean isOverdue(Clock clock) {
    Nulls.check(clock, "clock");
    return status().isPending()
        && dueDate().map(due -> due.isBefore(LocalDate.now(clock))).orElse(false);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.requiredInline("description", description());
    out.inline("owner", owner());
    if (completedOn().isPresent() && status() != ActionStatus.DONE) {
      out.add("completedOn", "only a DONE item has a completion date, but status is " + status()
          + " and completedOn is " + completedOn().get());
    }
    out.link("ticket", ticket());
    out.inline("notes", notes());
  }

  /** Builds an {@link ActionItem}; {@link #build()} checks its rules. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableActionItem.Generated fields = new ImmutableActionItem.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(ActionItem instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets what to do: inline text, required.
     *
     * @param description the value; not null
     * @return this builder
     */
    public Builder description(String description) {
      fields.description(Nulls.check(description, "description"));
      return this;
    }

    /**
     * Sets who is responsible: inline text.
     *
     * @param owner the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder owner(String owner) {
      fields.owner(Nulls.check(owner, "owner"));
      return this;
    }

    /**
     * Sets who is responsible: inline text, or leaves it unset when {@code owner} is empty.
     *
     * @param owner the value, or empty for none; not null
     * @return this builder
     */
    public Builder owner(Optional<String> owner) {
      fields.owner(Nulls.check(owner, "owner"));
      return this;
    }

    /**
     * Sets how urgent it is.
     *
     * @param priority the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder priority(Priority priority) {
      fields.priority(Nulls.check(priority, "priority"));
      return this;
    }

    /**
     * Sets how urgent it is, or leaves it unset when {@code priority} is empty.
     *
     * @param priority the value, or empty for none; not null
     * @return this builder
     */
    public Builder priority(Optional<? extends Priority> priority) {
      fields.priority(Nulls.check(priority, "priority"));
      return this;
    }

    /**
     * Sets when it is due.
     *
     * @param dueDate the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder dueDate(LocalDate dueDate) {
      fields.dueDate(Nulls.check(dueDate, "dueDate"));
      return this;
    }

    /**
     * Sets when it is due, or leaves it unset when {@code dueDate} is empty.
     *
     * @param dueDate the value, or empty for none; not null
     * @return this builder
     */
    public Builder dueDate(Optional<? extends LocalDate> dueDate) {
      fields.dueDate(Nulls.check(dueDate, "dueDate"));
      return this;
    }

    /**
     * Sets where it stands; {@link ActionStatus#OPEN} unless set. Unset, it is the default {@link
     * ActionItem#status()} documents.
     *
     * @param status the value; not null
     * @return this builder
     */
    public Builder status(ActionStatus status) {
      fields.status(Nulls.check(status, "status"));
      return this;
    }

    /**
     * Sets when it was done; only a {@link ActionStatus#DONE} item has one.
     *
     * @param completedOn the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder completedOn(LocalDate completedOn) {
      fields.completedOn(Nulls.check(completedOn, "completedOn"));
      return this;
    }

    /**
     * Sets when it was done; only a {@link ActionStatus#DONE} item has one, or leaves it unset
     * when {@code completedOn} is empty.
     *
     * @param completedOn the value, or empty for none; not null
     * @return this builder
     */
    public Builder completedOn(Optional<? extends LocalDate> completedOn) {
      fields.completedOn(Nulls.check(completedOn, "completedOn"));
      return this;
    }

    /**
     * Sets within which horizon it should be done.
     *
     * @param horizon the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder horizon(Horizon horizon) {
      fields.horizon(Nulls.check(horizon, "horizon"));
      return this;
    }

    /**
     * Sets within which horizon it should be done, or leaves it unset when {@code horizon} is
     * empty.
     *
     * @param horizon the value, or empty for none; not null
     * @return this builder
     */
    public Builder horizon(Optional<? extends Horizon> horizon) {
      fields.horizon(Nulls.check(horizon, "horizon"));
      return this;
    }

    /**
     * Sets what it does about the incident.
     *
     * @param type the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder type(ActionType type) {
      fields.type(Nulls.check(type, "type"));
      return this;
    }

    /**
     * Sets what it does about the incident, or leaves it unset when {@code type} is empty.
     *
     * @param type the value, or empty for none; not null
     * @return this builder
     */
    public Builder type(Optional<? extends ActionType> type) {
      fields.type(Nulls.check(type, "type"));
      return this;
    }

    /**
     * Sets the ticket: a reference ({@code OPS-123}) or a link.
     *
     * @param ticket the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder ticket(String ticket) {
      fields.ticket(Nulls.check(ticket, "ticket"));
      return this;
    }

    /**
     * Sets the ticket: a reference ({@code OPS-123}) or a link, or leaves it unset when {@code
     * ticket} is empty.
     *
     * @param ticket the value, or empty for none; not null
     * @return this builder
     */
    public Builder ticket(Optional<String> ticket) {
      fields.ticket(Nulls.check(ticket, "ticket"));
      return this;
    }

    /**
     * Sets notes on progress: inline text.
     *
     * @param notes the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder notes(String notes) {
      fields.notes(Nulls.check(notes, "notes"));
      return this;
    }

    /**
     * Sets notes on progress: inline text, or leaves it unset when {@code notes} is empty.
     *
     * @param notes the value, or empty for none; not null
     * @return this builder
     */
    public Builder notes(Optional<String> notes) {
      fields.notes(Nulls.check(notes, "notes"));
      return this;
    }

    /**
     * Builds the item.
     *
     * @return the item
     * @throws InvalidPostmortemException listing every rule the item breaks
     */
    public ActionItem build() {
      return Violations.checked(buildUnchecked(), "ActionItem", ActionItem::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    ActionItem buildUnchecked() {
      return fields.build();
    }
  }
}
