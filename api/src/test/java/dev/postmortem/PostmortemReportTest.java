package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.PostmortemReport.ActionCounts;
import dev.postmortem.report.PostmortemReport.Measure;
import dev.postmortem.report.PostmortemReport.Percentiles;
import dev.postmortem.report.ReportEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's figures against five postmortems whose answers are worked out by hand below. */
class PostmortemReportTest {
  static final Clock FEB_1 = Clock.fixed(Instant.parse("2024-02-01T12:00:00Z"), ZoneOffset.UTC);

  static Postmortem incident(String title, Severity severity, String day, String start, String... events) {
    Postmortem.Builder b = Postmortem.builder().title(title).severity(severity).date(LocalDate.parse(day))
        .startedAt(Instant.parse(day + "T" + start + ":00Z"));
    for (String event : events) {
      String[] kindAndTime = event.split("@");
      b.addEvent(e -> e.kind(EventKind.valueOf(kindAndTime[0])).description(kindAndTime[0])
          .at(Instant.parse(day + "T" + kindAndTime[1] + ":00Z")));
    }
    return b.build();
  }

  static List<ReportEntry> entries() {
    // A: sev-1, detect 5m, mitigate 30m, resolve 1h; alice's item overdue on Feb 1, bob's done.
    Postmortem a = Postmortem.builder().from(incident("A <script>alert(1)</script>", Severity.SEV_1, "2024-01-10", "10:00",
        "ALERTED@10:05", "MITIGATED@10:30", "RESOLVED@11:00")).addTag("db").addTag("api")
        .impact(i -> i.addAffectedService("orders"))
        .addActionItem(i -> i.description("x").owner("alice").dueDate(LocalDate.of(2024, 1, 20)))
        .addActionItem(i -> i.description("y").owner("bob").status(ActionStatus.DONE)).build();
    // B: sev-1, detect 10m, resolve 2h.
    Postmortem b = Postmortem.builder().from(incident("B", Severity.SEV_1, "2024-01-25", "09:00",
        "ALERTED@09:10", "RESOLVED@11:00")).addTag("db")
        .impact(i -> i.addAffectedService("orders").addAffectedService("payments")).build();
    // C: sev-1, detect 30m, resolve 4h; alice's item in progress, due after Feb 1.
    Postmortem c = Postmortem.builder().from(incident("C", Severity.SEV_1, "2024-02-03", "12:00",
        "ALERTED@12:30", "RESOLVED@16:00"))
        .addActionItem(i -> i.description("z").owner("alice").status(ActionStatus.IN_PROGRESS)
            .dueDate(LocalDate.of(2024, 3, 1))).build();
    // D: sev-2, resolve 20m, an item without owner.
    Postmortem d = Postmortem.builder().from(incident("D", Severity.SEV_2, "2024-02-14", "08:00", "RESOLVED@08:20"))
        .addTag("api").addActionItem(i -> i.description("w")).build();
    // E: no severity, no date, no start.
    Postmortem e = Postmortem.builder().title("E").build();
    return List.of(new ReportEntry("a.md", a, List.of()), new ReportEntry("b.md", b, List.of()),
        new ReportEntry("c.md", c, List.of()), new ReportEntry("d.md", d, List.of()),
        new ReportEntry("javascript:e.md", e, List.of()));
  }

  @Test
  void figuresMatchTheHandComputedAnswers() {
    PostmortemReport report = PostmortemReport.of(entries(), FEB_1);
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    bySeverity.put("sev-1", 3);
    bySeverity.put("sev-2", 1);
    bySeverity.put("unknown", 1);
    assertEquals(bySeverity, report.bySeverity());
    assertEquals(List.of("sev-1", "sev-2", "unknown"), List.copyOf(report.bySeverity().keySet()), "by rank, unknown last");
    assertEquals(Map.of(YearMonth.of(2024, 1), Map.of("sev-1", 2),
        YearMonth.of(2024, 2), Map.of("sev-1", 1, "sev-2", 1)), report.byMonth());
    assertEquals(1, report.undated());
    // sev-1 resolve: 1h, 2h, 4h -> median rank ceil(1.5) = 2 -> 2h; p90 rank ceil(2.7) = 3 -> 4h.
    assertEquals(new Percentiles(3, Duration.ofHours(2), Duration.ofHours(4)),
        report.times(Measure.RESOLVE).get("sev-1"));
    assertEquals(new Percentiles(1, Duration.ofMinutes(20), Duration.ofMinutes(20)),
        report.times(Measure.RESOLVE).get("sev-2"));
    // sev-1 detect: 5m, 10m, 30m -> 10m and 30m.
    assertEquals(new Percentiles(3, Duration.ofMinutes(10), Duration.ofMinutes(30)),
        report.times(Measure.DETECT).get("sev-1"));
    assertEquals(Map.of("sev-1", new Percentiles(1, Duration.ofMinutes(30), Duration.ofMinutes(30))),
        report.times(Measure.MITIGATE));
    Map<String, ActionCounts> owners = new LinkedHashMap<>();
    owners.put("(no owner)", new ActionCounts(1, 0, 0));
    owners.put("alice", new ActionCounts(2, 1, 0));
    owners.put("bob", new ActionCounts(0, 0, 1));
    assertEquals(owners, report.actionsByOwner());
    assertEquals(List.of("api", "db"), List.copyOf(report.recurringTags().keySet()));
    assertEquals(Map.of("api", 2, "db", 2), report.recurringTags());
    assertEquals(Map.of("orders", 2), report.recurringServices());
  }
}
