package dev.postmortem.cli.internal;

import java.time.Duration;

/** Durations as people write them in a postmortem: {@code 52m}, {@code 1h 5m}, {@code 2d 3h}. */
final class Durations {
  private Durations() {}

  /**
   * Returns {@code duration} in days, hours, minutes and seconds, leaving out the zero ones
   * ({@code 0s} for none); negative durations, which a timeline with its detection before its
   * start gives, keep their sign: {@code -5m}.
   */
  static String format(Duration duration) {
    if (duration.isNegative()) {
      return "-" + format(duration.negated());
    }
    StringBuilder text = new StringBuilder();
    append(text, duration.toDaysPart(), "d");
    append(text, duration.toHoursPart(), "h");
    append(text, duration.toMinutesPart(), "m");
    append(text, duration.toSecondsPart(), "s");
    return text.length() == 0 ? "0s" : text.toString();
  }

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount != 0) {
      text.append(text.length() == 0 ? "" : " ").append(amount).append(unit);
    }
  }
}
