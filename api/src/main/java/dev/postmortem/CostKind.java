package dev.postmortem;

/** What kind of money a {@link CostItem} counts, as the compact template lists them. */
public enum CostKind {
  /** Revenue that was not earned because of the incident. */
  LOST_REVENUE,
  /** Money paid back to customers. */
  REFUND,
  /** What providers charged for the incident (extra capacity, retries, support). */
  PROVIDER_COST,
  /** Any other cost. */
  OTHER
}
