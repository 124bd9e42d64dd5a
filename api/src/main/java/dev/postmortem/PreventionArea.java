package dev.postmortem;

/** The detailed template's four areas of prevention measures. */
public enum PreventionArea {
  /** Alerts, thresholds, dashboards. */
  MONITORING,
  /** Validation, error handling, circuit breakers, rate limits. */
  CODE_AND_CONFIGURATION,
  /** Deployment, documentation, training, runbooks. */
  PROCESS,
  /** Redundancy, capacity, backups. */
  INFRASTRUCTURE
}
