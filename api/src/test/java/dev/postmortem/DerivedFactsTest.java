package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Facts derived from a postmortem: duration, milestones, overdue items, totals, file name. */
class DerivedFactsTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** A Berlin incident from 23:50 on 2 June to 00:40 on 3 June (local), out-of-order timeline. */
  private static Postmortem acrossMidnightInBerlin() {
    ZonedDateTime start = ZonedDateTime.of(2025, 6, 2, 23, 50, 0, 0, BERLIN);
    return Postmortem.builder().title("Queue backlog").date(LocalDate.of(2025, 6, 2)).zone(BERLIN)
        .startedAt(start.toInstant())
        .endedAt(start.plusMinutes(50).toInstant())
        .addEvent(TimelineEvent.at(start.plusMinutes(4).toInstant(), EventKind.ALERTED, "Alert"))
        .addEvent(TimelineEvent.at(start.plusMinutes(2).toInstant(), EventKind.DETECTED,
            "Support ticket, listed late"))
        .addEvent(TimelineEvent.at(start.plusMinutes(12).toInstant(), EventKind.ACKNOWLEDGED, "Ack"))
        .addEvent(TimelineEvent.at(start.plusMinutes(31).toInstant(), EventKind.MITIGATED,
            "Consumers scaled out"))
        .addEvent(TimelineEvent.at(start.plusMinutes(45).toInstant(), EventKind.RESOLVED,
            "Backlog drained"))
        .addEvent(e -> e.description("Unfilled time").kind(EventKind.MITIGATED))
        .build();
  }

  @Test
  void durationRunsFromStartToEndAcrossMidnight() {
    assertEquals(Optional.of(Duration.ofMinutes(50)), acrossMidnightInBerlin().duration());
  }

  @Test
  void durationNeedsBothEnds() {
    Postmortem p = Postmortem.builder().title("t").startedAt(Instant.EPOCH).build();
    assertEquals(Optional.empty(), p.duration());
  }

  @Test
  void milestonesAreTheEarliestEventOfTheirKindsWhateverTheOrder() {
    Milestones m = acrossMidnightInBerlin().milestones();
    assertEquals(Instant.parse("2025-06-02T21:52:00Z"), m.detected().get());
    assertEquals(Optional.of(Duration.ofMinutes(2)), m.timeToDetect());
    assertEquals(Optional.of(Duration.ofMinutes(12)), m.timeToAcknowledge());
    assertEquals(Optional.of(Duration.ofMinutes(31)), m.timeToMitigate());
    assertEquals(Optional.of(Duration.ofMinutes(45)), m.timeToResolve());
  }

  @Test
  void withoutStartedAtTheFirstStartedEventIsTheStartAndEndedAtStandsInForResolution() {
    Instant t = Instant.parse("2024-03-14T14:00:00Z");
    Postmortem p = Postmortem.builder().title("t").endedAt(t.plusSeconds(3600))
        .addEvent(TimelineEvent.at(t.plusSeconds(60), EventKind.STARTED, "Later start event"))
        .addEvent(TimelineEvent.at(t, EventKind.STARTED, "Errors begin"))
        .addEvent(TimelineEvent.at(t.plusSeconds(300), EventKind.ALERTED, "Alert"))
        .build();
    Milestones m = p.milestones();
    assertEquals(Optional.of(t), m.start());
    assertEquals(Optional.of(Duration.ofMinutes(5)), m.timeToDetect());
    assertEquals(Optional.of(Duration.ofHours(1)), m.timeToResolve());
    assertEquals(Optional.empty(), m.timeToAcknowledge());
    assertEquals(Optional.empty(), p.duration());
  }

  @Test
  void withoutAnyStartTheTimelineStartsAtItsEarliestEvent() {
    Instant t = Instant.parse("2024-03-14T14:00:00Z");
    Postmortem p = Postmortem.builder().title("t")
        .addEvent(TimelineEvent.at(t.plusSeconds(2_820), EventKind.RESOLVED, "Resolved"))
        .addEvent(TimelineEvent.at(t, EventKind.ALERTED, "Alert fired, listed first in time"))
        .addEvent(TimelineEvent.at(t.plusSeconds(600), EventKind.ACKNOWLEDGED, "Ack"))
        .build();
    Milestones m = p.milestones();
    assertEquals(Optional.of(t), m.start(), "the earliest event, whatever its kind");
    assertEquals(Optional.of(Duration.ZERO), m.timeToDetect());
    assertEquals(Optional.of(Duration.ofMinutes(47)), m.timeToResolve());
    Postmortem empty = Postmortem.builder().title("t").build();
    assertEquals(Optional.empty(), empty.milestones().start(), "no timeline, no start");
  }

  @Test
  void overdueItemsArePendingItemsDueBeforeTheClocksToday() {
    Postmortem p = Postmortem.builder().title("t")
        .addActionItem(a -> a.description("due yesterday").dueDate(LocalDate.of(2024, 3, 20)))
        .addActionItem(a -> a.description("due today").dueDate(LocalDate.of(2024, 3, 21)))
        .addActionItem(a -> a.description("in progress, late").status(ActionStatus.IN_PROGRESS)
            .dueDate(LocalDate.of(2024, 3, 1)))
        .addActionItem(a -> a.description("done late").status(ActionStatus.DONE)
            .dueDate(LocalDate.of(2024, 3, 1)))
        .addActionItem(a -> a.description("won't do").status(ActionStatus.WONT_DO)
            .dueDate(LocalDate.of(2024, 3, 1)))
        .addActionItem(a -> a.description("no due date"))
        .build();
    // 2024-03-21T01:30Z is still 2024-03-20 in New York: nothing due on the 20th is late yet.
    Instant now = Instant.parse("2024-03-21T01:30:00Z");
    assertEquals(List.of("due yesterday", "in progress, late"),
        descriptions(p.overdueActionItems(Clock.fixed(now, ZoneId.of("UTC")))));
    assertEquals(List.of("in progress, late"),
        descriptions(p.overdueActionItems(Clock.fixed(now, ZoneId.of("America/New_York")))));
  }

  private static List<String> descriptions(List<ActionItem> items) {
    return items.stream().map(ActionItem::description).toList();
  }

  @Test
  void costsAreTotalledPerCurrencyInOrderOfFirstAppearance() {
    Currency eur = Currency.getInstance("EUR");
    Currency usd = Currency.getInstance("USD");
    Impact impact = Impact.builder()
        .addCost(CostItem.of(CostKind.LOST_REVENUE, new BigDecimal("2970.00"), eur))
        .addCost(CostItem.of(CostKind.PROVIDER_COST, new BigDecimal("99"), usd))
        .addCost(CostItem.of(CostKind.REFUND, new BigDecimal("180.005"), eur))
        .build();
    Map<Currency, BigDecimal> expected = new LinkedHashMap<>();
    expected.put(eur, new BigDecimal("3150.005"));
    expected.put(usd, new BigDecimal("99"));
    assertEquals(expected, impact.costTotals());
    assertEquals(List.of(eur, usd), List.copyOf(impact.costTotals().keySet()));
  }

  @Test
  void suggestedFileNamesAreDatedAsciiSlugs() {
    assertEquals("2024-03-14-openai-503s.md", named("OpenAI 503s", "2024-03-14", null));
    assertEquals("2024-03-14-cafe-creme-outage-eu-west-1.md",
        named("Café crème outage — eu-west-1!", "2024-03-14", null));
    assertEquals("undated-dont-panic.md", named("Don't panic", null, null));
    assertEquals("2024-03-14-inc-7.md", named("\u0645\u0631\u062d\u0628\u0627", "2024-03-14", "INC-7"));
    assertEquals("2024-03-14-postmortem.md", named("\ud83d\udd25\ud83d\udd25", "2024-03-14", null));
    String longTitle = "a".repeat(100);
    assertEquals("2024-03-14-" + "a".repeat(60) + ".md", named(longTitle, "2024-03-14", null));
  }

  private static String named(String title, String date, String incidentId) {
    Postmortem.Builder b = Postmortem.builder().title(title);
    if (date != null) {
      b.date(LocalDate.parse(date));
    }
    if (incidentId != null) {
      b.incidentId(incidentId);
    }
    return b.build().suggestedFileName();
  }
}
