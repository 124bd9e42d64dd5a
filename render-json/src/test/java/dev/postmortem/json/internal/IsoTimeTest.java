package dev.postmortem.json.internal;

import static dev.postmortem.testing.properties.PostmortemGens.tries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class IsoTimeTest {

  @Test
  void writesAndReadsExactlyWhatTheJdkDoes() {
    qt().withExamples(tries() * 10)
        .forAll(SourceDSL.longs().between(Instant.parse("-9999-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("+99999-12-31T23:59:59Z").getEpochSecond()),
            SourceDSL.integers().between(0, 999_999_999), SourceDSL.integers().between(0, 2))
        .checkAssert((seconds, nanos, precision) -> {
          int nano = precision == 0 ? nanos / 1_000_000 * 1_000_000 : precision == 1 ? nanos / 1000 * 1000 : nanos;
          Instant instant = Instant.ofEpochSecond(seconds, nano);
          assertEquals(instant.toString(), IsoTime.format(instant));
          assertEquals(instant, IsoTime.parseInstant(instant.toString()));
          LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
          assertEquals(date.toString(), IsoTime.format(date));
          assertEquals(date, IsoTime.parseDate(date.toString()));
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-03-14T14:02:00+01:00", "2024-03-14T14:02:00", "2024-02-30T00:00:00Z",
      "2024-03-14T24:00:00Z", "2024-03-14T14:02:00.Z", "2024-03-14T14:02:00.1234567890Z",
      "2024-03-14 14:02:00Z", "2024-3-14T14:02:00Z", "14:02", "10000-01-01T00:00:00Z",
      "2024-03-14T14:02Z", "2024-03-14T14:02:60Z", "+2024-03-14T14:02:00Z", "2024-03-14T1a:02:00Z"})
  void refusesWhatTheFormatDoesNotWrite(String text) {
    assertNull(IsoTime.parseInstant(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2024-13-01", "24-03-14", "2024/03/14", "+2024-03-14",
      "2024-03-14T00:00", "next Tuesday", "10000-01-01"})
  void refusesDatesTheFormatDoesNotWrite(String text) {
    assertNull(IsoTime.parseDate(text));
  }
}
