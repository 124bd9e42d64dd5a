package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postmortem.lint.FindingRule;
import dev.postmortem.lint.ImportFinding;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.LintRule;
import dev.postmortem.lint.LintSeverity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FindingsTest {

  @Test
  void everyRuleHasAKebabCaseIdUniqueWithinItsKind() {
    for (FindingRule[] rules : List.of(LintRule.values(), ImportRule.values())) {
      assertEquals(rules.length, Arrays.stream(rules).map(FindingRule::id).distinct().count());
      for (FindingRule rule : rules) {
        assertEquals(((Enum<?>) rule).name().toLowerCase(Locale.ROOT).replace('_', '-'), rule.id());
      }
    }
  }

  @Test
  void onlyThePlaceholderRuleIsSharedBetweenTheLinterAndImporters() {
    List<String> lintIds = Arrays.stream(LintRule.values()).map(LintRule::id).toList();
    assertEquals(List.of("unfilled-placeholder"),
        Arrays.stream(ImportRule.values()).map(ImportRule::id).filter(lintIds::contains).toList());
    assertEquals(LintRule.UNFILLED_PLACEHOLDER.severity(), ImportRule.UNFILLED_PLACEHOLDER.severity());
  }

  @Test
  void onlyWhatAFinalPostmortemMustHaveIsAnError() {
    Map<LintSeverity, List<String>> bySeverity = Stream.<FindingRule>concat(
            Arrays.stream(LintRule.values()), Arrays.stream(ImportRule.values()))
        .collect(Collectors.groupingBy(FindingRule::severity,
            Collectors.mapping(FindingRule::id, Collectors.toList())));
    assertEquals(List.of("final-without-root-cause", "final-without-action-items"),
        bySeverity.get(LintSeverity.ERROR));
    assertEquals(null, bySeverity.get(LintSeverity.INFO));
  }

  @Test
  void aFindingTakesItsIdAndSeverityFromItsRule() {
    LintFinding lint = LintFinding.of(LintRule.FINAL_WITHOUT_ROOT_CAUSE, "rootCause", "empty");
    assertEquals("final-without-root-cause", lint.ruleId());
    assertEquals(LintSeverity.ERROR, lint.severity());
    ImportFinding imported = ImportFinding.of(ImportRule.UNREADABLE_VALUE, "date", "not a date", 4);
    assertEquals("unreadable-value", imported.ruleId());
    assertEquals(LintSeverity.WARNING, imported.severity());
  }

  @Test
  void aLintFindingAndAnImportFindingOfTheSameIdAreNotEqual() {
    assertNotEquals(LintFinding.of(LintRule.UNFILLED_PLACEHOLDER, "owner", "m").atLine(3),
        ImportFinding.of(ImportRule.UNFILLED_PLACEHOLDER, "owner", "m", 3));
  }

  @Test
  void theLineIsOptionalAndOneBased() {
    LintFinding finding = LintFinding.of(LintRule.MISSING_OWNER, "owner", "no owner is set");
    assertEquals(Optional.empty(), finding.line());
    assertEquals(Optional.of(7), finding.atLine(7).line());
    assertEquals(Optional.of(7), ImportFinding.of(ImportRule.UNREADABLE_VALUE, "date", "x", 7).line());
    assertEquals("line must be 1 or more but was 0",
        assertThrows(IllegalArgumentException.class, () -> finding.atLine(0)).getMessage());
    assertEquals("line must be 1 or more but was -2", assertThrows(IllegalArgumentException.class,
        () -> ImportFinding.of(ImportRule.UNREADABLE_VALUE, "date", "x", -2)).getMessage());
  }

  @Test
  void aFindingReadsAsOneLogLine() {
    assertEquals("WARNING missing-owner owner: no owner is set",
        LintFinding.of(LintRule.MISSING_OWNER, "owner", "no owner is set").toString());
    assertEquals("WARNING unfilled-placeholder owner (line 9): \"@owner\" is a template placeholder",
        ImportFinding.of(ImportRule.UNFILLED_PLACEHOLDER, "owner",
            "\"@owner\" is a template placeholder", 9).toString());
    assertEquals("ERROR final-without-action-items (document) (line 2): m",
        new LintFinding(LintRule.FINAL_WITHOUT_ACTION_ITEMS, "", "m", Optional.of(2)).toString());
  }
}
