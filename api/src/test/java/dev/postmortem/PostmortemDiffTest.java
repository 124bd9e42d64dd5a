package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The structural diff on hand-made examples; the properties are in the testing module. */
class PostmortemDiffTest {
  private static final Instant T = Instant.parse("2024-03-14T14:02:00Z");

  private static final Postmortem BASE = Postmortem.builder()
      .title("OpenAI 503s")
      .severity(Severity.SEV_3)
      .putAttribute("team", "audio")
      .addTags("openai", "retries")
      .summary(s -> s.tldr("Retries stalled the queue"))
      .addEvent(TimelineEvent.at(T, EventKind.ALERTED, "Sentry alert fires"))
      .addEvent(TimelineEvent.at(T.plusSeconds(600), "Rolled back"))
      .addActionItem(a -> a.description("Add exponential backoff").owner("@alice"))
      .addActionItem(a -> a.description("Cap worker pool"))
      .addCustomSections(CustomSection.of("Notes", "Some notes"))
      .build();

  private static List<String> lines(PostmortemDiff diff) {
    return diff.changes().stream().map(PostmortemDiff.Change::toString).toList();
  }

  @Test
  void equalPostmortemsHaveNoChanges() {
    PostmortemDiff diff = PostmortemDiff.between(BASE, Postmortem.builder().from(BASE).build());
    assertTrue(diff.isEmpty());
    assertEquals("No changes.\n", diff.toMarkdown());
  }

  @Test
  void nestedFieldsAreNamedByTheirFullPath() {
    Postmortem after = Postmortem.builder().from(BASE)
        .actionItems(List.of(
            ActionItem.builder().description("Add exponential backoff").owner("@alice")
                .status(ActionStatus.DONE).build(),
            ActionItem.builder().description("Cap worker pool").build()))
        .severity(Severity.SEV_2)
        .summary(s -> s.tldr("Retries stalled the `queue`"))
        .build();
    assertEquals(List.of(
        "actionItems[\"Add exponential backoff\"].status: OPEN → DONE",
        "severity: " + Severity.SEV_3 + " → " + Severity.SEV_2,
        "summary.tldr: \"Retries stalled the queue\" → \"Retries stalled the `queue`\""),
        lines(PostmortemDiff.between(BASE, after)));
  }

  @Test
  void anInsertedEventIsOneAdditionAndARemovedSectionOneRemoval() {
    TimelineEvent inserted = TimelineEvent.at(T.plusSeconds(60), "Paged the on-call");
    Postmortem after = Postmortem.builder().from(BASE)
        .timeline(List.of(BASE.timeline().get(0), inserted, BASE.timeline().get(1)))
        .customSections(List.of())
        .build();
    PostmortemDiff diff = PostmortemDiff.between(BASE, after);
    assertEquals(List.of(
        "customSections[\"Notes\"]: removed",
        "timeline[\"2024-03-14T14:03:00Z Paged the on-call\"]: added"), lines(diff));
    assertEquals(Optional.of(inserted), diff.changes().get(1).after());
    assertEquals("""
        - `customSections["Notes"]`: removed
        - `timeline["2024-03-14T14:03:00Z Paged the on-call"]`: added
        """, diff.toMarkdown());
  }

  @Test
  void listsWithoutIdentityByPositionAndMapsByKey() {
    Postmortem after = Postmortem.builder().from(BASE).tags(List.of("openai"))
        .putAttribute("region", "eu").build();
    assertEquals(List.of(
        "attributes[\"region\"]: added \"eu\"",
        "tags[1]: removed \"retries\""), lines(PostmortemDiff.between(BASE, after)));
  }

  @Test
  void reorderedElementsAreOneChangeOfTheList() {
    Postmortem after = Postmortem.builder().from(BASE)
        .actionItems(List.of(BASE.actionItems().get(1), BASE.actionItems().get(0))).build();
    PostmortemDiff diff = PostmortemDiff.between(BASE, after);
    assertEquals(List.of("actionItems: 2 elements → 2 elements"), lines(diff));
    assertEquals(Optional.of(after.actionItems()), diff.changes().get(0).after());
  }

  @Test
  void markdownFencesCodeSpansAroundBackticks() {
    Postmortem after = Postmortem.builder().from(BASE).summary(s -> s.tldr("`x`")).build();
    assertEquals("- `summary.tldr`: `\"Retries stalled the queue\"` → ``\"`x`\"``\n",
        PostmortemDiff.between(BASE, after).toMarkdown());
  }
}
