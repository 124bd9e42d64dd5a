package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.EventKind;
import dev.postmortem.Horizon;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The data the importer recognises sections, instructions and event kinds by. */
class SectionRecognitionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "## impact | IMPACT",
      "2) Impact | IMPACT",
      "1. Summary | SUMMARY",
      ":warning: Leadup | WHAT_HAPPENED",
      "🔥 Timeline | TIMELINE",
      "Timeline (all times PST) | TIMELINE",
      "Root Cause: | ROOT_CAUSE",
      "Root cause of the outage | ROOT_CAUSE",
      "How'd We Do? | LESSONS",
      "Messaging | COMMUNICATIONS",
      "Supporting information | EVIDENCE",
      "Follow-up Actions Tracking | FOLLOW_UP_TRACKING",
      "Review and Approval | REVIEW",
      "System Configuration at Time of Incident | CONFIGURATION",
      "What we're changing | ACTION_ITEMS"})
  void headingsNameTheirHome(String heading, SectionHome home) {
    assertEquals(Optional.of(home), SectionHome.of(heading.replaceFirst("^#+ ", "")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zeitablauf", "Random thoughts", "Team"})
  void otherHeadingsHaveNoHome(String heading) {
    assertEquals(Optional.empty(), SectionHome.of(heading));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Immediate Actions (Within 24 hours) | IMMEDIATE",
      "Short-term Actions (Within 1 week) | SHORT_TERM",
      "Long term | LONG_TERM"})
  void horizonHeadings(String heading, Horizon horizon) {
    assertEquals(Optional.of(horizon), SectionHome.horizon(heading));
  }

  @Test
  void theTemplatesInstructionsAreKnownHoweverEmphasised() {
    assertTrue(Templates.isInstruction(
        "A 2-3 sentence executive summary. What broke, who was affected, how it was fixed, what we'll do about it."));
    assertTrue(Templates.isInstruction("_The fundamental issue that caused the incident_"));
    assertTrue(Templates.isInstruction("number / percentage."));
    assertTrue(Templates.isInstruction("> The mechanical cause and the contributing factors. **Avoid blame.** "
        + "Look for systemic issues."));
    assertFalse(Templates.isInstruction("The fundamental issue was a missing index."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "**OUTAGE BEGINS** search melts down | STARTED",
      "Alert fired for checkout latency | ALERTED",
      "On-call acknowledged the page | ACKNOWLEDGED",
      "Escalated to the database team | ESCALATED",
      "Root cause identified: a missing index | IDENTIFIED",
      "Rolled back to v41; impact mitigated | MITIGATED",
      "Incident resolved | RESOLVED",
      "Verified recovery on the dashboards | VERIFIED",
      "First report from a customer | DETECTED",
      "**Mitigated** by failing over | MITIGATED",
      "Finance reports missing payouts | DETECTED",
      "Resolution restored everywhere | RESOLVED"})
  void eventWordsGiveTheKind(String description, EventKind kind) {
    assertEquals(Optional.of(kind), EventKinds.of(description));
  }

  @Test
  void anEventWithoutMilestoneWordsHasNoKind() {
    assertEquals(Optional.empty(), EventKinds.of("Deployed v42 to the canary"));
  }
}
