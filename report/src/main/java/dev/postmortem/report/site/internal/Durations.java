package dev.postmortem.report.site.internal;

import java.time.Duration;

/** Durations as a report shows them: {@code 45s}, {@code 23m}, {@code 2h 30m}, {@code 3d 4h}. */
public final class Durations {
  private Durations() {}

  /** Returns {@code duration} in its two largest units, rounded down; negative ones keep their sign. */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      return "-" + format(duration.negated());
    }
    long s = duration.getSeconds();
    if (s < 60) {
      return s + "s";
    }
    long m = s / 60;
    if (m < 60) {
      return m + "m";
    }
    long h = m / 60;
    if (h < 24) {
      return h + "h" + (m % 60 == 0 ? "" : " " + (m % 60) + "m");
    }
    return (h / 24) + "d" + (h % 24 == 0 ? "" : " " + (h % 24) + "h");
  }
}
