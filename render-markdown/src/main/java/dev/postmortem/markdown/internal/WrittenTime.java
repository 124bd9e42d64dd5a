package dev.postmortem.markdown.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, clock times and zones as people write them in postmortems: {@code 2024-03-14},
 * {@code 03/10/2021} (month first unless the document writes day first), {@code Mar 12, 2025},
 * {@code 2025-DEC-5}, {@code 14:02}, {@code 2:15 pm}, {@code 11:39AM}, {@code PST/PDT},
 * {@code UTC+2}, {@code Europe/Berlin}. Each method returns empty when the text is not one.
 */
final class WrittenTime {
  /** A date in any of the spellings {@link #date} reads; checked by parsing, not by this pattern. */
  static final String DATE = "(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}"
      + "|[0-9]{4}-[A-Za-z]{3}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}"
      + "|(?:[A-Z][a-z]{2,8},?[ ])?[A-Za-z]{3,9}\\.?[ ][0-9]{1,2}(?:st|nd|rd|th)?(?:,?[ ][0-9]{4})?"
      + "|[0-9]{1,2}(?:st|nd|rd|th)?[ ][A-Za-z]{3,9}\\.?(?:,?[ ][0-9]{4})?)";
  /** A clock time, 24-hour or with am/pm. */
  static final String TIME = "(?:[0-9]{1,2}h[0-9]{2}(?![0-9A-Za-z])|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:[ ]?[AaPp]\\.?[Mm]\\.?)?"
      + "|[0-9]{1,2}[ ]?[AaPp]\\.?[Mm]\\.?(?![A-Za-z]))";
  /** A zone as written after a time. */
  static final String ZONE = "(?:(?:UTC|GMT)(?:[ ]?[+-][0-9]{1,2}(?::?[0-9]{2})?)?|Z|US/[A-Z][a-z]+|[A-Z]{2,5}(?:/[A-Z]{2,5})?"
      + "|[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)";

  private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
  private static final Pattern SLASHED_YEAR_FIRST = Pattern.compile("([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})");
  private static final Pattern YEAR_MONTH_NAME = Pattern.compile("([0-9]{4})-([A-Za-z]{3})-([0-9]{1,2})");
  private static final Pattern NUMERIC = Pattern.compile("([0-9]{1,2})([/.-])([0-9]{1,2})\\2([0-9]{2,4})");
  private static final Pattern FRENCH_CLOCK = Pattern.compile("^([0-9]{1,2})h([0-9]{2})$");
  private static final Pattern SHORT_NUMERIC = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?:[A-Za-z]{3,9},?[ ]+)?([A-Za-z]{3,9})\\.?[ ]+([0-9]{1,2})(?:st|nd|rd|th)?(?:,?[ ]+([0-9]{4}))?");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?:[A-Za-z]{3,9},?[ ]+)?([0-9]{1,2})(?:st|nd|rd|th)?[ ]+([A-Za-z]{3,9})\\.?(?:,?[ ]+([0-9]{4}))?");
  private static final Pattern CLOCK = Pattern.compile(
      "([0-9]{1,2})(?::([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,9}))?)?)?(?:[ ]?([AaPp])\\.?[Mm]\\.?)?");
  private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT)[ ]?([+-])([0-9]{1,2})(?::?([0-9]{2}))?");
  private static final Map<String, Month> MONTHS = months();
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
      Map.entry("PT", "America/Los_Angeles"), Map.entry("PACIFIC", "America/Los_Angeles"),
      Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"), Map.entry("MT", "America/Denver"),
      Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"), Map.entry("CT", "America/Chicago"),
      Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"), Map.entry("ET", "America/New_York"),
      Map.entry("CET", "Europe/Berlin"), Map.entry("CEST", "Europe/Berlin"),
      Map.entry("EET", "Europe/Helsinki"), Map.entry("EEST", "Europe/Helsinki"),
      Map.entry("WET", "Europe/Lisbon"), Map.entry("WEST", "Europe/Lisbon"),
      Map.entry("BST", "Europe/London"), Map.entry("IST", "Asia/Kolkata"), Map.entry("JST", "Asia/Tokyo"),
      Map.entry("KST", "Asia/Seoul"), Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"),
      Map.entry("SGT", "Asia/Singapore"), Map.entry("HKT", "Asia/Hong_Kong"));

  /** The offset an abbreviation that says standard or summer time names. */
  private static final Map<String, ZoneOffset> MARKED_OFFSETS = Map.ofEntries(
      Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
      Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
      Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
      Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
      Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
      Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("AEST", ZoneOffset.ofHours(10)),
      Map.entry("AEDT", ZoneOffset.ofHours(11)));

  private WrittenTime() {}

  /**
   * The instant of a local time in {@code zone}, written with {@code zoneText}. An abbreviation
   * that says summer or standard time ({@code CEST}, {@code CET}) picks the offset where the
   * clocks change: {@code 02:30 CET} in the hour that happens twice is the second one, and
   * {@code 03:00 CEST} is the moment the clocks went back. Elsewhere the region's rules win, as
   * people write {@code PST} all year round.
   */
  static Instant instant(LocalDateTime local, String zoneText, ZoneId zone) {
    ZoneOffset marked = zoneText == null ? null
        : MARKED_OFFSETS.get(HandWritten.unwrap(zoneText).replaceAll("[().,;]", "").strip().toUpperCase(Locale.ROOT));
    if (marked != null && !(zone instanceof ZoneOffset)) {
      java.time.zone.ZoneRules rules = zone.getRules();
      if (rules.getValidOffsets(local).contains(marked)) {
        return local.toInstant(marked);
      }
      Instant literal = local.toInstant(marked);
      java.time.zone.ZoneOffsetTransition near = rules.previousTransition(literal.plusSeconds(3_601));
      if (near != null && Math.abs(near.getInstant().getEpochSecond() - literal.getEpochSecond()) <= 3_600) {
        return literal;
      }
    }
    return local.atZone(zone).toInstant();
  }

  /**
   * Reads a date. Numeric dates with two small numbers are month first unless {@code dayFirst};
   * a date without a year takes the year of {@code reference}.
   */
  static Optional<LocalDate> date(String text, Optional<LocalDate> reference, boolean dayFirst) {
    String t = HandWritten.unwrap(text).replaceAll("[.,]$", "").strip();
    try {
      Matcher m;
      if ((m = ISO.matcher(t)).matches() || (m = SLASHED_YEAR_FIRST.matcher(t)).matches()) {
        return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
      }
      if ((m = YEAR_MONTH_NAME.matcher(t)).matches()) {
        Month month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        return month == null ? Optional.empty() : Optional.of(LocalDate.of(num(m, 1), month, num(m, 3)));
      }
      if ((m = NUMERIC.matcher(t)).matches()) {
        int a = num(m, 1);
        int b = num(m, 3);
        int year = num(m, 4);
        year = year < 100 ? 2000 + year : year;
        boolean first = dayFirst || a > 12 || m.group(2).equals(".");
        return Optional.of(first ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b));
      }
      if ((m = SHORT_NUMERIC.matcher(t)).matches() && reference.isPresent()) {
        // "due 3/22" in a document of 2024: the incident's year.
        int a = num(m, 1);
        int b = num(m, 2);
        boolean first = dayFirst || a > 12;
        return Optional.of(first ? LocalDate.of(reference.get().getYear(), b, a)
            : LocalDate.of(reference.get().getYear(), a, b));
      }
      if ((m = MONTH_FIRST.matcher(t)).matches() || (m = DAY_FIRST.matcher(t)).matches()) {
        boolean monthFirst = Character.isLetter(m.group(1).charAt(0));
        Month month = MONTHS.get((monthFirst ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
        int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(1));
        if (month == null) {
          return Optional.empty();
        }
        if (m.group(3) == null) {
          return reference.map(r -> LocalDate.of(r.getYear(), month, day));
        }
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return HandWritten.date(t);
  }

  /** Reads a clock time: {@code 14:02}, {@code 14:02:33}, {@code 2:15 pm}, {@code 11AM}. */
  static Optional<LocalTime> time(String text) {
    // "14h05", as French writes a time.
    Matcher m = CLOCK.matcher(FRENCH_CLOCK.matcher(text.strip()).replaceFirst("$1:$2"));
    if (!m.matches() || m.group(2) == null && m.group(5) == null) {
      return Optional.empty();
    }
    try {
      int hour = Integer.parseInt(m.group(1));
      if (m.group(5) != null) {
        if (hour < 1 || hour > 12) {
          return Optional.empty();
        }
        boolean pm = Character.toLowerCase(m.group(5).charAt(0)) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
      }
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int nanos = m.group(4) == null ? 0 : Integer.parseInt((m.group(4) + "00000000").substring(0, 9));
      return Optional.of(LocalTime.of(hour, minute, second, nanos));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a zone: {@code UTC}, {@code GMT}, {@code Z}, an offset ({@code UTC+2}), a common
   * abbreviation ({@code PST}, {@code PST/PDT}, {@code CET}) or an IANA name.
   */
  static Optional<ZoneId> zone(String text) {
    String t = HandWritten.unwrap(text).replaceAll("[.,;)]+$", "").replaceAll("^\\(", "").strip();
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.equals("UTC") || upper.equals("GMT") || upper.equals("Z") || upper.equals("ZULU")) {
      return Optional.of(ZoneOffset.UTC);
    }
    Matcher offset = OFFSET.matcher(upper);
    if (offset.matches()) {
      try {
        int hours = Integer.parseInt(offset.group(2));
        int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
        int sign = offset.group(1).equals("-") ? -1 : 1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    String first = upper.contains("/") && !t.matches(".*[a-z].*") ? upper.substring(0, upper.indexOf('/')) : upper;
    if (ABBREVIATIONS.containsKey(first)) {
      return Optional.of(ZoneId.of(ABBREVIATIONS.get(first)));
    }
    if (t.contains("/")) {
      return ZoneText.parse(t);
    }
    // The region ids without a slash, as this library writes them too: "NZ-CHAT", "Japan".
    return java.time.ZoneId.getAvailableZoneIds().contains(t) ? ZoneText.parse(t) : Optional.empty();
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static Map<String, Month> months() {
    Map<String, Month> months = new HashMap<>();
    for (Month month : Month.values()) {
      months.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
      months.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
    }
    months.put("sept", Month.SEPTEMBER);
    return Map.copyOf(months);
  }
}
