package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postmortem.Postmortem;
import dev.postmortem.format.Formats;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.format.PostmortemParser;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What the Markdown parser says about documents it cannot read: where, expected and found. */
class MarkdownParseErrorsTest {
  private static final PostmortemParser PARSER = MarkdownFormat.create().parser().orElseThrow();

  private static void assertRefused(Problem problem, String message, String markdown) {
    PostmortemParseException e = assertThrows(PostmortemParseException.class, () -> PARSER.parse(markdown));
    assertEquals(message, e.getMessage());
    assertEquals(problem, e.problem());
  }

  @Test
  void aDocumentStartsWithItsTitle() {
    assertRefused(Problem.UNEXPECTED, "Expected a level-1 heading with the title but was a "
        + "paragraph at line 1, column 1", "Just some text\n");
    assertRefused(Problem.UNEXPECTED, "Expected a level-1 heading with the title but was an empty "
        + "document at line 1, column 1", "");
  }

  @Test
  void theSourceIsPreparedAsTheImporterPreparesIt() {
    // A byte order mark and CR LF or CR line endings are read as if absent.
    assertEquals(PARSER.parse("# T\n\n**Owner:** @a\n"), PARSER.parse("\uFEFF# T\r\n\r**Owner:** @a\r\n"));
    // A control character is refused where it is, before any block is read.
    assertRefused(Problem.MALFORMED, "Expected text without control characters or unpaired "
        + "surrogates but was U+0007 at line 3, column 3", "# T\r\n\r\nab\u0007c\n");
  }

  @Test
  void aBadDateNamesItsLine() {
    assertRefused(Problem.UNEXPECTED, "Expected a date such as 2024-03-14 but was \"next Tuesday\" "
        + "at line 5, column 1", "# T\n\n|  |  |\n| --- | --- |\n| **Date** | next Tuesday |\n");
  }

  @Test
  void aRankNoIntHoldsIsRefused() {
    assertRefused(Problem.UNEXPECTED, "Expected a rank from -2147483648 to 2147483647 but was "
        + "\"x (rank 2147483648)\" at line 5, column 1",
        "# T\n\n|  |  |\n| --- | --- |\n| **Severity** | x (rank 2147483648) |\n");
  }

  @Test
  void aBadTimeNamesItsCell() {
    assertRefused(Problem.UNEXPECTED, "Expected a time such as 14:02 or 2024-03-15 00:10 but was "
        + "\"25:99\" at line 9, column 3", "# T\n\n**Date:** 2024-03-14\n\n## Timeline\n\n"
        + "| Time | Event |\n| --- | --- |\n| 25:99 | Alert fires |\n");
  }

  @Test
  void aKnownSectionMustHaveItsStructure() {
    assertRefused(Problem.UNEXPECTED, "Expected a table with the columns Time, Kind, Event, "
        + "Action Taken, Actor, Data but was a paragraph at line 5, column 1",
        "# T\n\n## Timeline\n\nAt two the alert fired.\n");
    assertRefused(Problem.UNEXPECTED, "Expected a subsection this section has but was \"Notes\" at "
        + "line 5, column 1", "# T\n\n## Lessons learned\n\n### Notes\n\ntext\n");
  }

  @Test
  void anUnknownLabelIsNamed() {
    assertRefused(Problem.UNEXPECTED, "Expected one of Detail, Detected by, Method, Why not sooner "
        + "as **Label:** value but was \"**Pager:** yes\" at line 5, column 1",
        "# T\n\n## Detection\n\n- **Pager:** yes\n");
  }

  @Test
  void anUnknownSeverityIsNamed() {
    assertRefused(Problem.UNEXPECTED, "Expected a severity such as sev-2, High or \"P1 (rank 1)\" "
        + "but was \"bad\" at line 3, column 1", "# T\n\n**Severity:** bad\n");
  }

  @Test
  void modelViolationsAreReportedAtTheLineOfTheirField() {
    assertRefused(Problem.INVALID, "Expected a value the model accepts but was endedAt \"must not be "
        + "before startedAt, but endedAt is 2024-03-14T13:00:00Z and startedAt is "
        + "2024-03-14T14:00:00Z\" at line 4, column 1",
        "# T\n\n**Started:** 2024-03-14 14:00  \n**Ended:** 2024-03-14 13:00\n");
  }

  @Test
  void windowsLineEndingsReadLikeUnixOnes() {
    Postmortem p = PARSER.parse("# T\r\n\r\n**Owner:** @alice  \r\n**Started:** 2024-03-14 14:00\r\n");
    assertEquals("@alice", p.owner().get());
    assertEquals(Instant.parse("2024-03-14T14:00:00Z"), p.startedAt().get());
  }

  @Test
  void theZoneSentenceSetsTheZoneOfEveryTime() {
    Postmortem p = PARSER.parse("# T\n\n**Started:** 2024-03-14 14:00\n\nAll times Europe/Berlin.\n");
    assertEquals(ZoneId.of("Europe/Berlin"), p.zone());
    assertEquals(Instant.parse("2024-03-14T13:00:00Z"), p.startedAt().get());
  }

  @Test
  void headingsAreMatchedIgnoringCaseAndInEitherLayout() {
    Postmortem p = PARSER.parse("# T\n\n## WHAT WENT WELL\n\n- Alerts\n\n## executive summary\n\n"
        + "Short.\n\n## Unknown Things\n\nKept as they are.\n");
    assertEquals("Alerts", p.whatWentWell().get(0));
    assertEquals("Short.", p.summary().tldr().get());
    assertEquals("Unknown Things", p.customSections().get(0).heading());
    assertEquals("Kept as they are.", p.customSections().get(0).body());
  }

  @Test
  void theFormatIsFoundThroughTheServiceLoader() {
    assertEquals("markdown", Formats.named("markdown").name());
  }
}
