package dev.postmortem.cli.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The day the {@code --clock} option names, for what depends on it: overdue action items. */
final class Today {
  private Today() {}

  /** Returns a clock fixed at the start of {@code day} in UTC, or the system clock in UTC for null. */
  static Clock clock(LocalDate day) {
    return day == null ? Clock.systemUTC()
        : Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }
}
