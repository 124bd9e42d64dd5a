package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.LintRule;
import dev.postmortem.lint.Placeholders;
import dev.postmortem.lint.PostmortemLinter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  @ParameterizedTest
  @ValueSource(strings = {"[YYYY-MM-DD]", "[Name]", "...", "…", "YYYY-MM-DD", "HH:MM", "@owner",
      "@incident-commander", "TBD", "[Start Time] - [End Time] ([Total Duration])",
      "**[Action 1]**", "**[Factor 1]:** [Description and impact]", " [Name] "})
  void placeholders(String text) {
    assertTrue(Placeholders.isPlaceholder(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"@alice", "Alice", "[analysis](/features/analysis.md)", "[ ] open",
      "[x]", "2024-03-14", "14:02", "sev-1 / sev-2", "T", "Fix [the] bug", ""})
  void notPlaceholders(String text) {
    assertFalse(Placeholders.isPlaceholder(text), text);
  }

  @Test
  void theLinterReportsPlaceholdersLeftInFields() {
    Postmortem p = Postmortem.builder().title("Outage").owner("@owner")
        .addActionItem(a -> a.description("[Action 1]").owner("Bob")).build();
    List<LintFinding> findings = PostmortemLinter.create().lint(p).stream()
        .filter(f -> f.rule() == LintRule.UNFILLED_PLACEHOLDER).toList();
    assertEquals(List.of(
        LintFinding.of(LintRule.UNFILLED_PLACEHOLDER, "owner", "\"@owner\" is a template placeholder"),
        LintFinding.of(LintRule.UNFILLED_PLACEHOLDER, "actionItems[0].description",
            "\"[Action 1]\" is a template placeholder")), findings);
  }
}
