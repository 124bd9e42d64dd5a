package dev.postmortem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.cli.SarifSchema;
import dev.postmortem.lint.ImportFinding;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.LintRule;
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
            LintFinding.of(LintRule.OVERDUE_ACTION_ITEM, "actionItems[0].dueDate",
                "\"Add an alert\" was due 2026-03-10 and is OPEN on 2026-04-01").atLine(18)),
        new FileFinding(BASE.resolve("ops/pm/2026-03-01-queue.md"),
            LintFinding.of(LintRule.FINAL_WITHOUT_ACTION_ITEMS, "", "the postmortem is FINAL but has no action items"))),
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
            "ruleId": "final-without-action-items",
            "ruleIndex": 5,
            "level": "error",
            "message": {"text": "the postmortem is FINAL but has no action items"},
            "locations": [{"physicalLocation": {
              "artifactLocation": {"uri": "ops/pm/2026-03-01-queue.md"}}}]
          }
        ]
        """);
    assertEquals(expected, SarifSchema.tree(log).get("runs").get(0).get("results"));
  }

  /**
   * An import finding points at the descriptor of its id: unfilled-placeholder at the lint rule's
   * (the two report the same thing), unreadable-value at the one import rule described after the
   * lint rules.
   */
  @Test
  void importFindingsPointAtTheDescriptorOfTheirId() {
    String log = SarifLog.write(List.of(
        new FileFinding(BASE.resolve("a.md"),
            ImportFinding.of(ImportRule.UNFILLED_PLACEHOLDER, "owner", "\"@owner\" is a template placeholder", 4)),
        new FileFinding(BASE.resolve("a.md"),
            ImportFinding.of(ImportRule.UNREADABLE_VALUE, "date", "Date \"soon\" is not a date", 5))),
        List.of(), BASE, "1.2.3");
    assertEquals(List.of(), SarifSchema.errors(log));
    JsonNode run = SarifSchema.tree(log).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertEquals(LintRule.values().length + 1, rules.size());
    for (JsonNode result : run.get("results")) {
      JsonNode rule = rules.get(result.get("ruleIndex").asInt());
      assertEquals(result.get("ruleId").asString(), rule.get("id").asString());
    }
    assertEquals(LintRule.UNFILLED_PLACEHOLDER.ordinal(), run.get("results").get(0).get("ruleIndex").asInt());
    assertEquals(LintRule.values().length, run.get("results").get(1).get("ruleIndex").asInt());
    assertEquals(ImportRule.UNREADABLE_VALUE.description(),
        rules.get(LintRule.values().length).get("shortDescription").get("text").asString());
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
