package dev.postmortem;

/** What an {@link ActionItem} does about the incident (the Google SRE book's action types). */
public enum ActionType {
  /** Reduces the impact of this kind of incident. */
  MITIGATE,
  /** Stops this kind of incident from happening again. */
  PREVENT,
  /** Finds this kind of incident sooner. */
  DETECT,
  /** Changes how people work. */
  PROCESS
}
