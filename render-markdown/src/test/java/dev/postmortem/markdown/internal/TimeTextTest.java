package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTextTest {
  private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2024, 10, 27));

  @ParameterizedTest
  @CsvSource({
      "2024-10-27T12:02:00Z, UTC, 12:02",
      "2024-10-27T12:02:07Z, UTC, 12:02:07",
      "2024-10-27T12:02:07.250Z, UTC, 12:02:07.25",
      "2024-10-27T12:02:00.000000005Z, UTC, 12:02:00.000000005",
      "2024-10-28T00:10:00Z, UTC, 2024-10-28 00:10",
      "2024-10-26T23:10:00Z, Europe/Berlin, 01:10",
      // Clocks went back from 03:00 CEST to 02:00 CET: 02:30 happened twice.
      "2024-10-27T00:30:00Z, Europe/Berlin, 02:30 UTC+02:00",
      "2024-10-27T01:30:00Z, Europe/Berlin, 02:30 UTC+01:00",
      "2024-10-27T02:30:00Z, Europe/Berlin, 03:30",
      "2024-10-27T12:02:00Z, +05:45, 17:47"})
  void timesAreShortButReadBackExactly(String instant, String zone, String text) {
    ZoneId id = zone.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(zone);
    assertEquals(text, TimeText.format(Instant.parse(instant), id, DAY));
    assertEquals(Optional.of(Instant.parse(instant)), TimeText.parse(text, id, DAY));
  }
}
