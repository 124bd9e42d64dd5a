package dev.postmortem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.cli.SarifSchema;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.LintSeverity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SarifLogTest {
  private static final Path BASE = Path.of("/work/repo").toAbsolutePath();

  @Test
  void resultsNameTheFileRelativeToTheWorkingFolderWithTheLine() {
    String log = SarifLog.write(List.of(
        new FileFinding(BASE.resolve("ops/pm/2026-03-01-queue.md"),
            new LintFinding("overdue-action-item", LintSeverity.WARNING, "actionItems[0].dueDate",
                "\"Add an alert\" was due 2026-03-10 and is OPEN on 2026-04-01", 18)),
        new FileFinding(BASE.resolve("ops/pm/2026-03-01-queue.md"),
            new LintFinding("a-plugin-rule", LintSeverity.INFO, "", "a note for the whole document", 0))),
        List.of(), BASE, "1.2.3");
    assertEquals(List.of(), SarifSchema.errors(log));
    JsonNode expected = SarifSchema.tree("""
        [
          {
            "ruleId": "overdue-action-item",
            "ruleIndex": 8,
            "level": "warning",
            "message": {"text": "\\"Add an alert\\" was due 2026-03-10 and is OPEN on 2026-04-01"},
            "locations": [{"physicalLocation": {
              "artifactLocation": {"uri": "ops/pm/2026-03-01-queue.md"},
              "region": {"startLine": 18}}}],
            "properties": {"path": "actionItems[0].dueDate"}
          },
          {
            "ruleId": "a-plugin-rule",
            "level": "note",
            "message": {"text": "a note for the whole document"},
            "locations": [{"physicalLocation": {
              "artifactLocation": {"uri": "ops/pm/2026-03-01-queue.md"}}}]
          }
        ]
        """);
    assertEquals(expected, SarifSchema.tree(log).get("runs").get(0).get("results"));
  }

  @Test
  void theLogStartsWithSchemaAndVersionAndEndsWithALineBreak() {
    String log = SarifLog.write(List.of(), List.of(), BASE, "1.2.3");
    assertEquals(List.of(), SarifSchema.errors(log));
    assertEquals("{\n  \"$schema\": \"" + SarifLog.SCHEMA + "\",\n  \"version\": \"2.1.0\",\n  \"runs\": [",
        log.substring(0, log.indexOf('[') + 1));
    assertEquals("}\n", log.substring(log.length() - 2));
    assertEquals("1.2.3", SarifSchema.tree(log).get("runs").get(0).get("tool").get("driver").get("version").asString());
  }
}
