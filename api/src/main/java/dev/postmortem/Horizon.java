package dev.postmortem;

/** When an {@link ActionItem} should be done, as the detailed template groups them. */
public enum Horizon {
  /** Within 24 hours. */
  IMMEDIATE,
  /** Within a week. */
  SHORT_TERM,
  /** Within a month. */
  LONG_TERM
}
