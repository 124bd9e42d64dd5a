package dev.postmortem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  @TempDir
  Path dir;

  @Test
  void shownOnlyInATerminalAndPastTheThreshold() {
    assertTrue(Progress.shown(301, new Environment(true, 300)));
    assertFalse(Progress.shown(300, new Environment(true, 300)), "a few hundred files pass quickly");
    assertFalse(Progress.shown(100_000, new Environment(false, 300)), "CI logs and pipes stay quiet");
    assertFalse(Progress.shown(0, new Environment(true, 0)));
  }

  @Test
  void theDefaultThresholdIsAFewHundredFiles() {
    assertEquals(300, Environment.PROGRESS_THRESHOLD);
    assertEquals(300, Environment.detect().progressThreshold());
  }

  @Test
  void aNegativeThresholdIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Environment(true, -1));
    assertEquals("progressThreshold must not be negative but was -1", e.getMessage());
  }

  @Test
  void theLineIsRewrittenInPlaceAboutEachPercentThenErased() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.over("linting", 1000, new Environment(true, 0), new PrintWriter(err));
    for (int i = 0; i < 1000; i++) {
      progress.advance();
    }
    progress.finish();
    String text = err.toString();
    assertTrue(text.startsWith("\rpostmortem: linting 10/1000 files\rpostmortem: linting 20/1000 files\r"), text);
    assertEquals(100, text.split("postmortem: linting", -1).length - 1, "one update per percent");
    String last = "postmortem: linting 1000/1000 files";
    assertTrue(text.endsWith("\r" + last + "\r" + " ".repeat(last.length()) + "\r"), text);
    assertFalse(text.contains("\n"), "never a line of its own in the error stream");
  }

  @Test
  void lintPrintsProgressInATerminalPastTheThreshold() throws IOException {
    write(3);
    Run quiet = lint(new Environment(true, 3));
    Run shown = lint(new Environment(true, 2));
    Run piped = lint(new Environment(false, 2));
    assertEquals("", quiet.err());
    assertEquals("", piped.err());
    String last = "postmortem: linting 3/3 files";
    assertEquals("\rpostmortem: linting 1/3 files\rpostmortem: linting 2/3 files\r" + last
        + "\r" + " ".repeat(last.length()) + "\r", shown.err());
    assertEquals(quiet.out(), shown.out(), "standard output is the same either way");
    assertEquals(0, shown.exitCode());
  }

  @Test
  void reportPrintsProgressInATerminalPastTheThreshold() throws IOException {
    write(3);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = RootCommand.commandLine(new PrintWriter(out), new PrintWriter(err), new Environment(true, 2))
        .execute("report", "--clock", "2026-04-01", "--out", dir.resolve("site").toString(), dir.resolve("pm").toString());
    assertEquals(0, exit, err::toString);
    assertTrue(err.toString().startsWith("\rpostmortem: reading 1/3 files"), err::toString);
    assertTrue(err.toString().endsWith("files\r" + " ".repeat("postmortem: reading 3/3 files".length()) + "\r"),
        err::toString);
  }

  private record Run(int exitCode, String out, String err) {}

  private Run lint(Environment environment) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = RootCommand.commandLine(new PrintWriter(out), new PrintWriter(err), environment)
        .execute("lint", "--clock", "2026-04-01", dir.resolve("pm").toString());
    return new Run(exit, out.toString(), err.toString());
  }

  private void write(int files) throws IOException {
    Files.createDirectories(dir.resolve("pm"));
    for (int i = 1; i <= files; i++) {
      Files.writeString(dir.resolve("pm").resolve("2026-03-0" + i + "-queue.md"),
          "# Queue stalled " + i + "\n\n**Date:** 2026-03-0" + i + "\n\n## TL;DR\n\nThe queue stalled.\n",
          StandardCharsets.UTF_8);
    }
  }
}
