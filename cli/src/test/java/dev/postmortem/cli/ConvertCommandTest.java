package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.json.JsonFormat;
import dev.postmortem.markdown.MarkdownImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  static final Path EXAMPLE = Path.of("..", "examples", "postmortems", "2024-03-14-openai-503s.md");

  @TempDir
  Path dir;

  @Test
  void markdownToJsonAndBackGivesTheSamePostmortem() throws IOException {
    Path markdown = dir.resolve("markdown");
    Path json = dir.resolve("json");
    Path again = dir.resolve("again");
    assertEquals(0, CliRun.of("convert", "--to", "markdown", "--out", markdown.toString(), EXAMPLE.toString()).exitCode());
    Path first = markdown.resolve("2024-03-14-openai-503s.md");
    CliRun toJson = CliRun.of("convert", "--to", "json", "--out", json.toString(), first.toString());
    assertEquals(0, toJson.exitCode(), toJson::toString);
    Path jsonFile = json.resolve("2024-03-14-openai-503s.json");
    assertEquals(jsonFile.toString().replace('\\', '/') + "\n", toJson.out());
    assertEquals(0, CliRun.of("convert", "--to", "markdown", "--out", again.toString(), jsonFile.toString()).exitCode());
    Path second = again.resolve("2024-03-14-openai-503s.md");

    assertEquals(Files.readString(first, StandardCharsets.UTF_8), Files.readString(second, StandardCharsets.UTF_8));
    Postmortem original = MarkdownImporter.create().read(EXAMPLE).postmortem();
    assertEquals(original, MarkdownImporter.create().read(second).postmortem());
    try (var in = Files.newInputStream(jsonFile)) {
      assertEquals(original, JsonFormat.create().parser().orElseThrow().parse(in));
    }
  }

  @Test
  void toStandardOutput() {
    CliRun json = CliRun.of("convert", "--to", "json", EXAMPLE.toString());
    assertEquals(0, json.exitCode(), json::toString);
    assertTrue(json.out().startsWith("{"), json::toString);
    CliRun html = CliRun.of("convert", "--to", "html", "--layout", "detailed", EXAMPLE.toString());
    assertEquals(0, html.exitCode(), html::toString);
    assertTrue(html.out().contains("</html>"), html::toString);
  }

  @Test
  void anUnreadableFileWritesNothing() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"title\": ", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("convert", "--to", "markdown", "--out", out.toString(), EXAMPLE.toString(), bad.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("postmortem: " + bad.toString().replace('\\', '/')), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void aFolderOrAMissingFileIsExitTwo() {
    assertEquals(2, CliRun.of("convert", "--to", "json", dir.toString()).exitCode());
    assertEquals(2, CliRun.of("convert", "--to", "json", dir.resolve("missing.md").toString()).exitCode());
    assertEquals(2, CliRun.of("convert", EXAMPLE.toString()).exitCode());
    assertEquals(2, CliRun.of("convert", "--to", "pdf", EXAMPLE.toString()).exitCode());
  }
}
