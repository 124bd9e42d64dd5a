package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
  @TempDir
  Path dir;

  /**
   * examples/postmortems/2025-09-30-cert-expiry.md: a title, a metadata table (lines 3-8), then
   * TL;DR (10-12), Timeline (14-23: a zone note and four events of kinds started, alerted,
   * acknowledged and resolved at 00:00, 00:07, 00:15 and 00:52 on the 30th), Root cause (25-27)
   * and Action items (29-34: one done, one open due 2025-10-31 owned by @li, on line 34). No
   * duration is stated, so only the milestones are known, measured from the started event.
   */
  @Test
  void showsSectionsFindingsAndDerivedFactsOfABundledExample() {
    String file = Path.of("..", "examples", "postmortems", "2025-09-30-cert-expiry.md").toString();
    CliRun run = CliRun.of("show", "--clock", "2026-12-01", file);
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(String.join("\n",
        file.replace('\\', '/') + ": TLS certificate expired on the public API",
        "",
        "Sections",
        "  lines  heading       read into",
        "  10-12  TL;DR         summary.tldr",
        "  14-23  Timeline      timeline",
        "  25-27  Root cause    rootCause.primaryCause",
        "  29-34  Action items  actionItems",
        "",
        "Findings",
        "  34: warning overdue-action-item: \"Alert 30 days before expiry\" was due 2025-10-31 and is OPEN"
            + " on 2026-12-01 (actionItems[1].dueDate)",
        "",
        "Derived facts",
        "  duration      unknown (no start and end time)",
        "  start         2025-09-30T00:00Z",
        "  detected      2025-09-30T00:07Z (time to detect 7m)",
        "  acknowledged  2025-09-30T00:15Z (time to acknowledge 15m)",
        "  mitigated     unknown",
        "  resolved      2025-09-30T00:52Z (time to resolve 52m)",
        "  overdue       1 of 2 action items on 2026-12-01",
        "    - \"Alert 30 days before expiry\" (@li), due 2025-10-31, OPEN",
        ""), run.out());
    assertEquals("", run.err());
  }

  /**
   * A hand-written draft (LintCommandTest.DRAFT: TL;DR on lines 10-12, an action item table on
   * 14-18) with a heading the importer does not know on line 20: it goes to a custom section,
   * which is why no model field holds its text.
   */
  @Test
  void anUnrecognisedHeadingShowsItsCustomSection() throws IOException {
    Path file = dir.resolve("notes.md");
    Files.writeString(file, LintCommandTest.DRAFT + "\n## Weather report\n\nIt rained.\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("show", "--clock", "2026-04-01", file.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("\n\nSections\n"
        + "  lines  heading         read into\n"
        + "  10-12  TL;DR           summary.tldr\n"
        + "  14-18  Action items    actionItems\n"
        + "  20-22  Weather report  customSections[0]\n\n"), run::toString);
    assertTrue(run.out().contains("\n  duration      unknown (no start and end time)\n"
        + "  start         unknown\n"), run::toString);
    assertTrue(run.out().endsWith("  overdue       1 of 1 action items on 2026-04-01\n"
        + "    - \"Add an alert\", due 2026-03-10, OPEN\n"), run::toString);
  }

  /** A document in this library's own Markdown is read field by field, without sections. */
  @Test
  void aDocumentThisLibraryWroteListsNoSections() throws IOException {
    Path file = dir.resolve("own.md");
    Files.writeString(file, "# Queue stalled\n\n**Date:** 2026-03-01\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("show", "--clock", "2026-04-01", file.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("\nSections\n  none listed: a document this library wrote is read exactly\n"),
        run::toString);
  }

  @Test
  void aFolderIsExitTwoInOneLine() {
    CliRun run = CliRun.of("show", dir.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("postmortem: " + dir.toString().replace('\\', '/') + ": not a readable file\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void unreadableUtf8IsExitTwoNamingFileAndLine() throws IOException {
    Path file = dir.resolve("bad.md");
    Files.write(file, new byte[] {'#', ' ', 'T', '\n', (byte) 0xff, '\n'});
    CliRun run = CliRun.of("show", file.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("postmortem: " + file.toString().replace('\\', '/') + ":2: "), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertEquals("", run.out());
  }

  @Test
  void exactlyOneFileIsExpected() {
    assertEquals(2, CliRun.of("show").exitCode());
    assertEquals(2, CliRun.of("show", "a.md", "b.md").exitCode());
  }
}
