package dev.postmortem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.ActionItem;
import dev.postmortem.Postmortem;
import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import dev.postmortem.testing.Samples;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Example 4: the library's generators and samples as fixtures in the test of a made-up service.
 * The generated postmortems are seeded, so a failure names the seed that reproduces it.
 */
class OverdueRemindersTest {
  static final Clock NEW_YEAR = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);
  static final long SEED = 20261122L;

  /** A readable fixture: the compact template's example, with facts read off the sample. */
  @Test
  void remindsTheOwnerOfEachOverdueItemOfTheSample() {
    // Samples.openAi503s() has open items of @bob (due 2024-03-21) and @chen (due 2024-03-28)
    // and a done one of @alice: on 2024-04-01 the first two are 11 and 4 days overdue.
    Clock april = Clock.fixed(Instant.parse("2024-04-01T09:00:00Z"), ZoneOffset.UTC);
    Postmortem sample = Samples.openAi503s();
    Map<String, List<OverdueReminders.Line>> reminders =
        new OverdueReminders(april, "#incidents").reminders(List.of(sample));

    assertEquals(List.of("@bob", "@chen"), List.copyOf(reminders.keySet()));
    assertEquals(List.of("INC-2041 OpenAI 503s: Add exponential backoff with cap to "
            + "`OpenAiAnalysisClient` (due 2024-03-21, 11 days overdue)"),
        reminders.get("@bob").stream().map(OverdueReminders.Line::text).toList());
    assertEquals(List.of("INC-2041 OpenAI 503s: Cap worker thread pool size; add metric "
            + "(due 2024-03-28, 4 days overdue)"),
        reminders.get("@chen").stream().map(OverdueReminders.Line::text).toList());
  }

  /** Generated fixtures: every overdue item reaches exactly one right recipient, nothing else. */
  @ParameterizedTest
  @EnumSource(Flavour.class)
  void everyOverdueItemIsRemindedOnceToTheRightPerson(Flavour flavour) {
    PostmortemGenerator generator = PostmortemGenerator.create(SEED);
    List<Postmortem> postmortems = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      postmortems.add(generator.generate(flavour));
    }
    Map<String, List<OverdueReminders.Line>> reminders =
        new OverdueReminders(NEW_YEAR, "#incidents").reminders(postmortems);

    int expected = 0;
    for (Postmortem postmortem : postmortems) {
      for (ActionItem item : postmortem.actionItems()) {
        boolean overdue = item.status().isPending() && item.dueDate().isPresent()
            && item.dueDate().get().isBefore(LocalDate.of(2026, 1, 1));
        String recipient = item.owner().or(postmortem::owner).orElse("#incidents");
        long times = reminders.getOrDefault(recipient, List.of()).stream()
            .filter(line -> line.item() == item && line.postmortem() == postmortem).count();
        assertEquals(overdue ? 1 : 0, times, () -> "seed " + SEED + ", " + flavour + ": " + item
            + " of " + postmortem.title());
        expected += overdue ? 1 : 0;
      }
    }
    int sent = reminders.values().stream().mapToInt(List::size).sum();
    assertEquals(expected, sent, "seed " + SEED + ": no line without an overdue item behind it");
    assertTrue(expected > 20, "the fixtures hold overdue items at all, found " + expected);
  }

  @Test
  void linesAreOldestFirstAndTheirTextHoldsTheItemVerbatim() {
    PostmortemGenerator generator = PostmortemGenerator.create(SEED);
    List<Postmortem> postmortems = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      // Adversarial text (Markdown, HTML, right-to-left, astral characters) must pass unchanged.
      postmortems.add(generator.adversarial());
    }
    new OverdueReminders(NEW_YEAR, "#incidents").reminders(postmortems).forEach((to, lines) -> {
      for (int i = 0; i < lines.size(); i++) {
        OverdueReminders.Line line = lines.get(i);
        assertTrue(line.text().contains(line.item().description()), line::text);
        assertTrue(line.daysOverdue() > 0, line::text);
        if (i > 0) {
          assertTrue(lines.get(i - 1).daysOverdue() >= line.daysOverdue(),
              () -> "seed " + SEED + ": not oldest first for " + to);
        }
      }
    });
  }
}
