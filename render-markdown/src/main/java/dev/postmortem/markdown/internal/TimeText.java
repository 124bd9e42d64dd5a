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

/**
 * Writes instants as people read them in a postmortem, in its zone, and reads them back exactly:
 * {@code 14:02} on the postmortem's own day, {@code 2024-03-15 00:10} on another, seconds and
 * fractions only when present ({@code 14:02:07.25}), and the offset only where the zone's clocks
 * went back and the local time happened twice ({@code 02:30 UTC+02:00}).
 */
final class TimeText {
  private static final long SECONDS_PER_DAY = 86_400;
  /**
   * {@code 00} to {@code 99}, and each after a separator: a time is then appended in two or three
   * pieces, not a character at a time (a few per cent of a short document's render).
   */
  private static final String[] TWO = pieces("");
  private static final String[] COLON_TWO = pieces(":");
  private static final String[] DASH_TWO = pieces("-");

  private static String[] pieces(String before) {
    String[] pieces = new String[100];
    for (int i = 0; i < pieces.length; i++) {
      pieces[i] = before + (char) ('0' + i / 10) + (char) ('0' + i % 10);
    }
    return pieces;
  }

  private TimeText() {}

  /**
   * Writes {@code instant} in {@code zone}; the date is left out when it is {@code day}.
   *
   * @param day the postmortem's date, if any
   */
  static String format(Instant instant, ZoneId zone, Optional<LocalDate> day) {
    return append(new StringBuilder(32), instant, zone, day).toString();
  }

  /** Appends {@link #format(Instant, ZoneId, Optional) format(instant, zone, day)} to {@code text}. */
  static StringBuilder append(StringBuilder text, Instant instant, ZoneId zone, Optional<LocalDate> day) {
    // ZoneOffset.getRules() makes a new ZoneRules (with its own cache map) at every call: a
    // zone that is an offset (UTC, the usual case) is used as it is.
    ZoneRules rules = zone instanceof ZoneOffset ? null : zone.getRules();
    ZoneOffset offset = rules == null ? (ZoneOffset) zone : rules.getOffset(instant);
    // The local day and time from epoch arithmetic: a LocalDateTime per row was most of this
    // method's cost in a 10 000-event render, and only a clock change needs one (below).
    long local = Math.addExact(instant.getEpochSecond(), offset.getTotalSeconds());
    long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(local, SECONDS_PER_DAY);
    if (day.isEmpty() || day.get().toEpochDay() != epochDay) {
      date(text, LocalDate.ofEpochDay(epochDay)).append(' ');
    }
    text.append(TWO[secondOfDay / 3600]).append(COLON_TWO[secondOfDay / 60 % 60]);
    int second = secondOfDay % 60;
    int nano = instant.getNano();
    if (second != 0 || nano != 0) {
      text.append(COLON_TWO[second]);
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
    if (rules != null && !rules.isFixedOffset()) {
      LocalDateTime at = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
      ZoneOffsetTransition transition = rules.getTransition(at);
      if (transition != null && transition.isOverlap()) {
        String id = offset.getId();
        text.append(" UTC").append(id.equals("Z") ? "" : id);
      }
    }
    return text;
  }

  /** Writes {@code instant} with its date always. */
  static String formatFull(Instant instant, ZoneId zone) {
    return format(instant, zone, Optional.empty());
  }

  /**
   * Reads what {@link #format} writes: {@code [±YYYY+-MM-DD ]HH:MM[:SS[.F{1,9}]][ UTC[±HH:MM[:SS]]]},
   * nothing else. Read by hand rather than with a regular expression and {@code ZonedDateTime}:
   * a timeline reads one per row, and the matcher, its group strings and the zoned value were
   * the reader's largest cost per row after commonmark-java's own (JMH stack profile, 10 000
   * events). A zone with a fixed offset (UTC, the usual case) needs no zone rules at all.
   *
   * @param day the postmortem's date, for times written without one
   * @return the instant, or empty when {@code text} is not such a time
   */
  static Optional<Instant> parse(String text, ZoneId zone, Optional<LocalDate> day) {
    try {
      return Optional.ofNullable(new TimeReader(text).read(zone, day));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** One pass over the text of a time; every method returns null (or -1) where it does not match. */
  private static final class TimeReader {
    private final String text;
    private int at;

    TimeReader(String text) {
      this.text = text;
    }

    Instant read(ZoneId zone, Optional<LocalDate> day) {
      LocalDate date = dateAndSpace();
      if (date == null) {
        date = day.orElse(null);
      }
      int hour = digits(2);
      if (hour < 0 || !skip(':')) {
        return null;
      }
      int minute = digits(2);
      int second = 0;
      int nanos = 0;
      if (minute < 0) {
        return null;
      }
      if (skip(':')) {
        second = digits(2);
        if (second < 0) {
          return null;
        }
        if (skip('.')) {
          nanos = fraction();
          if (nanos < 0) {
            return null;
          }
        }
      }
      ZoneOffset written = null;
      if (text.startsWith(" UTC", at)) {
        at += 4;
        written = at == text.length() ? ZoneOffset.UTC : offset();
        if (written == null) {
          return null;
        }
      }
      if (at != text.length() || date == null) {
        return null;
      }
      // Checked as LocalTime.of checks, so that an hour 24 is refused rather than rolled over.
      LocalTime time = LocalTime.of(hour, minute, second, nanos);
      if (written == null && (zone instanceof ZoneOffset || zone.getRules().isFixedOffset())) {
        ZoneOffset offset = zone instanceof ZoneOffset fixed ? fixed : zone.getRules().getOffset(Instant.EPOCH);
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + time.toSecondOfDay() - offset.getTotalSeconds(),
            nanos);
      }
      LocalDateTime local = LocalDateTime.of(date, time);
      if (written == null) {
        return ZonedDateTime.of(local, zone).toInstant();
      }
      ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, written);
      return zoned.getOffset().equals(written) ? zoned.toInstant() : null;
    }

    /**
     * Reads {@code ±YYYY+-MM-DD } if the text starts with it, else leaves the position alone and
     * returns null (the text may still be a time without a date).
     */
    private LocalDate dateAndSpace() {
      int space = text.indexOf(' ');
      if (space < 0) {
        return null;
      }
      int sign = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
      int yearEnd = space - 6;
      if (yearEnd - sign < 4 || text.charAt(yearEnd) != '-' || text.charAt(yearEnd + 3) != '-'
          || !allDigits(sign, yearEnd) || !allDigits(yearEnd + 1, yearEnd + 3) || !allDigits(yearEnd + 4, space)) {
        return null;
      }
      LocalDate date = LocalDate.of(Integer.parseInt(text, 0, yearEnd, 10),
          Integer.parseInt(text, yearEnd + 1, yearEnd + 3, 10), Integer.parseInt(text, yearEnd + 4, space, 10));
      at = space + 1;
      return date;
    }

    /** {@code [+-]HH:MM[:SS]}, as {@code ZoneOffset.of} reads it. */
    private ZoneOffset offset() {
      if (at >= text.length() || (text.charAt(at) != '+' && text.charAt(at) != '-')) {
        return null;
      }
      int from = at++;
      if (digits(2) < 0 || !skip(':') || digits(2) < 0) {
        return null;
      }
      if (skip(':') && digits(2) < 0) {
        return null;
      }
      return ZoneOffset.of(text.substring(from, at));
    }

    /** Exactly {@code n} ASCII digits, as a number, or -1. */
    private int digits(int n) {
      if (at + n > text.length() || !allDigits(at, at + n)) {
        return -1;
      }
      int value = 0;
      for (int i = 0; i < n; i++) {
        value = value * 10 + (text.charAt(at++) - '0');
      }
      return value;
    }

    /** One to nine digits of a fraction of a second, as nanoseconds, or -1. */
    private int fraction() {
      int nanos = 0;
      int n = 0;
      while (at < text.length() && isDigit(text.charAt(at))) {
        if (++n > 9) {
          return -1;
        }
        nanos = nanos * 10 + (text.charAt(at++) - '0');
      }
      if (n == 0) {
        return -1;
      }
      for (; n < 9; n++) {
        nanos *= 10;
      }
      return nanos;
    }

    private boolean skip(char c) {
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private boolean allDigits(int from, int to) {
      for (int i = from; i < to; i++) {
        if (!isDigit(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }

  /** Appends {@code date} as {@link LocalDate#toString()} writes it, without its own builder. */
  private static StringBuilder date(StringBuilder text, LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return text.append(date);
    }
    return text.append(TWO[year / 100]).append(TWO[year % 100]).append(DASH_TWO[date.getMonthValue()])
        .append(DASH_TWO[date.getDayOfMonth()]);
  }
}
