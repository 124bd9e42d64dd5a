package dev.postmortem.cli.internal;

import dev.postmortem.ActionItem;
import dev.postmortem.Milestones;
import dev.postmortem.Postmortem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The facts the library derives from a postmortem, for {@code show}: how long the incident lasted,
 * its milestones with the time from the start to each, and the action items overdue today.
 * Times are shown in the postmortem's own zone.
 */
final class DerivedFacts {
  private DerivedFacts() {}

  /** Returns the facts as indented lines under a heading. */
  static String of(Postmortem postmortem, Clock clock) {
    ZoneId zone = postmortem.zone();
    Milestones milestones = postmortem.milestones();
    StringBuilder text = new StringBuilder("Derived facts\n");
    text.append(fact("duration", postmortem.duration()
        .map(d -> Durations.format(d) + " (" + at(postmortem.startedAt().orElseThrow(), zone) + " to "
            + at(postmortem.endedAt().orElseThrow(), zone) + ")")
        .orElse("unknown (no start and end time)")));
    text.append(fact("start", milestones.start().map(at -> at(at, zone)).orElse("unknown")));
    text.append(milestone("detected", milestones.detected(), milestones.timeToDetect(), "detect", zone));
    text.append(milestone("acknowledged", milestones.acknowledged(), milestones.timeToAcknowledge(),
        "acknowledge", zone));
    text.append(milestone("mitigated", milestones.mitigated(), milestones.timeToMitigate(), "mitigate", zone));
    text.append(milestone("resolved", milestones.resolved(), milestones.timeToResolve(), "resolve", zone));
    List<ActionItem> overdue = postmortem.overdueActionItems(clock);
    text.append(fact("overdue", overdue.size() + " of " + postmortem.actionItems().size()
        + " action items on " + LocalDate.now(clock)));
    for (ActionItem item : overdue) {
      text.append("    - \"").append(item.description()).append('"')
          .append(item.owner().map(owner -> " (" + owner + ")").orElse(""))
          .append(", due ").append(item.dueDate().orElseThrow()).append(", ").append(item.status()).append('\n');
    }
    return text.toString();
  }

  private static String milestone(String name, Optional<Instant> when, Optional<Duration> since, String verb,
      ZoneId zone) {
    return fact(name, when.map(at -> at(at, zone)
        + since.map(d -> " (time to " + verb + " " + Durations.format(d) + ")").orElse("")).orElse("unknown"));
  }

  private static String fact(String name, String value) {
    return "  " + name + " ".repeat(Math.max(1, 14 - name.length())) + value + "\n";
  }

  /** An instant as an offset date-time in the zone, seconds only when there are some. */
  private static String at(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }
}
