package dev.postmortem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void leavesOutTheZeroParts() {
    assertEquals("52m", Durations.format(Duration.ofMinutes(52)));
    assertEquals("1h 5m", Durations.format(Duration.ofMinutes(65)));
    assertEquals("2d 3h", Durations.format(Duration.ofHours(51)));
    assertEquals("1h 30s", Durations.format(Duration.ofSeconds(3630)));
  }

  @Test
  void noTimeIsZeroSecondsAndANegativeOneKeepsItsSign() {
    assertEquals("0s", Durations.format(Duration.ZERO));
    assertEquals("-5m", Durations.format(Duration.ofMinutes(-5)));
  }
}
