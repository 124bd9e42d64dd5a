package dev.postmortem.json.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Writes and reads the JSON format's instants ({@code 2024-03-14T14:02:00.5Z}) and dates
 * ({@code 2024-03-14}) by hand: exactly what {@link Instant#toString()} and
 * {@link LocalDate#toString()} write, and nothing else, without the general-purpose
 * {@code DateTimeFormatter} that cost a large share of reading and writing (JMH, 10 000 events).
 */
final class IsoTime {
  private IsoTime() {}

  /** Returns {@code instant} written as {@link Instant#toString()} writes it. */
  static String format(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      return instant.toString(); // signed years are rare; keep the JDK's form for them
    }
    char[] out = new char[30];
    int n = date(out, 0, year, t.getMonthValue(), t.getDayOfMonth());
    out[n++] = 'T';
    n = two(out, n, t.getHour());
    out[n++] = ':';
    n = two(out, n, t.getMinute());
    out[n++] = ':';
    n = two(out, n, t.getSecond());
    int nano = t.getNano();
    if (nano != 0) {
      out[n++] = '.';
      // As Instant.toString: 3, 6 or 9 digits.
      int digits = nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
      int value = digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1000 : nano;
      for (int i = digits - 1; i >= 0; i--) {
        out[n + i] = (char) ('0' + value % 10);
        value /= 10;
      }
      n += digits;
    }
    out[n++] = 'Z';
    return new String(out, 0, n);
  }

  /** Returns {@code date} as {@link LocalDate#toString()} would. */
  static String format(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return date.toString();
    }
    char[] out = new char[10];
    date(out, 0, year, date.getMonthValue(), date.getDayOfMonth());
    return new String(out);
  }

  /**
   * Reads an instant in UTC as {@link Instant#toString()} writes it: {@code YYYY-MM-DDTHH:MM:SS},
   * an optional fraction of 1 to 9 digits, {@code Z}; signed years of more digits too.
   *
   * @return the instant, or null when the text is not of that form or not a valid time
   */
  static Instant parseInstant(String text) {
    int t = text.indexOf('T');
    if (t < 0 || text.length() < t + 10 || text.charAt(text.length() - 1) != 'Z') {
      return null;
    }
    LocalDate date = parseDate(text.substring(0, t));
    if (date == null || text.charAt(t + 3) != ':' || text.charAt(t + 6) != ':') {
      return null;
    }
    int hour = digits(text, t + 1, 2);
    int minute = digits(text, t + 4, 2);
    int second = digits(text, t + 7, 2);
    int end = text.length() - 1;
    int nano = 0;
    int i = t + 9;
    if (i < end) {
      int fraction = end - i - 1;
      if (text.charAt(i) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nano = digits(text, i + 1, fraction);
      for (int k = fraction; k < 9 && nano >= 0; k++) {
        nano *= 10;
      }
    }
    if (hour < 0 || minute < 0 || second < 0 || nano < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(date, LocalTime.of(hour, minute, second, nano)).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Reads a date as {@link LocalDate#toString()} writes it: {@code YYYY-MM-DD}, or a signed year
   * of more digits ({@code +10000-01-01}, {@code -0001-01-01}).
   *
   * @return the date, or null when the text is not of that form or not a valid date
   */
  static LocalDate parseDate(String text) {
    int length = text.length();
    if (length < 10 || text.charAt(length - 3) != '-' || text.charAt(length - 6) != '-') {
      return null;
    }
    int yearEnd = length - 6;
    int year;
    if (yearEnd == 4) {
      year = digits(text, 0, 4);
    } else {
      char sign = text.charAt(0);
      int magnitude = yearEnd - 1 >= 4 && yearEnd - 1 <= 9 ? digits(text, 1, yearEnd - 1) : -1;
      if ((sign != '+' && sign != '-') || magnitude < 0 || (sign == '+' && yearEnd - 1 < 5)) {
        return null;
      }
      year = sign == '-' ? -magnitude : magnitude;
    }
    int month = digits(text, yearEnd + 1, 2);
    int day = digits(text, yearEnd + 4, 2);
    if (year == -1 && yearEnd == 4 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Returns the value of {@code count} ASCII digits at {@code from}, or -1 if any is not one. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int date(char[] out, int n, int year, int month, int day) {
    for (int i = 3; i >= 0; i--) {
      out[n + i] = (char) ('0' + year % 10);
      year /= 10;
    }
    n += 4;
    out[n++] = '-';
    n = two(out, n, month);
    out[n++] = '-';
    return two(out, n, day);
  }

  private static int two(char[] out, int n, int value) {
    out[n] = (char) ('0' + value / 10);
    out[n + 1] = (char) ('0' + value % 10);
    return n + 2;
  }
}
