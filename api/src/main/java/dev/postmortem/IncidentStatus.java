package dev.postmortem;

/** Where the incident stands; not to be confused with {@link DocumentStatus}. */
public enum IncidentStatus {
  /** The cause is not yet known. */
  INVESTIGATING,
  /** The incident is still going on. */
  ONGOING,
  /** Impact has stopped, but the incident is not closed. */
  MITIGATED,
  /** Over. */
  RESOLVED
}
