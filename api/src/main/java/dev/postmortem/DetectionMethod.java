package dev.postmortem;

/** How an incident was first noticed. */
public enum DetectionMethod {
  /** An automated alert. */
  ALERT,
  /** Someone watching a dashboard or metrics. */
  MONITORING,
  /** A customer or user reported it. */
  CUSTOMER_REPORT,
  /** Someone inside the organisation reported it. */
  INTERNAL_REPORT,
  /** An automated test or synthetic check. */
  AUTOMATED_TEST,
  /** Any other way. */
  OTHER
}
