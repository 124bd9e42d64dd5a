package dev.postmortem;

/** Where the postmortem document itself stands; not to be confused with {@link IncidentStatus}. */
public enum DocumentStatus {
  /** Being written. */
  DRAFT,
  /** Written and under review. */
  IN_REVIEW,
  /** Reviewed and agreed. */
  FINAL
}
