package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.LintRule;
import dev.postmortem.lint.PostmortemLinter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterTest {
  private static final Clock APRIL_FIRST =
      Clock.fixed(Instant.parse("2024-04-01T09:00:00Z"), ZoneOffset.UTC);
  private static final Instant T = Instant.parse("2024-03-14T14:00:00Z");

  private static List<LintFinding> lint(Postmortem p) {
    return PostmortemLinter.builder().clock(APRIL_FIRST).build().lint(p);
  }

  /** A postmortem that no rule complains about. */
  private static Postmortem.Builder clean() {
    return Postmortem.builder().title("OpenAI 503s").date(LocalDate.of(2024, 3, 14))
        .severity(Severity.SEV_2).owner("@alice").summary(s -> s.tldr("Short summary."))
        .addEvent(TimelineEvent.at(T, EventKind.ALERTED, "Alert fires"));
  }

  @Test
  void aCompletePostmortemHasNoFindings() {
    assertEquals(List.of(), lint(clean().build()));
  }

  @Test
  void aBareDraftIsMissingEverythingARuleAsksFor() {
    assertEquals(List.of(
            LintFinding.of(LintRule.MISSING_DATE, "date", "no date is set"),
            LintFinding.of(LintRule.MISSING_SEVERITY, "severity", "no severity is set"),
            LintFinding.of(LintRule.MISSING_OWNER, "owner", "no owner is set"),
            LintFinding.of(LintRule.MISSING_SUMMARY, "summary", "the summary is empty"),
            LintFinding.of(LintRule.NO_DETECTION_EVENT, "timeline", "the timeline is empty")),
        lint(Postmortem.builder().title("Draft").build()));
  }

  @Test
  void aFinalPostmortemNeedsRootCauseAndActionItems() {
    assertEquals(List.of(
            LintFinding.of(LintRule.FINAL_WITHOUT_ROOT_CAUSE, "rootCause",
                "the postmortem is FINAL but its root cause is empty"),
            LintFinding.of(LintRule.FINAL_WITHOUT_ACTION_ITEMS, "actionItems",
                "the postmortem is FINAL but has no action items")),
        lint(clean().documentStatus(DocumentStatus.FINAL).build()));
    assertEquals(List.of(), lint(clean().documentStatus(DocumentStatus.IN_REVIEW).build()));
  }

  @Test
  void pendingActionItemsNeedOwnerAndDueDateAndMustNotBeOverdue() {
    Postmortem p = clean()
        .addActionItem(a -> a.description("No owner").dueDate(LocalDate.of(2024, 4, 10)))
        .addActionItem(a -> a.description("No due date").owner("@bob"))
        .addActionItem(a -> a.description("Late").owner("@bob").dueDate(LocalDate.of(2024, 3, 31))
            .status(ActionStatus.IN_PROGRESS))
        .addActionItem(a -> a.description("Done without owner").status(ActionStatus.DONE))
        .build();
    assertEquals(List.of(
            LintFinding.of(LintRule.ACTION_ITEM_WITHOUT_OWNER, "actionItems[0].owner",
                "\"No owner\" has no owner"),
            LintFinding.of(LintRule.ACTION_ITEM_WITHOUT_DUE_DATE, "actionItems[1].dueDate",
                "\"No due date\" has no due date"),
            LintFinding.of(LintRule.OVERDUE_ACTION_ITEM, "actionItems[2].dueDate",
                "\"Late\" was due 2024-03-31 and is IN_PROGRESS on 2024-04-01")),
        lint(p));
  }

  @Test
  void eventsListedBeforeEarlierOnesAreOutOfOrder() {
    Postmortem p = clean()
        .addEvent(TimelineEvent.at(T.plusSeconds(600), "ten past"))
        .addEvent(TimelineEvent.at(T.plusSeconds(300), "five past, listed late"))
        .addEvent(e -> e.description("no time"))
        .addEvent(TimelineEvent.at(T.plusSeconds(900), "quarter past"))
        .build();
    assertEquals(List.of(LintFinding.of(LintRule.TIMELINE_OUT_OF_ORDER, "timeline[2].at",
            "event at 2024-03-14T14:05:00Z is listed after timeline[1] at 2024-03-14T14:10:00Z")),
        lint(p));
  }

  @Test
  void aTimelineWithoutDetectionIsReported() {
    Postmortem p = Postmortem.builder().from(clean().build())
        .timeline(List.of(TimelineEvent.at(T, EventKind.STARTED, "Errors begin"))).build();
    assertEquals(List.of(LintFinding.of(LintRule.NO_DETECTION_EVENT, "timeline",
        "none of the 1 events has kind DETECTED or ALERTED")), lint(p));
  }
}
