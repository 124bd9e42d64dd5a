package dev.postmortem;

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

  /** Returns when it happened, at any precision. */
  public abstract Optional<Instant> at();

  /** Returns what happened: inline text, required. */
  public abstract String description();

  /** Returns what was done in response: inline text. */
  public abstract Optional<String> actionTaken();

  /** Returns who or what acted (a person, {@code Monitoring}, {@code System}): inline text. */
  public abstract Optional<String> actor();

  /** Returns a link to supporting data such as a dashboard or a log query. */
  public abstract Optional<String> dataLink();

  /** Returns what this event marks; {@link EventKind#OTHER} unless set. */
  @Value.Default
  public EventKind kind() {
    return EventKind.OTHER;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an event of kind {@link EventKind#OTHER}. */
  public static TimelineEvent at(Instant at, String description) {
    return builder().at(at).description(description).build();
  }

  /** Returns an event of the given kind. */
  public static TimelineEvent at(Instant at, EventKind kind, String description) {
    return builder().at(at).kind(kind).description(description).build();
  }

  void check(Violations out) {
    out.instant("at", at());
    out.requiredInline("description", description());
    out.inline("actionTaken", actionTaken());
    out.inline("actor", actor());
    out.link("dataLink", dataLink());
    out.requireSet("kind", kind());
  }

  /** Builds a {@link TimelineEvent}; {@link #build()} checks the text rules. */
  public static class Builder extends ImmutableTimelineEvent.Builder {
    Builder() {}

    /**
     * Builds the event.
     *
     * @throws InvalidPostmortemException listing every rule the event breaks
     */
    @Override
    public TimelineEvent build() {
      TimelineEvent event = super.build();
      Violations out = Violations.root();
      event.check(out);
      out.throwIfAny("TimelineEvent");
      return event;
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    TimelineEvent buildUnchecked() {
      return super.build();
    }
  }
}
