package dev.postmortem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.PostmortemDiff;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The change log between the two versions of the OpenAI postmortem. Expected changes read off
 * the two files: the draft is sev-3 and a draft, lacks the 14:25 event, what went poorly, where
 * we got lucky, the lessons and the second action item, leaves the root cause "TBD", and gives
 * the backoff item to @li, due 2024-03-28; the published version gives it to @dana, due
 * 2024-03-21.
 */
class ChangeLogTest {
  private static final Path DRAFT = Path.of("history/2024-03-14-openai-503s.draft.md");
  private static final Path PUBLISHED = Path.of("postmortems/2024-03-14-openai-503s.md");
  private static final String BACKOFF =
      "actionItems[\"Add exponential backoff with cap to `OpenAiAnalysisClient`\"]";

  @Test
  void theChangeLogListsWhatChangedFromTheDraft() throws Exception {
    List<String> lines = ChangeLog.changeLog(DRAFT, PUBLISHED).lines().toList();
    assertEquals("## Changes from 2024-03-14-openai-503s.draft.md to 2024-03-14-openai-503s.md",
        lines.get(0));
    assertTrue(lines.contains("- `severity`: `sev-3 (rank 3)` → `sev-2 (rank 2)`"), lines::toString);
    assertTrue(lines.contains("- `documentStatus`: `DRAFT` → `FINAL`"), lines::toString);
    assertTrue(lines.contains("- `timeline[\"2024-03-14T14:25:00Z Backlog of failed calls "
        + "re-queued.\"]`: added"), lines::toString);
    // The path holds a backtick, so its code span is fenced by two.
    assertTrue(lines.contains("- ``" + BACKOFF + ".owner``: `\"@li\"` → `\"@dana\"`"),
        lines::toString);
    assertTrue(lines.contains("- ``" + BACKOFF + ".dueDate``: `2024-03-28` → `2024-03-21`"),
        lines::toString);
    assertTrue(lines.contains(
        "- `actionItems[\"Cap worker thread pool size; add metric\"]`: added"), lines::toString);
  }

  @Test
  void everyChangeIsOneTheFilesShow() throws Exception {
    PostmortemDiff diff = ChangeLog.diff(DRAFT, PUBLISHED);
    List<String> paths = diff.changes().stream().map(PostmortemDiff.Change::path).toList();
    // The diff visits a value's fields in the order of their names, so its changes come so.
    assertEquals(List.of(BACKOFF + ".dueDate", BACKOFF + ".owner",
        "actionItems[\"Cap worker thread pool size; add metric\"]", "documentStatus",
        "lessons.takeaway", "rootCause.primaryCause", "severity", "summary.tldr",
        "timeline[\"2024-03-14T14:25:00Z Backlog of failed calls re-queued.\"]",
        "whatWentPoorly[0]", "whereWeGotLucky[0]"), paths);
  }
}
