package dev.postmortem;

/** Who a {@link Communication} was addressed to. */
public enum Audience {
  /** The team, management, other teams. */
  INTERNAL,
  /** Users, customers, partners, the public. */
  EXTERNAL
}
