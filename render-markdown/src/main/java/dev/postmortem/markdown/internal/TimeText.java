package dev.postmortem.markdown.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes instants as people read them in a postmortem, in its zone, and reads them back exactly:
 * {@code 14:02} on the postmortem's own day, {@code 2024-03-15 00:10} on another, seconds and
 * fractions only when present ({@code 14:02:07.25}), and the offset only where the zone's clocks
 * went back and the local time happened twice ({@code 02:30 UTC+02:00}).
 */
final class TimeText {
  private static final Pattern TIME = Pattern.compile(
      "(?:([+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}) )?([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,9}))?)?"
          + "(?: UTC([+-][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?)?");

  private TimeText() {}

  /**
   * Writes {@code instant} in {@code zone}; the date is left out when it is {@code day}.
   *
   * @param day the postmortem's date, if any
   */
  static String format(Instant instant, ZoneId zone, Optional<LocalDate> day) {
    ZoneRules rules = zone.getRules();
    ZoneOffset offset = rules.getOffset(instant);
    LocalDateTime at = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
    StringBuilder text = new StringBuilder(32);
    LocalDate date = at.toLocalDate();
    if (day.isEmpty() || !day.get().equals(date)) {
      text.append(date).append(' ');
    }
    two(text, at.getHour()).append(':');
    two(text, at.getMinute());
    int nano = at.getNano();
    if (at.getSecond() != 0 || nano != 0) {
      two(text.append(':'), at.getSecond());
      if (nano != 0) {
        int digits = 9;
        while (nano % 10 == 0) {
          nano /= 10;
          digits--;
        }
        String fraction = Integer.toString(nano);
        text.append('.');
        for (int i = fraction.length(); i < digits; i++) {
          text.append('0');
        }
        text.append(fraction);
      }
    }
    // Only a local time that happened twice (clocks went back) needs its offset to be read back.
    if (!rules.isFixedOffset()) {
      ZoneOffsetTransition transition = rules.getTransition(at);
      if (transition != null && transition.isOverlap()) {
        String id = offset.getId();
        text.append(" UTC").append(id.equals("Z") ? "" : id);
      }
    }
    return text.toString();
  }

  /** Writes {@code instant} with its date always. */
  static String formatFull(Instant instant, ZoneId zone) {
    return format(instant, zone, Optional.empty());
  }

  /**
   * Reads what {@link #format} writes.
   *
   * @param day the postmortem's date, for times written without one
   * @return the instant, or empty when {@code text} is not such a time
   */
  static Optional<Instant> parse(String text, ZoneId zone, Optional<LocalDate> day) {
    Matcher m = TIME.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = m.group(1) != null ? date(m.group(1)) : day.orElse(null);
      if (date == null) {
        return Optional.empty();
      }
      int nanos = 0;
      if (m.group(5) != null) {
        nanos = Integer.parseInt((m.group(5) + "00000000").substring(0, 9));
      }
      LocalDateTime local = LocalDateTime.of(date, LocalTime.of(Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), nanos));
      if (m.group(6) != null || text.endsWith(" UTC")) {
        ZoneOffset offset = m.group(6) == null ? ZoneOffset.UTC : ZoneOffset.of(m.group(6));
        ZonedDateTime at = ZonedDateTime.ofLocal(local, zone, offset);
        return at.getOffset().equals(offset) ? Optional.of(at.toInstant()) : Optional.empty();
      }
      return Optional.of(ZonedDateTime.of(local, zone).toInstant());
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Reads the date part, which the pattern has checked: ({@code +}|{@code -})?YYYY+-MM-DD. */
  private static LocalDate date(String text) {
    int yearEnd = text.length() - 6;
    return LocalDate.of(Integer.parseInt(text, 0, yearEnd, 10),
        Integer.parseInt(text, yearEnd + 1, yearEnd + 3, 10),
        Integer.parseInt(text, yearEnd + 4, yearEnd + 6, 10));
  }

  private static StringBuilder two(StringBuilder text, int value) {
    return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
