package dev.postmortem.markdown.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What an import assumes where a document says nothing: the date of times written without one,
 * the zone of times written without one (UTC otherwise), and whether numeric dates such as
 * {@code 03/10/2021} are day first when the document's own dates do not settle it.
 */
public record ImportOptions(Optional<LocalDate> defaultDate, Optional<ZoneId> defaultZone, boolean dayFirst) {
  /** No default date, UTC, month first. */
  public static final ImportOptions DEFAULTS = new ImportOptions(Optional.empty(), Optional.empty(), false);
}
