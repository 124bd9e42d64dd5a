package dev.postmortem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.PostmortemReport.ActionCounts;
import dev.postmortem.report.PostmortemReport.Measure;
import dev.postmortem.report.PostmortemReport.Percentiles;
import dev.postmortem.report.ReportEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report over a folder of four hand-written Markdown postmortems in four layouts
 * ({@code src/test/resources/hand-computed}), imported as {@link FolderReport} does (newest first), against answers
 * worked out by hand from the files.
 */
class HandComputedReportTest {
  static final Clock MARCH_1 = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void figuresMatchTheAnswersWorkedOutFromTheFiles() throws Exception {
    PostmortemReport report = FolderReport.report(Path.of("src/test/resources/hand-computed"), MARCH_1);

    assertEquals(List.of("2025-02-14-search.md", "2025-01-25-orders-latency.md",
        "2025-01-10-orders-db.md", "undated-notes.md"),
        report.entries().stream().map(ReportEntry::name).toList());
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    bySeverity.put("sev-1", 2);
    bySeverity.put("sev-2", 1);
    bySeverity.put("unknown", 1);
    assertEquals(bySeverity, report.bySeverity());
    assertEquals(Map.of(YearMonth.of(2025, 1), Map.of("sev-1", 2),
        YearMonth.of(2025, 2), Map.of("sev-2", 1)), report.byMonth());
    assertEquals(1, report.undated(), "the cache notes have no date");

    // sev-1 detect: 5m (orders db), 10m (latency): nearest rank ceil(0.5*2)=1 -> 5m, ceil(0.9*2)=2 -> 10m.
    assertEquals(Map.of("sev-1", new Percentiles(2, Duration.ofMinutes(5), Duration.ofMinutes(10))),
        report.times(Measure.DETECT));
    assertEquals(Map.of("sev-1", new Percentiles(1, Duration.ofMinutes(30), Duration.ofMinutes(30))),
        report.times(Measure.MITIGATE));
    // sev-1 resolve: 1h, 2h -> 1h and 2h; sev-2: 20m.
    assertEquals(Map.of("sev-1", new Percentiles(2, Duration.ofHours(1), Duration.ofHours(2)),
        "sev-2", new Percentiles(1, Duration.ofMinutes(20), Duration.ofMinutes(20))),
        report.times(Measure.RESOLVE));

    // On 2025-03-01: @alice's drill (due 01-20) is overdue; @bob has one done and one in
    // progress due 03-15; the runbook item has no owner.
    Map<String, ActionCounts> owners = new LinkedHashMap<>();
    owners.put("(no owner)", new ActionCounts(1, 0, 0));
    owners.put("@alice", new ActionCounts(1, 1, 0));
    owners.put("@bob", new ActionCounts(1, 0, 1));
    assertEquals(owners, report.actionsByOwner());
    assertEquals(Map.of("db", 2), report.recurringTags(), "orders is in one postmortem only");
    assertEquals(Map.of(), report.recurringServices());

    Path site = Files.createTempDirectory("hand-computed-site");
    FolderReport.site(MARCH_1).write(Path.of("src/test/resources/hand-computed"), site);
    String index = Files.readString(site.resolve("index.md"));
    assertTrue(index.contains("[Orders database failover](postmortems/2025-01-10-orders-db.md)"), index);
    assertTrue(index.contains("| sev-1 | resolve | 2 | 1h | 2h |"), index);
    assertTrue(Files.isRegularFile(site.resolve("postmortems/2025-01-10-orders-db.md")), "the source beside its page");
  }
}
