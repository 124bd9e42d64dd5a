package dev.postmortem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.LintRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code lint --format sarif}: a SARIF 2.1.0 log that the official schema accepts. */
class SarifOutputTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "postmortems");

  @TempDir
  Path dir;

  @Test
  void theLogOfTheBundledExamplesIsValidSarif() {
    CliRun run = CliRun.of("lint", "--format", "sarif", "--clock", "2026-12-01", EXAMPLES.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("", run.err());
    assertEquals(List.of(), SarifSchema.errors(run.out()));
  }

  @Test
  void theLogDescribesTheToolAndEveryRule() {
    JsonNode log = SarifSchema.tree(CliRun.of("lint", "--format", "sarif", "--clock", "2026-12-01",
        EXAMPLES.toString()).out());
    assertEquals("2.1.0", log.get("version").asString());
    JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
    assertEquals("postmortem", driver.get("name").asString());
    assertTrue(driver.get("version").asString().matches("[0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?"), driver::toString);
    List<String> ids = new ArrayList<>();
    driver.get("rules").forEach(rule -> ids.add(rule.get("id").asString()));
    // Every lint rule, then the import rule whose id no lint rule has (unfilled-placeholder is both).
    List<String> expected = new ArrayList<>(Arrays.stream(LintRule.values()).map(LintRule::id).toList());
    expected.add(ImportRule.UNREADABLE_VALUE.id());
    assertEquals(expected, ids);
    JsonNode first = driver.get("rules").get(0);
    assertEquals(LintRule.values()[0].description(), first.get("shortDescription").get("text").asString());
    assertEquals("warning", first.get("defaultConfiguration").get("level").asString());
  }

  @Test
  void eachFindingIsAResultWithFileAndLine() {
    CliRun text = CliRun.of("lint", "--clock", "2026-12-01", EXAMPLES.toString());
    JsonNode results = SarifSchema.tree(CliRun.of("lint", "--format", "sarif", "--clock", "2026-12-01",
        EXAMPLES.toString()).out()).get("runs").get(0).get("results");
    assertEquals(text.out().lines().count(), results.size(), "one result per finding the text format prints");
    // The text format's "2024-03-14-openai-503s.md:55: warning overdue-action-item: …"
    JsonNode overdue = null;
    for (JsonNode result : results) {
      JsonNode location = result.get("locations").get(0).get("physicalLocation");
      if (result.get("ruleId").asString().equals("overdue-action-item")
          && location.get("artifactLocation").get("uri").asString().endsWith("/2024-03-14-openai-503s.md")
          && location.get("region").get("startLine").asInt() == 55) {
        overdue = result;
      }
    }
    assertTrue(overdue != null, results::toString);
    assertEquals("warning", overdue.get("level").asString());
    assertEquals(LintRule.OVERDUE_ACTION_ITEM.ordinal(), overdue.get("ruleIndex").asInt());
    assertTrue(overdue.get("message").get("text").asString().endsWith(" on 2026-12-01"), overdue::toString);
  }

  @Test
  void anErrorIsLevelErrorAndFailsTheRun() throws IOException {
    Path file = dir.resolve("final.md");
    Files.writeString(file, LintCommandTest.FINAL, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("lint", "--format", "sarif", "--clock", "2026-04-01", file.toString());
    assertEquals(1, run.exitCode(), run::toString);
    JsonNode log = SarifSchema.tree(run.out());
    assertEquals(List.of(), SarifSchema.errors(log));
    JsonNode error = log.get("runs").get(0).get("results").get(1);
    assertEquals("final-without-root-cause", error.get("ruleId").asString());
    assertEquals("error", error.get("level").asString());
    // No single line: the result names the file and no region.
    assertFalse(error.get("locations").get(0).get("physicalLocation").has("region"), error::toString);
    assertEquals(file.toAbsolutePath().toUri().toASCIIString(),
        error.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString());
    assertTrue(log.get("runs").get(0).get("invocations").get(0).get("executionSuccessful").asBoolean());
  }

  @Test
  void anUnreadableFileIsAToolNotificationAndExitTwo() throws IOException {
    Path bad = dir.resolve("bad.md");
    Files.write(bad, new byte[] {'#', ' ', 'T', '\n', (byte) 0xff, '\n'});
    Files.writeString(dir.resolve("good.md"), LintCommandTest.DRAFT, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("lint", "--format", "sarif", "--clock", "2026-04-01", dir.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    JsonNode log = SarifSchema.tree(run.out());
    assertEquals(List.of(), SarifSchema.errors(log));
    JsonNode invocation = log.get("runs").get(0).get("invocations").get(0);
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
    assertEquals("error", notification.get("level").asString());
    assertEquals(run.err().strip(), "postmortem: " + notification.get("message").get("text").asString());
    assertEquals(3, log.get("runs").get(0).get("results").size(), "the readable file is still linted: " + run);
  }

  /** The validation is not vacuous: a log the tool must never write is refused. */
  @Test
  void theSchemaRefusesALogWithAnUnknownLevel() {
    JsonNode log = SarifSchema.tree(CliRun.of("lint", "--format", "sarif", "--clock", "2026-12-01",
        EXAMPLES.toString()).out());
    ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "warn");
    assertFalse(SarifSchema.errors(log).isEmpty());
  }
}
