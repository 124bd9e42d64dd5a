package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  static final Path EXAMPLES = Path.of("..", "examples", "postmortems");

  @TempDir
  Path dir;

  @Test
  void writesTheSiteOverTheExamples() throws IOException {
    Path site = dir.resolve("site");
    CliRun run = CliRun.of("report", "--clock", "2026-12-01", "--out", site.toString(), EXAMPLES.toString());
    assertEquals(0, run.exitCode(), run::toString);
    long count;
    try (var files = Files.list(EXAMPLES)) {
      count = files.filter(f -> f.toString().endsWith(".md")).count();
    }
    assertEquals(site.resolve("index.html").toString().replace('\\', '/') + " (" + count + " postmortems)\n", run.out());
    String index = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(index.contains("<html"), index);
    assertTrue(Files.isRegularFile(site.resolve("index.md")));
    assertTrue(Files.isRegularFile(site.resolve("postmortems").resolve("2024-03-14-openai-503s.md")));
  }

  @Test
  void filesFromSeveralFoldersMakeOneSite() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Files.createDirectories(a);
    Files.createDirectories(b);
    Files.copy(EXAMPLES.resolve("2024-03-14-openai-503s.md"), a.resolve("2024-03-14-openai-503s.md"));
    Files.copy(EXAMPLES.resolve("2025-09-30-cert-expiry.md"), b.resolve("2025-09-30-cert-expiry.md"));
    Path site = dir.resolve("site");
    CliRun run = CliRun.of("report", "--out", site.toString(), a.toString(), b.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().endsWith(" (2 postmortems)\n"), run::toString);
  }

  @Test
  void anUnreadableFileWritesNothing() throws IOException {
    Path folder = dir.resolve("postmortems");
    Files.createDirectories(folder);
    Files.copy(EXAMPLES.resolve("2024-03-14-openai-503s.md"), folder.resolve("2024-03-14-openai-503s.md"));
    Files.write(folder.resolve("bad.md"), new byte[] {'#', ' ', (byte) 0xc3, '\n'});
    Path site = dir.resolve("site");
    CliRun run = CliRun.of("report", "--out", site.toString(), folder.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("postmortem: " + folder.resolve("bad.md").toString().replace('\\', '/') + ":1: "),
        run::toString);
    assertFalse(Files.exists(site), "nothing written");
  }

  @Test
  void aFolderWithoutMarkdownIsExitTwo() {
    CliRun run = CliRun.of("report", "--out", dir.resolve("site").toString(), dir.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertFalse(Files.exists(dir.resolve("site")));
  }
}
