package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.markdown.MarkdownImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesTheTemplateUnderTheSuggestedName() throws IOException {
    CliRun run = CliRun.of("new", "--title", "DNS outage in eu-west", "--date", "2026-03-14", dir.toString());
    assertEquals(0, run.exitCode(), run::toString);
    Path file = dir.resolve("2026-03-14-dns-outage-in-eu-west.md");
    assertEquals(file.toString().replace('\\', '/') + "\n", run.out());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("# DNS outage in eu-west\n"), text);
    Postmortem read = MarkdownImporter.create().read(file).postmortem();
    assertEquals("DNS outage in eu-west", read.title());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), read.date());
  }

  @Test
  void markdownInTheTitleIsKeptAsText() throws IOException {
    String title = "Cache *miss* storm [EU] #2";
    assertEquals(0, CliRun.of("new", "--title", title, "--date", "2026-01-02", dir.toString()).exitCode());
    Path file = dir.resolve("2026-01-02-cache-miss-storm-eu-2.md");
    assertEquals(title, MarkdownImporter.create().read(file).postmortem().title());
  }

  @Test
  void detailedLayoutAndACreatedFolder() throws IOException {
    Path folder = dir.resolve("operations/postmortems");
    CliRun run = CliRun.of("new", "--layout", "detailed", "--date", "2026-05-06", folder.toString());
    assertEquals(0, run.exitCode(), run::toString);
    String text = Files.readString(folder.resolve("2026-05-06-postmortem.md"), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("# Incident Postmortem: [Title]\n"), text);
    assertTrue(text.contains("**Date:** 2026-05-06"), text);
  }

  @Test
  void refusesToOverwrite() throws IOException {
    Path file = dir.resolve("2026-03-14-dns.md");
    Files.writeString(file, "mine", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("new", "--title", "DNS", "--date", "2026-03-14", dir.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("postmortem: " + file.toString().replace('\\', '/') + ": already exists; not overwriting it\n",
        run.err());
    assertEquals("", run.out());
    assertEquals("mine", Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void badUsageIsExitTwo() {
    assertEquals(2, CliRun.of("new", "--layout", "tiny", dir.toString()).exitCode());
    assertEquals(2, CliRun.of("new", "--date", "14/03/2026", dir.toString()).exitCode());
    assertEquals(2, CliRun.of("new", "--title", " ", dir.toString()).exitCode());
  }
}
