package dev.postmortem.markdown.internal;

import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.ResolutionAction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The writer's check that an immediate action reads back from its numbered line
 * ({@link ImmediateActions#readsBack}) against what it replaces: writing the action's rest and
 * reading it back with {@link ImmediateActions#read}. Both must agree on every action.
 */
class ImmediateActionsShortcutTest {
  /** Pieces of results: times and parts of times, dashes, and words. */
  private static final String[] PIECES = {"08:00", "23:59:59", "2019-01-12", "2019-01-12 08:00", " ", " - ", "-",
      "- ", " -", "UTC", " UTC", "+01:00", "UTC-05:00", ":30", ".5", "x", "done", "25:00", "2019-02-30", "**", ":**"};
  /** Offsets, region zones, and fixed zones that are not offsets ({@code UTC}, {@code Etc/GMT+5}). */
  private static final ZoneId[] ZONES = {ZoneOffset.UTC, ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"),
      ZoneOffset.ofHours(5), ZoneId.of("Europe/London"), ZoneId.of("UTC"), ZoneId.of("Etc/GMT+5")};
  /**
   * A plain time, one with seconds and nanoseconds; both times of the hour that happens twice in
   * Paris and London on 2019-10-27 (London writes the second as a bare UTC); Paris's offset of
   * +00:09:21 in 1900; years before 1000, before year 1 and after 9999 (written with a sign).
   */
  private static final Instant[] INSTANTS = {Instant.parse("2019-01-12T08:00:00Z"),
      Instant.parse("2019-01-12T23:59:59.123Z"), Instant.parse("2019-10-27T00:30:00Z"),
      Instant.parse("2019-10-27T01:30:00Z"), Instant.parse("1900-06-01T12:00:00Z"),
      Instant.parse("0999-12-31T23:59:59.5Z"), Instant.parse("-0001-03-01T12:00:00Z"),
      Instant.parse("+10000-01-01T00:00:00Z")};

  private static final AtomicLong NUMBERED = new AtomicLong();
  private static final AtomicLong TABLED = new AtomicLong();

  @Test
  void theShortcutAgreesWithWritingAndReadingBack() {
    Gen<String> pieces = SourceDSL.integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    Gen<Optional<String>> results = SourceDSL.lists().of(pieces).ofSizeBetween(0, 5)
        .map(list -> list.isEmpty() ? Optional.<String>empty() : Optional.of(String.join("", list)));
    Gen<Optional<Instant>> instants = SourceDSL.integers().between(-1, INSTANTS.length - 1)
        .map(i -> i < 0 ? Optional.<Instant>empty() : Optional.of(INSTANTS[i]));
    Gen<String> titles = SourceDSL.integers().between(0, 3).map(i -> List.of("Restart", "Roll back:", "a:**b", "x*").get(i));
    Gen<ZoneId> zones = SourceDSL.integers().between(0, ZONES.length - 1).map(i -> ZONES[i]);
    Gen<Optional<LocalDate>> dates = SourceDSL.booleans().all()
        .map(b -> b ? Optional.of(LocalDate.of(2019, 1, 12)) : Optional.<LocalDate>empty());
    theory().withExamples(20_000).forAll(titles, instants, results, zones.zip(dates, Setting::new))
        .checkAssert((title, at, result, setting) -> agrees(title, at, result, setting.zone(), setting.date()));
    // Both answers must be common among the generated actions, or the test proves little.
    assertTrue(NUMBERED.get() > 2_000, NUMBERED + " actions numbered");
    assertTrue(TABLED.get() > 2_000, TABLED + " actions in a table");
  }

  private record Setting(ZoneId zone, Optional<LocalDate> date) {}

  private static void agrees(String title, Optional<Instant> at, Optional<String> result, ZoneId zone,
      Optional<LocalDate> date) {
    ResolutionAction a;
    try {
      a = ResolutionAction.builder().title(title).at(at).result(result).build();
    } catch (InvalidPostmortemException refused) {
      return; // no such action exists to be written
    }
    boolean written = !a.title().contains(NumberedTopics.END_OF_TITLE)
        && ImmediateActions.read(a.title(), ImmediateActions.rest(a, zone, date), zone, date).equals(Optional.of(a));
    assertEquals(written, ImmediateActions.readsBack(a, zone, date), () -> a + " in " + zone + " on " + date);
    (written ? NUMBERED : TABLED).incrementAndGet();
  }

  @Test
  void aResultThatReadsAsATimeIsLeftToTheTable() {
    ZoneId utc = ZoneOffset.UTC;
    Optional<LocalDate> day = Optional.of(LocalDate.of(2019, 1, 12));
    assertTrue(ImmediateActions.readsBack(action(null, "Restarted - 08:00"), utc, day));
    assertFalse(ImmediateActions.readsBack(action(null, "08:00"), utc, day), "the whole result is a time");
    assertFalse(ImmediateActions.readsBack(action(null, "08:00 - restarted"), utc, day), "a time before the dash");
    assertTrue(ImmediateActions.readsBack(action(null, "08:00 - restarted"), utc, Optional.empty()),
        "without the postmortem's date a bare time is not read as one");
    assertTrue(ImmediateActions.readsBack(action(Instant.parse("2019-01-12T08:00:00Z"), "08:00 - again"), utc, day),
        "a result after a written time is read as it is");
  }

  private static ResolutionAction action(Instant at, String result) {
    return ResolutionAction.builder().title("Restart").at(Optional.ofNullable(at)).result(result).build();
  }
}
