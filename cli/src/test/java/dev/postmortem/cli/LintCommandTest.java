package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  /** A final postmortem without a root cause (an error) and an ownerless, overdue action item. */
  static final String FINAL = """
      # Post-mortem: Queue stalled

      | | |
      | --- | --- |
      | **Date** | 2026-03-01 |
      | **Severity** | sev-2 |
      | **Owner** | @bob |
      | **Status** | final |

      ## TL;DR

      The queue stalled for an hour.

      ## Action items

      | Action | Owner | Due | Status |
      | --- | --- | --- | --- |
      | Add an alert | | 2026-03-10 | open |
      """;

  /** The same as a draft: warnings only. */
  static final String DRAFT = FINAL.replace("| final |", "| draft |");

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void githubFormatAnnotatesEachFindingWithFileAndLine() throws IOException {
    String file = write("2026-03-01-queue.md", FINAL).toString().replace('\\', '/').replace(":", "%3A");
    CliRun run = CliRun.of("lint", "--format", "github", "--clock", "2026-04-01", dir.toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(String.join("\n",
        "::warning file=" + file + ",title=no-detection-event::the timeline is empty",
        "::error file=" + file + ",title=final-without-root-cause::the postmortem is FINAL but its root cause is empty",
        "::warning file=" + file + ",line=18,title=action-item-without-owner::\"Add an alert\" has no owner",
        "::warning file=" + file + ",line=18,title=overdue-action-item::\"Add an alert\" was due 2026-03-10 and is OPEN on 2026-04-01",
        ""), run.out());
    assertEquals("", run.err());
  }

  @Test
  void textFormatNamesFileAndLine() throws IOException {
    String file = write("a.md", DRAFT).toString().replace('\\', '/');
    CliRun run = CliRun.of("lint", "--clock", "2026-04-01", file);
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(String.join("\n",
        file + ": warning no-detection-event: the timeline is empty (timeline)",
        file + ":18: warning action-item-without-owner: \"Add an alert\" has no owner (actionItems[0].owner)",
        file + ":18: warning overdue-action-item: \"Add an alert\" was due 2026-03-10 and is OPEN on 2026-04-01"
            + " (actionItems[0].dueDate)",
        ""), run.out());
  }

  @Test
  void failOnWarningFailsOnWarnings() throws IOException {
    Path file = write("a.md", DRAFT);
    assertEquals(0, CliRun.of("lint", "--clock", "2026-04-01", file.toString()).exitCode());
    assertEquals(1, CliRun.of("lint", "--fail-on", "warning", "--clock", "2026-04-01", file.toString()).exitCode());
    assertEquals(1, CliRun.of("lint", "--clock", "2026-04-01", write("b.md", FINAL).toString()).exitCode());
  }

  @Test
  void jsonFormatListsTheFindings() throws IOException {
    String file = write("a.md", DRAFT).toString().replace('\\', '/');
    CliRun run = CliRun.of("lint", "--format", "json", "--clock", "2026-04-01", file);
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("[\n  {\"file\": \"" + file.replace("\\", "\\\\") + "\", \"line\": 0,"), run::toString);
    assertTrue(run.out().contains("\"line\": 18, \"severity\": \"warning\", \"rule\": \"overdue-action-item\""),
        run::toString);
    assertTrue(run.out().endsWith("}\n]\n"), run::toString);
  }

  @Test
  void theBundledExamplesHaveNoErrors() {
    CliRun run = CliRun.of("lint", "--clock", "2026-12-01", Path.of("..", "examples", "postmortems").toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("2024-03-14-openai-503s.md:55: warning overdue-action-item:"), run::toString);
  }

  @Test
  void unreadableUtf8IsExitTwoNamingFileAndLine() throws IOException {
    Path file = dir.resolve("bad.md");
    Files.write(file, new byte[] {'#', ' ', 'T', '\n', (byte) 0xff, '\n'});
    write("good.md", DRAFT);
    CliRun run = CliRun.of("lint", "--clock", "2026-04-01", dir.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("postmortem: " + file.toString().replace('\\', '/') + ":2: "), run::toString);
    assertTrue(run.out().contains("good.md:18: warning"), "the readable file is still linted: " + run);
  }

  @Test
  void aFilePastTheSizeLimitIsExitTwo() throws IOException {
    Path file = write("huge.md", "# Huge\n\n" + "x".repeat(4 * 1024 * 1024 + 10) + "\n");
    CliRun run = CliRun.of("lint", file.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("postmortem: " + file.toString().replace('\\', '/')), run::toString);
    assertEquals(1, run.err().lines().count(), "one line, no stack trace: " + run);
  }

  @Test
  void aFolderWithoutMarkdownIsExitTwo() throws IOException {
    Files.createDirectories(dir.resolve("notes.md"));
    write("readme.txt", "not markdown");
    CliRun run = CliRun.of("lint", dir.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("postmortem: " + dir.toString().replace('\\', '/') + ": no *.md files in this folder\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void aMissingPathIsExitTwo() {
    CliRun run = CliRun.of("lint", dir.resolve("missing").toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().endsWith("missing: no such file or folder\n"), run::toString);
  }

  @Test
  void badUsageIsExitTwo() {
    assertEquals(2, CliRun.of("lint", "--format", "xml", "x.md").exitCode());
    assertEquals(2, CliRun.of("lint").exitCode());
    assertEquals(2, CliRun.of("lint", "--clock", "yesterday", "x.md").exitCode());
    assertEquals(2, CliRun.of().exitCode());
    assertEquals(2, CliRun.of("frobnicate").exitCode());
  }

  @Test
  void debugShowsTheStackTrace() {
    CliRun run = CliRun.of("lint", "--debug", dir.resolve("missing").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("\tat dev.postmortem.cli"), run::toString);
  }
}
