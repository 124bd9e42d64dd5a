package dev.postmortem;

/** The detailed template's groups of supporting evidence. */
public enum EvidenceCategory {
  /** Error logs, traces, database queries. */
  LOGS_AND_TRACES,
  /** Dashboards, metrics, alert history. */
  MONITORING,
  /** Third-party status, network, browser and client issues. */
  EXTERNAL_DEPENDENCIES,
  /** Anything else. */
  OTHER
}
