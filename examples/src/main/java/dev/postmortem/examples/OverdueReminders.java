package dev.postmortem.examples;

import dev.postmortem.ActionItem;
import dev.postmortem.Postmortem;
import dev.postmortem.testing.PostmortemGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A made-up service of the kind that uses this library: it reads the postmortems a team has
 * published and tells people which of their action items are overdue. It exists to be tested with
 * the library's generators as fixtures; see {@code OverdueRemindersTest} in this module's tests.
 *
 * <p>An overdue item goes to its owner; an item without one goes to the postmortem's owner, and
 * when neither is known to a fallback channel. Each recipient gets one message with one line per
 * item, oldest due date first.
 */
public final class OverdueReminders {
  private final Clock clock;
  private final String fallbackRecipient;

  /**
   * Creates the service.
   *
   * @param clock what "today" is
   * @param fallbackRecipient who gets the items nobody owns, such as {@code #incidents}
   */
  public OverdueReminders(Clock clock, String fallbackRecipient) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.fallbackRecipient = Objects.requireNonNull(fallbackRecipient, "fallbackRecipient must not be null");
  }

  /** One line of a reminder: an overdue item and the postmortem it comes from. */
  public record Line(Postmortem postmortem, ActionItem item, long daysOverdue) {
    /** Returns the line as the message shows it. */
    public String text() {
      return postmortem.incidentId().map(id -> id + " ").orElse("") + postmortem.title() + ": "
          + item.description() + " (due " + item.dueDate().orElseThrow() + ", " + daysOverdue
          + (daysOverdue == 1 ? " day" : " days") + " overdue)";
    }
  }

  /** Returns the reminders to send, by recipient in name order. */
  public Map<String, List<Line>> reminders(List<Postmortem> postmortems) {
    LocalDate today = LocalDate.now(clock);
    Map<String, List<Line>> byRecipient = new TreeMap<>();
    for (Postmortem postmortem : postmortems) {
      for (ActionItem item : postmortem.overdueActionItems(clock)) {
        String recipient = item.owner().or(postmortem::owner).orElse(fallbackRecipient);
        long days = ChronoUnit.DAYS.between(item.dueDate().orElseThrow(), today);
        byRecipient.computeIfAbsent(recipient, r -> new ArrayList<>())
            .add(new Line(postmortem, item, days));
      }
    }
    byRecipient.values().forEach(lines ->
        lines.sort((a, b) -> Long.compare(b.daysOverdue(), a.daysOverdue())));
    return byRecipient;
  }

  /** Prints the reminders for 20 generated postmortems, the way the tests feed the service. */
  public static void main(String[] args) {
    PostmortemGenerator generator = PostmortemGenerator.create(42);
    List<Postmortem> postmortems = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      postmortems.add(generator.realistic());
    }
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);
    Map<String, List<Line>> reminders =
        new OverdueReminders(clock, "#incidents").reminders(postmortems);
    System.out.println("Overdue reminders on 2026-01-01 for 20 generated postmortems (seed 42):");
    reminders.forEach((recipient, lines) -> {
      System.out.println("To " + recipient + ":");
      lines.forEach(line -> System.out.println("  " + line.text()));
    });
  }
}
