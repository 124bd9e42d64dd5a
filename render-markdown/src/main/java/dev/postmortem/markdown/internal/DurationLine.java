package dev.postmortem.markdown.internal;

import dev.postmortem.Postmortem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The Duration line of each template, which is where a written postmortem keeps its start and
 * end: {@code 23:41 - 2025-06-03 00:28 (47 min)} in the detailed layout ("[Start Time] - [End
 * Time] ([Total Duration])") and {@code 14:01 → 14:20 (UTC)} in the compact one ("start → end
 * (UTC)"). Times are written as the timeline writes them, against the postmortem's date; an
 * unknown start or end is {@code ?}. The total is derived, so it is written but never read.
 */
final class DurationLine {
  static final String UNKNOWN = "?";
  private static final String DETAILED_SEPARATOR = " - ";
  private static final String COMPACT_SEPARATOR = " → ";

  /** A start and an end read back; either may be unknown. */
  record Span(Optional<Instant> start, Optional<Instant> end) {}

  private DurationLine() {}

  /** Returns whether {@code p} has a Duration line to write. */
  static boolean present(Postmortem p) {
    return p.startedAt().isPresent() || p.endedAt().isPresent();
  }

  static String detailed(Postmortem p) {
    String line = time(p.startedAt(), p) + DETAILED_SEPARATOR + time(p.endedAt(), p);
    return p.duration().map(d -> line + " (" + total(d) + ")").orElse(line);
  }

  static String compact(Postmortem p) {
    return time(p.startedAt(), p) + COMPACT_SEPARATOR + time(p.endedAt(), p) + " ("
        + ZoneText.format(p.zone()) + ")";
  }

  /**
   * Reads a detailed Duration line.
   *
   * @return the span, or empty when the text is not such a line
   */
  static Optional<Span> readDetailed(String text, ZoneId zone, Optional<LocalDate> date) {
    int separator = text.indexOf(DETAILED_SEPARATOR);
    if (separator < 0) {
      return Optional.empty();
    }
    String end = text.substring(separator + DETAILED_SEPARATOR.length());
    int total = end.indexOf(" (");
    if (total >= 0) {
      if (!end.endsWith(")")) {
        return Optional.empty();
      }
      end = end.substring(0, total);
    }
    return span(text.substring(0, separator), end, zone, date);
  }

  /**
   * Reads a compact Duration line, whose zone must be {@code zone}.
   *
   * @return the span, or empty when the text is not such a line or names another zone
   */
  static Optional<Span> readCompact(String text, ZoneId zone, Optional<LocalDate> date) {
    int separator = text.indexOf(COMPACT_SEPARATOR);
    String suffix = " (" + ZoneText.format(zone) + ")";
    if (separator < 0 || !text.endsWith(suffix)) {
      return Optional.empty();
    }
    return span(text.substring(0, separator), text.substring(separator + COMPACT_SEPARATOR.length(),
        text.length() - suffix.length()), zone, date);
  }

  private static Optional<Span> span(String start, String end, ZoneId zone, Optional<LocalDate> date) {
    Optional<Optional<Instant>> from = time(start, zone, date);
    Optional<Optional<Instant>> to = time(end, zone, date);
    if (from.isEmpty() || to.isEmpty() || from.get().isEmpty() && to.get().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Span(from.get(), to.get()));
  }

  /** An unknown time, a time, or empty when the text is neither. */
  private static Optional<Optional<Instant>> time(String text, ZoneId zone, Optional<LocalDate> date) {
    if (text.equals(UNKNOWN)) {
      return Optional.of(Optional.empty());
    }
    return TimeText.parse(text, zone, date).map(Optional::of);
  }

  private static String time(Optional<Instant> at, Postmortem p) {
    return at.map(instant -> TimeText.format(instant, p.zone(), p.date())).orElse(UNKNOWN);
  }

  /** The total as people write it: {@code 47 min}, {@code 2 h 5 min}. */
  static String total(Duration d) {
    long minutes = d.toMinutes();
    return minutes < 120 ? minutes + " min" : d.toHours() + " h " + d.toMinutesPart() + " min";
  }
}
