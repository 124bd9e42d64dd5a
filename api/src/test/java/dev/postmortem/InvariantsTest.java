package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The model's invariants: what builders refuse, with which path and message. */
class InvariantsTest {

  private static List<Violation> violations(Executable build) {
    return assertThrows(InvalidPostmortemException.class, build).violations();
  }

  @Test
  void everyViolationOfTheTreeIsListedInOneExceptionWithItsPath() {
    Postmortem.Builder builder = Postmortem.builder()
        .owner("@alice\n@bob")
        .startedAt(Instant.parse("2024-03-14T14:00:00Z"))
        .endedAt(Instant.parse("2024-03-14T13:00:00Z"))
        .summary(s -> s.tldr("OpenAI returned 503s\u0000 for 18 minutes."))
        .addActionItem(a -> a.description("Add backoff").completedOn(LocalDate.of(2024, 3, 20)));

    InvalidPostmortemException e = assertThrows(InvalidPostmortemException.class, builder::build);

    assertEquals("Invalid Postmortem: 5 violations\n"
        + "  title: is required\n"
        + "  owner: must be one line, found a line break U+000A at column 7\n"
        + "  endedAt: must not be before startedAt, but endedAt is 2024-03-14T13:00:00Z and "
        + "startedAt is 2024-03-14T14:00:00Z\n"
        + "  summary.tldr: must not contain control character U+0000 at line 1, column 21\n"
        + "  actionItems[0].completedOn: only a DONE item has a completion date, but status is "
        + "OPEN and completedOn is 2024-03-20", e.getMessage());
    assertEquals("Postmortem", e.typeName());
    assertEquals(5, e.violations().size());
  }

  @Test
  void aMissingTitleIsTheOnlyViolationOfAnEmptyBuilder() {
    assertEquals(List.of(new Violation("title", "is required")),
        violations(() -> Postmortem.builder().build()));
  }

  @Test
  void aTitleAloneIsAPostmortem() {
    Postmortem draft = Postmortem.builder().title("Draft").build();
    assertEquals("Draft", draft.title());
    assertEquals(Summary.empty(), draft.summary());
  }

  @Test
  void anEndBeforeTheStartIsRefusedButAnEqualOneIsNot() {
    Instant t = Instant.parse("2024-03-14T14:00:00Z");
    assertEquals(List.of(new Violation("endedAt", "must not be before startedAt, but endedAt is "
            + "2024-03-14T13:59:59.999999999Z and startedAt is 2024-03-14T14:00:00Z")),
        violations(() -> Postmortem.builder().title("t").startedAt(t).endedAt(t.minusNanos(1))
            .build()));
    assertEquals(t, Postmortem.builder().title("t").startedAt(t).endedAt(t).build()
        .endedAt().get());
  }

  @Test
  void onlyADoneItemHasACompletionDate() {
    for (ActionStatus status : List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS,
        ActionStatus.WONT_DO)) {
      assertEquals(List.of(new Violation("completedOn", "only a DONE item has a completion date, "
              + "but status is " + status + " and completedOn is 2024-03-20")),
          violations(() -> ActionItem.builder().description("Add backoff").status(status)
              .completedOn(LocalDate.of(2024, 3, 20)).build()));
    }
    ActionItem done = ActionItem.builder().description("Add backoff").status(ActionStatus.DONE)
        .completedOn(LocalDate.of(2024, 3, 20)).build();
    assertEquals(LocalDate.of(2024, 3, 20), done.completedOn().get());
  }

  @Test
  void aStandaloneNestedValueReportsPathsFromItself() {
    assertEquals(List.of(new Violation("description", "is required"),
            new Violation("actor", "must not end with white space, found U+0020")),
        violations(() -> TimelineEvent.builder().at(Instant.EPOCH).actor("@bob ").build()));
  }

  @Test
  void nestedValuesAddedAsLambdasReportFullPaths() {
    List<Violation> found = violations(() -> Postmortem.builder().title("t")
        .addEvent(TimelineEvent.at(Instant.EPOCH, "fine"))
        .addEvent(e -> e.description("two\nlines"))
        .rootCause(r -> r.addContributingFactor(Topic.of("Retries", "no cap")).addFiveWhy(" why"))
        .impact(i -> i.addAffectedService(""))
        .build());
    assertEquals(List.of(
        new Violation("impact.affectedServices[0]", "must not be empty"),
        new Violation("timeline[1].description",
            "must be one line, found a line break U+000A at column 4"),
        new Violation("rootCause.fiveWhys[0]", "must not start with white space, found U+0020")),
        found);
  }

  @Test
  void listAndMapEntriesAreCheckedWithTheirIndexOrKey() {
    List<Violation> found = violations(() -> Postmortem.builder().title("t")
        .addTags("ok", "bad\ttag ", "fine")
        .putAttribute("team", "a\u2028b")
        .putAttribute(" region", "eu")
        .build());
    assertEquals(List.of(
        new Violation("tags[1]", "must not end with white space, found U+0020"),
        new Violation("attributes[\"team\"]",
            "must be one line, found a line break U+2028 at column 2"),
        new Violation("attributes[\" region\"]", "key must not start with white space, found U+0020")),
        found);
  }

  @Test
  void instantsAreBoundToThoseEveryZoneCanShowAsADateAndTime() {
    Instant earliest = Instant.parse("-999999999-01-02T00:00:00Z");
    Instant latest = Instant.parse("+999999999-12-30T23:59:59.999999999Z");
    assertEquals(earliest, Postmortem.builder().title("t").startedAt(earliest).endedAt(latest)
        .build().startedAt().orElseThrow());
    String range = "must be from -999999999-01-02T00:00:00Z to "
        + "+999999999-12-30T23:59:59.999999999Z (a date and time in every zone), was ";
    assertEquals(List.of(
        new Violation("startedAt", range + "-1000000000-01-01T00:00:00Z"),
        new Violation("timeline[0].at", range + "+999999999-12-31T00:00:00Z")),
        violations(() -> Postmortem.builder().title("t")
            .startedAt(Instant.parse("-1000000000-01-01T00:00:00Z"))
            .addEvent(e -> e.at(latest.plusNanos(1)).description("x"))
            .build()));
    assertEquals(List.of(new Violation("at", range + Instant.MAX)), violations(() ->
        ResolutionAction.builder().at(Instant.MAX).title("x").build()));
    assertEquals(List.of(new Violation("at", range + earliest.minusNanos(1))), violations(() ->
        CodeChange.builder().commit("abc").at(earliest.minusNanos(1)).build()));
    assertEquals(List.of(new Violation("at", range + Instant.MIN)), violations(() ->
        Communication.builder().audience(Audience.INTERNAL).detail("x").at(Instant.MIN).build()));
    assertEquals(List.of(new Violation("at", range + Instant.MIN)), violations(() ->
        ReviewMeeting.builder().at(Instant.MIN).build()));
  }

  @Test
  void mapKeysAreBoundSoThatJsonReadersTakeThem() {
    String longest = "k".repeat(10_000);
    assertEquals("v", Postmortem.builder().title("t").putAttribute(longest, "v").build()
        .attributes().get(longest));
    String message = "key must be at most 10000 characters long (JSON readers limit names), was 50001";
    String shown = "[\"" + "k".repeat(40) + "…\"]";
    assertEquals(List.of(new Violation("attributes" + shown, message),
        new Violation("appendix.featureFlags" + shown, message),
        new Violation("appendix.environment" + shown, message)),
        violations(() -> Postmortem.builder().title("t").putAttribute("k".repeat(50_001), "v")
            .appendix(a -> a.putFeatureFlag("k".repeat(50_001), "on")
                .putEnvironment("k".repeat(50_001), "v"))
            .build()));
  }

  @Test
  void aMissingMapValueIsRefusedWhereItIsPut() {
    // Found by the hostile Markdown corpus: a feature-flag row cut off after its first cell. The
    // builder names the null argument at once, not an internal line at build().
    NullPointerException thrown = assertThrows(NullPointerException.class,
        () -> Appendix.builder().putFeatureFlag("ENABLE_X", null));
    assertEquals("value must not be null", thrown.getMessage());
  }

  @Test
  void smallValuesCheckThemselvesWhenBuilt() {
    assertEquals(List.of(new Violation("amount", "must not be negative, was -1.50")),
        violations(() -> CostItem.of(CostKind.REFUND, new BigDecimal("-1.50"),
            Currency.getInstance("EUR"))));
    // Found by the hostile JSON corpus: -1E-999999999 ran out of memory being printed in full.
    assertEquals(List.of(new Violation("amount",
            "must have at most 40 digits and a scale from -20 to 20, was 1 digits with scale 999999999")),
        violations(() -> CostItem.of(CostKind.REFUND, new BigDecimal("-1e-999999999"),
            Currency.getInstance("EUR"))));
    assertEquals(List.of(new Violation("amount",
            "must have at most 40 digits and a scale from -20 to 20, was 41 digits with scale 0")),
        violations(() -> CostItem.of(CostKind.REFUND, new BigDecimal("1".repeat(41)),
            Currency.getInstance("EUR"))));
    CostItem.of(CostKind.REFUND, new BigDecimal("1".repeat(20) + "." + "1".repeat(20)),
        Currency.getInstance("EUR")); // 40 digits, scale 20: the largest accepted
    assertEquals(List.of(new Violation("kind", "is required"), new Violation("amount", "is required"),
            new Violation("currency", "is required")),
        violations(() -> CostItem.builder().build()));
    assertEquals(List.of(new Violation("at",
            "a review meeting needs at least a time, a facilitator or a link")),
        violations(() -> ReviewMeeting.builder().build()));
    assertEquals(List.of(new Violation("link", "must not contain white space, found U+0020 at column 6")),
        violations(() -> PastIncident.builder().description("d").link("https x").build()));
  }

  @Test
  void severityAndPriorityCheckLabelAndRank() {
    assertEquals(List.of(new Violation("label", "must not be empty"),
            new Violation("rank", "must be 1 or more (1 is the worst), was 0")),
        violations(() -> Severity.of("", 0)));
    assertEquals(List.of(new Violation("rank", "must be 0 or more (0 is the most urgent), was -1")),
        violations(() -> Priority.of("P-1", -1)));
    assertEquals(Severity.of("sev-2", 2), Severity.SEV_2);
    assertEquals(Severity.SEV_2, Severity.standard("SEV-2").get());
    assertEquals(Priority.HIGH, Priority.standard("High").get());
  }

  @Test
  void aGroupSetToNullIsRefusedWhereItIsSet() {
    NullPointerException thrown = assertThrows(NullPointerException.class,
        () -> Postmortem.builder().title("t").summary((Summary) null));
    assertEquals("summary must not be null", thrown.getMessage());
  }
}
