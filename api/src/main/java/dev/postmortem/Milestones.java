package dev.postmortem;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The moments that incident metrics are measured by, read from a postmortem's timeline kinds,
 * and the times to reach each from the start. Derived by {@link Postmortem#milestones()}, never
 * stored.
 *
 * <p>Each milestone is the <em>earliest</em> event of its kinds, whatever the order of the
 * timeline: detection is the first {@link EventKind#DETECTED} or {@link EventKind#ALERTED} event.
 * The start is {@link Postmortem#startedAt()}, or else the first {@link EventKind#STARTED} event,
 * or else, where the timeline marks no start, its earliest event: a timeline plainly starts there,
 * and times to detect and resolve are then measured from it rather than left unknown; the
 * resolution is the first {@link EventKind#RESOLVED} event, or else
 * {@link Postmortem#endedAt()}. A time to reach a milestone is empty when either end is unknown.
 */
public final class Milestones {
  private final Optional<Instant> start;
  private final Optional<Instant> detected;
  private final Optional<Instant> acknowledged;
  private final Optional<Instant> mitigated;
  private final Optional<Instant> resolved;

  private Milestones(Postmortem postmortem) {
    this.start = postmortem.startedAt().or(() -> earliest(postmortem, EnumSet.of(EventKind.STARTED)))
        .or(() -> earliest(postmortem, EnumSet.allOf(EventKind.class)));
    this.detected = earliest(postmortem, EnumSet.of(EventKind.DETECTED, EventKind.ALERTED));
    this.acknowledged = earliest(postmortem, EnumSet.of(EventKind.ACKNOWLEDGED));
    this.mitigated = earliest(postmortem, EnumSet.of(EventKind.MITIGATED));
    this.resolved = earliest(postmortem, EnumSet.of(EventKind.RESOLVED)).or(postmortem::endedAt);
  }

  static Milestones of(Postmortem postmortem) {
    return new Milestones(postmortem);
  }

  private static Optional<Instant> earliest(Postmortem postmortem, Set<EventKind> kinds) {
    return postmortem.timeline().stream()
        .filter(event -> kinds.contains(event.kind()))
        .flatMap(event -> event.at().stream())
        .min(Instant::compareTo);
  }

  /** {@return when the incident began} */
  public Optional<Instant> start() {
    return start;
  }

  /** {@return when it was first detected or alerted on} */
  public Optional<Instant> detected() {
    return detected;
  }

  /** {@return when it was first acknowledged} */
  public Optional<Instant> acknowledged() {
    return acknowledged;
  }

  /** {@return when it was first mitigated} */
  public Optional<Instant> mitigated() {
    return mitigated;
  }

  /** {@return when it was resolved} */
  public Optional<Instant> resolved() {
    return resolved;
  }

  /** {@return the time from the start to detection} */
  public Optional<Duration> timeToDetect() {
    return since(detected);
  }

  /** {@return the time from the start to acknowledgement} */
  public Optional<Duration> timeToAcknowledge() {
    return since(acknowledged);
  }

  /** {@return the time from the start to mitigation} */
  public Optional<Duration> timeToMitigate() {
    return since(mitigated);
  }

  /** {@return the time from the start to resolution} */
  public Optional<Duration> timeToResolve() {
    return since(resolved);
  }

  private Optional<Duration> since(Optional<Instant> milestone) {
    return start.flatMap(from -> milestone.map(to -> Duration.between(from, to)));
  }

  /** Returns the milestones that are known, for logs and test failures. */
  @Override
  public String toString() {
    return "Milestones{start=" + start.orElse(null) + ", detected=" + detected.orElse(null)
        + ", acknowledged=" + acknowledged.orElse(null) + ", mitigated=" + mitigated.orElse(null)
        + ", resolved=" + resolved.orElse(null) + "}";
  }
}
