package dev.postmortem;

/**
 * What a {@link TimelineEvent} marks in the life of an incident. The milestones and the times to
 * detect, acknowledge, mitigate and resolve are read from these kinds.
 */
public enum EventKind {
  /** The incident began (the first moment of impact). */
  STARTED,
  /** Someone or something noticed the problem. */
  DETECTED,
  /** An alert fired. Counts as detection. */
  ALERTED,
  /** A responder acknowledged the page or alert. */
  ACKNOWLEDGED,
  /** More people or a higher level were brought in. */
  ESCALATED,
  /** The cause was identified. */
  IDENTIFIED,
  /** User impact was stopped or reduced, even if the cause remained. */
  MITIGATED,
  /** The incident was over. */
  RESOLVED,
  /** The fix was checked and confirmed. */
  VERIFIED,
  /** Any other event. */
  OTHER
}
