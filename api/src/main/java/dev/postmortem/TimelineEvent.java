package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the timeline: when, what happened, what was done and by whom. The time is optional
 * because imported documents may leave it unfilled; an event must at least say what happened.
 *
 * <pre>{@code
 * TimelineEvent alert = TimelineEvent.at(Instant.parse("2024-03-14T14:02:00Z"), EventKind.ALERTED,
 *     "Sentry alert fires: `OpenAiTimeoutException` spike.");
 * }</pre>
 */
@Value.Immutable
public abstract class TimelineEvent {
  TimelineEvent() {}

  /** {@return when it happened, at any precision} */
  public abstract Optional<Instant> at();

  /** {@return what happened: inline text, required} */
  public abstract String description();

  /** {@return what was done in response: inline text} */
  public abstract Optional<String> actionTaken();

  /** {@return who or what acted (a person, {@code Monitoring}, {@code System}): inline text} */
  public abstract Optional<String> actor();

  /** {@return a link to supporting data such as a dashboard or a log query} */
  public abstract Optional<String> dataLink();

  /** {@return what this event marks; {@link EventKind#OTHER} unless set} */
  @Value.Default
  public EventKind kind() {
    return EventKind.OTHER;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return an event of kind {@link EventKind#OTHER}}
   *
   * @param at when it happened; not null
   * @param description what happened: inline text; not null
   * @throws InvalidPostmortemException if the event breaks a rule
   */
  public static TimelineEvent at(Instant at, String description) {
    return builder().at(at).description(description).build();
  }

  /**
   * {@return an event of the given kind}
   *
   * @param at when it happened; not null
   * @param kind what the event marks; not null
   * @param description what happened: inline text; not null
   * @throws InvalidPostmortemException if the event breaks a rule
   */
  public static TimelineEvent at(Instant at, EventKind kind, String description) {
    return builder().at(at).kind(kind).description(description).build();
  }

  void check(Violations out) {
    out.instant("at", at());
    out.requiredInline("description", description());
    out.inline("actionTaken", actionTaken());
    out.inline("actor", actor());
    out.link("dataLink", dataLink());
  }

  /** Builds a {@link TimelineEvent}; {@link #build()} checks the text rules. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableTimelineEvent.Generated fields = new ImmutableTimelineEvent.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(TimelineEvent instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets when it happened, at any precision.
     *
     * @param at the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder at(Instant at) {
      fields.at(Nulls.check(at, "at"));
      return this;
    }

    /**
     * Sets when it happened, at any precision, or leaves it unset when {@code at} is empty.
     *
     * @param at the value, or empty for none; not null
     * @return this builder
     */
    public Builder at(Optional<? extends Instant> at) {
      fields.at(Nulls.check(at, "at"));
      return this;
    }

    /**
     * Sets what happened: inline text, required.
     *
     * @param description the value; not null
     * @return this builder
     */
    public Builder description(String description) {
      fields.description(Nulls.check(description, "description"));
      return this;
    }

    /**
     * Sets what was done in response: inline text.
     *
     * @param actionTaken the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder actionTaken(String actionTaken) {
      fields.actionTaken(Nulls.check(actionTaken, "actionTaken"));
      return this;
    }

    /**
     * Sets what was done in response: inline text, or leaves it unset when {@code actionTaken} is
     * empty.
     *
     * @param actionTaken the value, or empty for none; not null
     * @return this builder
     */
    public Builder actionTaken(Optional<String> actionTaken) {
      fields.actionTaken(Nulls.check(actionTaken, "actionTaken"));
      return this;
    }

    /**
     * Sets who or what acted (a person, {@code Monitoring}, {@code System}): inline text.
     *
     * @param actor the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder actor(String actor) {
      fields.actor(Nulls.check(actor, "actor"));
      return this;
    }

    /**
     * Sets who or what acted (a person, {@code Monitoring}, {@code System}): inline text, or
     * leaves it unset when {@code actor} is empty.
     *
     * @param actor the value, or empty for none; not null
     * @return this builder
     */
    public Builder actor(Optional<String> actor) {
      fields.actor(Nulls.check(actor, "actor"));
      return this;
    }

    /**
     * Sets a link to supporting data such as a dashboard or a log query.
     *
     * @param dataLink the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder dataLink(String dataLink) {
      fields.dataLink(Nulls.check(dataLink, "dataLink"));
      return this;
    }

    /**
     * Sets a link to supporting data such as a dashboard or a log query, or leaves it unset when
     * {@code dataLink} is empty.
     *
     * @param dataLink the value, or empty for none; not null
     * @return this builder
     */
    public Builder dataLink(Optional<String> dataLink) {
      fields.dataLink(Nulls.check(dataLink, "dataLink"));
      return this;
    }

    /**
     * Sets what this event marks; {@link EventKind#OTHER} unless set. Unset, it is the default
     * {@link TimelineEvent#kind()} documents.
     *
     * @param kind the value; not null
     * @return this builder
     */
    public Builder kind(EventKind kind) {
      fields.kind(Nulls.check(kind, "kind"));
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws InvalidPostmortemException listing every rule the event breaks
     */
    public TimelineEvent build() {
      return Violations.checked(buildUnchecked(), "TimelineEvent", TimelineEvent::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    TimelineEvent buildUnchecked() {
      return fields.build();
    }
  }
}
