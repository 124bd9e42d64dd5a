package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates, times and zones as people write them. */
class WrittenTimeTest {
  private static final Optional<LocalDate> IN_2025 = Optional.of(LocalDate.of(2025, 1, 1));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-03-14 | 2024-03-14",
      "2024/3/14 | 2024-03-14",
      "Mar 12, 2025 | 2025-03-12",
      "March 12th 2025 | 2025-03-12",
      "12 March 2025 | 2025-03-12",
      "2025-DEC-5 | 2025-12-05",
      "Tuesday, March 4, 2025 | 2025-03-04",
      "May 12 | 2025-05-12",
      "03/10/2021 | 2021-03-10",
      "25/10/2021 | 2021-10-25",
      "10.03.2021 | 2021-03-10",
      "**2024-03-14** | 2024-03-14"})
  void readsDatesMonthFirstUnlessTheyCannotBe(String text, String date) {
    assertEquals(Optional.of(LocalDate.parse(date)), WrittenTime.date(text, IN_2025, false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"03/10/2021 | 2021-10-03", "03-10-2021 | 2021-10-03"})
  void readsDatesDayFirstWhenTheDocumentDoes(String text, String date) {
    assertEquals(Optional.of(LocalDate.parse(date)), WrittenTime.date(text, IN_2025, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"next Tuesday", "Alert 12", "13/13/2021", "May 12", "2024-02-30"})
  void refusesWhatIsNotADate(String text) {
    // "May 12" has no year, and here no reference year to take it from.
    assertEquals(Optional.empty(), WrittenTime.date(text, Optional.empty(), false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "14:02 | 14:02", "9:05 | 09:05", "14:02:33 | 14:02:33", "2:15 pm | 14:15", "11:39AM | 11:39",
      "12:20 AM | 00:20", "12:05 p.m. | 12:05", "11PM | 23:00"})
  void readsClockTimes(String text, String time) {
    assertEquals(Optional.of(LocalTime.parse(time)), WrittenTime.time(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"25:99", "13pm", "14", "noon"})
  void refusesWhatIsNotATime(String text) {
    assertEquals(Optional.empty(), WrittenTime.time(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "UTC | Z", "GMT | Z", "PST | America/Los_Angeles", "PST/PDT | America/Los_Angeles",
      "CET | Europe/Berlin", "EEST | Europe/Helsinki", "UTC+2 | +02:00", "UTC+5:30 | +05:30",
      "GMT-05:00 | -05:00", "Europe/Berlin | Europe/Berlin", "US/Eastern | US/Eastern",
      "NZ-CHAT | NZ-CHAT", "Japan | Japan"})
  void readsZones(String text, String zone) {
    assertEquals(Optional.of(ZoneId.of(zone).normalized()), WrittenTime.zone(text).map(ZoneId::normalized));
  }

  @ParameterizedTest
  @ValueSource(strings = {"API", "Mars/Olympus", "soon"})
  void refusesWhatIsNotAZone(String text) {
    assertEquals(Optional.empty(), WrittenTime.zone(text));
  }

  @org.junit.jupiter.api.Test
  void utcIsTheOffsetNotARegion() {
    assertEquals(Optional.of(ZoneOffset.UTC), WrittenTime.zone("utc"));
  }
}
