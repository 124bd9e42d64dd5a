package dev.postmortem.markdown.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** Writes and reads the zone of "All times UTC.": {@code UTC}, {@code UTC+05:45}, a region id. */
final class ZoneText {
  private ZoneText() {}

  static String format(ZoneId zone) {
    if (zone instanceof ZoneOffset offset) {
      return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
    return zone.getId();
  }

  static Optional<ZoneId> parse(String text) {
    try {
      if (text.equals("UTC")) {
        return Optional.of(ZoneOffset.UTC);
      }
      if (text.startsWith("UTC+") || text.startsWith("UTC-")) {
        return Optional.of(ZoneOffset.of(text.substring(3)));
      }
      return Optional.of(ZoneId.of(text).normalized());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
