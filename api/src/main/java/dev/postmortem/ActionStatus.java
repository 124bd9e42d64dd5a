package dev.postmortem;

/** Where an {@link ActionItem} stands. Only a {@link #DONE} item may have a completion date. */
public enum ActionStatus {
  /** Not started. */
  OPEN,
  /** Someone is working on it. */
  IN_PROGRESS,
  /** Finished. */
  DONE,
  /** Decided against; kept for the record. */
  WONT_DO;

  /** {@return whether the item still needs work, and so can be overdue} */
  public boolean isPending() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
