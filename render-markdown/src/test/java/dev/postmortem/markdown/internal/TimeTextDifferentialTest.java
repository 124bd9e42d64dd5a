package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TimeText#parse} reads times by hand; this compares it, on texts assembled from valid and
 * broken pieces, with the regular expression it replaced, which stays here as the oracle.
 */
class TimeTextDifferentialTest {
  private static final Pattern TIME = Pattern.compile(
      "(?:([+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}) )?([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,9}))?)?"
          + "(?: UTC([+-][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?)?");
  private static final List<String> DATES = List.of("", "", "2024-10-27 ", "2024-02-30 ", "+12024-01-01 ",
      "-0044-03-15 ", "999-01-01 ", "2024-1-01 ", "2024-10-27", "99999999999-01-01 ", "2024/10/27 ", " ");
  private static final List<String> CLOCKS = List.of("14:02", "02:30", "00:00", "23:59", "24:00", "12:60",
      "1:02", "14:2", "14-02", "", "14:02:07", "14:02:60", "14:02:07.25", "14:02:07.000000005",
      "14:02:07.1234567891", "14:02:07.", "14:02.5", "14:02:7");
  private static final List<String> ENDS = List.of("", "", " UTC", " UTC+02:00", " UTC+01:00", " UTC-05:30",
      " UTC+19:00", " UTC+02:00:30", " UTC+2", " UTC ", "UTC", " utc", " UTC+02:00x", " CET");
  private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
      ZoneOffset.ofHoursMinutes(5, 45), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"));
  private static final List<Optional<LocalDate>> DAYS = List.of(Optional.empty(),
      Optional.of(LocalDate.of(2024, 10, 27)), Optional.of(LocalDate.of(2024, 3, 31)),
      Optional.of(LocalDate.of(2024, 3, 10)));

  @Test
  void readsExactlyWhatTheRegularExpressionRead() {
    SplittableRandom random = new SplittableRandom(20261202L);
    for (int i = 0; i < 50_000; i++) {
      String text = pick(random, DATES) + pick(random, CLOCKS) + pick(random, ENDS);
      ZoneId zone = pick(random, ZONES);
      Optional<LocalDate> day = pick(random, DAYS);
      assertEquals(oracle(text, zone, day), TimeText.parse(text, zone, day), () -> text + " in " + zone + " on " + day);
    }
  }

  @Test
  void readsBackWhatItWritesAroundEveryTransition() {
    SplittableRandom random = new SplittableRandom(7L);
    for (int i = 0; i < 20_000; i++) {
      ZoneId zone = pick(random, ZONES);
      Instant instant = Instant.ofEpochSecond(random.nextLong(-4_000_000_000L, 4_000_000_000L),
          random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
      Optional<LocalDate> day = pick(random, DAYS);
      String text = TimeText.format(instant, zone, day);
      assertEquals(Optional.of(instant), TimeText.parse(text, zone, day), text);
    }
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** The former implementation, verbatim. */
  private static Optional<Instant> oracle(String text, ZoneId zone, Optional<LocalDate> day) {
    Matcher m = TIME.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date;
      if (m.group(1) != null) {
        String d = m.group(1);
        int yearEnd = d.length() - 6;
        date = LocalDate.of(Integer.parseInt(d, 0, yearEnd, 10), Integer.parseInt(d, yearEnd + 1, yearEnd + 3, 10),
            Integer.parseInt(d, yearEnd + 4, yearEnd + 6, 10));
      } else {
        date = day.orElse(null);
      }
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
}
