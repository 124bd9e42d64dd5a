package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.ActionType;
import dev.postmortem.Audience;
import dev.postmortem.CodeChange;
import dev.postmortem.Communication;
import dev.postmortem.CostItem;
import dev.postmortem.CostKind;
import dev.postmortem.CustomSection;
import dev.postmortem.DetectionMethod;
import dev.postmortem.DocumentStatus;
import dev.postmortem.EventKind;
import dev.postmortem.Evidence;
import dev.postmortem.EvidenceCategory;
import dev.postmortem.Horizon;
import dev.postmortem.ImpactMetric;
import dev.postmortem.IncidentStatus;
import dev.postmortem.Milestones;
import dev.postmortem.PastIncident;
import dev.postmortem.Postmortem;
import dev.postmortem.PreventionArea;
import dev.postmortem.PreventionMeasure;
import dev.postmortem.Priority;
import dev.postmortem.Responder;
import dev.postmortem.Severity;
import dev.postmortem.Signoff;
import dev.postmortem.TimelineEvent;
import dev.postmortem.lint.ImportFinding;
import dev.postmortem.lint.ImportRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One named test per shape that issue 13 lists under "What was misread": each imports a short
 * hand-written document in that shape and checks the fields a careful reader would fill from it.
 * The nested classes follow the issue's items 1 to 10. The documents are written here (or, for
 * whole templates, under {@code src/test/resources/shapes}); every expected value was written from
 * the document by hand, before the importer was run on it.
 *
 * <p>Decisions of the design asserted here, each marked where it is asserted: the front matter's
 * {@code title:} wins over the H1; {@code Incident #2291} in a title is incident id {@code 2291};
 * a time range gives its event the start time; a role before a list of people with notes in
 * parentheses is each one's role with their note; a value that cannot be read as its type is an
 * attribute named {@code <Label> (<field path>)} with an {@code unreadable-value} finding at that
 * path; where a document states no start or end, the importer leaves them empty and the milestones
 * fall back on the timeline's first STARTED and first RESOLVED events; a date without a time is
 * the start of that day.
 */
class ImportShapesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final MarkdownImporter IMPORTER = MarkdownImporter.builder().clock(CLOCK).build();

  private static ImportedPostmortem imported(String text) {
    return IMPORTER.read(text);
  }

  private static Postmortem read(String text) {
    return IMPORTER.read(text).postmortem();
  }

  /** A document titled "Checkout incident" dated 2025-01-14 (lines 1-4), then {@code body} from line 5. */
  private static String dated(String body) {
    return "# Checkout incident\n\n**Date:** 2025-01-14\n\n" + body;
  }

  private static String resource(String name) {
    try (InputStream in = ImportShapesTest.class.getResourceAsStream("/shapes/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Instant> at(String instant) {
    return Optional.of(Instant.parse(instant));
  }

  private static List<Optional<Instant>> times(Postmortem p) {
    return p.timeline().stream().map(TimelineEvent::at).toList();
  }

  private static List<String> descriptions(Postmortem p) {
    return p.timeline().stream().map(TimelineEvent::description).toList();
  }

  private static List<String> actions(Postmortem p) {
    return p.actionItems().stream().map(ActionItem::description).toList();
  }

  private static List<String> customHeadings(Postmortem p) {
    return p.customSections().stream().map(CustomSection::heading).toList();
  }

  private static String home(ImportedPostmortem imported, String heading) {
    return imported.sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
        .orElseThrow(() -> new AssertionError("no section \"" + heading + "\" in " + imported.sections()))
        .home();
  }

  private static Set<Integer> lines(List<ImportFinding> findings) {
    return findings.stream().map(f -> f.line().orElseThrow()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static void assertNoCustomSections(ImportedPostmortem imported) {
    assertEquals(List.of(), customHeadings(imported.postmortem()));
    assertTrue(imported.sections().stream().noneMatch(s -> s.home().contains("customSections")),
        () -> "sections: " + imported.sections());
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Item1LaterDetailedSections {
    private static final String DETAILED = "detailed-filled.md";

    @Test
    void everySectionOfTheFilledDetailedTemplateLandsInItsHome() {
      ImportedPostmortem imported = imported(resource(DETAILED));
      Map<String, String> homes = new java.util.LinkedHashMap<>();
      homes.put("Executive Summary", "summary");
      homes.put("Impact Assessment", "impact");
      homes.put("Timeline", "timeline");
      homes.put("Root Cause Analysis", "rootCause");
      homes.put("Resolution and Recovery", "resolution");
      homes.put("Action Items", "actionItems");
      homes.put("Prevention Measures", "preventionMeasures");
      homes.put("Lessons Learned", "lessons");
      homes.put("Supporting Evidence", "evidence");
      homes.put("Communication Log", "communications");
      homes.put("Appendix", "appendix");
      homes.put("Review and Approval", "review");
      homes.put("Follow-up Actions Tracking", "actionItems");
      homes.forEach((heading, field) -> {
        String home = home(imported, heading);
        assertTrue(home.equals(field) || home.startsWith(field + "."), heading + " went to " + home);
      });
      assertNoCustomSections(imported);
    }

    @Test
    void filledDetailedTemplateFieldsFromTheTopSections() {
      Postmortem p = read(resource(DETAILED));
      assertEquals(Optional.of("INC-3107"), p.incidentId());
      assertEquals(Optional.of(LocalDate.of(2025, 4, 2)), p.date());
      assertEquals(Optional.of(Severity.HIGH), p.severity());
      assertEquals(Optional.of(IncidentStatus.RESOLVED), p.incidentStatus());
      assertEquals(at("2025-04-02T09:20:00Z"), p.startedAt());
      assertEquals(at("2025-04-02T10:05:00Z"), p.endedAt());
      assertEquals(Optional.of("The catalog cache expired all at once and every request went to the database."),
          p.summary().whatHappened());
      assertEquals(Optional.of("Warmed the cache from a snapshot and jittered the TTL."), p.summary().resolution());
      assertEquals(Optional.of("About 30% of shoppers"), p.impact().usersAffected());
      assertEquals(Optional.of("Europe"), p.impact().geographicScope());
      assertEquals(List.of("Catalog API", "Search"), p.impact().affectedServices());
      assertEquals(List.of(ImpactMetric.of("Orders lost", "Roughly 900 abandoned carts")), p.impact().metrics());
      assertEquals(6, p.timeline().size());
      assertEquals(Optional.of("Omar"), p.timeline().get(5).actor());
      assertEquals(EventKind.STARTED, p.timeline().get(0).kind());
      assertEquals(EventKind.RESOLVED, p.timeline().get(5).kind());
      assertEquals(Optional.of(
          "Every cache key was written with the same one-hour TTL, so the whole cache expired at once."),
          p.rootCause().primaryCause());
      assertEquals(2, p.rootCause().contributingFactors().size());
      assertEquals(List.of("The latency alert fired within three minutes.", "The cache snapshot was fresh."),
          p.whatWentWell());
      assertEquals(List.of("Warmed the cache", "Jittered the TTL"),
          p.resolution().immediateActions().stream().map(a -> a.title()).toList());
      assertEquals(Optional.of("All green"), p.resolution().healthChecks());
    }

    @Test
    void filledDetailedTemplateFieldsFromTheLaterSections() {
      Postmortem p = read(resource(DETAILED));
      assertEquals(4, p.preventionMeasures().size());
      assertEquals(List.of(Horizon.IMMEDIATE, Horizon.SHORT_TERM, Horizon.LONG_TERM),
          p.actionItems().stream().map(a -> a.horizon().orElse(null)).toList());
      assertEquals(1, p.lessons().technicalLessons().size());
      assertEquals(1, p.lessons().processLessons().size());
      assertEquals(List.of("Should the catalog API serve stale entries while it refills?"),
          p.lessons().openQuestions());
      assertEquals(3, p.evidence().size());
      assertEquals(List.of(Audience.INTERNAL, Audience.EXTERNAL),
          p.communications().stream().map(Communication::audience).toList());
      assertEquals(Map.of("ENABLE_CACHE_WARMUP", "false"), p.appendix().featureFlags());
      assertEquals(Map.of("Node version", "20.11"), p.appendix().environment());
      assertEquals(1, p.appendix().codeChanges().size());
      assertEquals(1, p.appendix().similarIncidents().size());
      assertEquals(Optional.of(Signoff.of("Lee Chen", LocalDate.of(2025, 4, 7))), p.review().approvedBy());
      assertEquals(List.of("Catalog team", "Support leads"), p.review().distribution());
    }

    @Test
    void preventionMeasuresUnderTheirFourAreas() {
      ImportedPostmortem imported = imported(dated("""
          ## Prevention Measures

          ### Monitoring Improvements
          - **New alerts needed:** Alert when the cache hit ratio drops below 80%

          ### Code/Configuration Changes
          - **Circuit breakers:** Stop calling the database after 50 straight misses

          ### Process Improvements
          - **Training:** Walk every on-call engineer through the cache runbook

          ### Infrastructure Improvements
          - **Redundancy:** Run a second cache cluster in another zone
          """));
      assertEquals(List.of(
          PreventionMeasure.of(PreventionArea.MONITORING, "New alerts needed",
              "Alert when the cache hit ratio drops below 80%"),
          PreventionMeasure.of(PreventionArea.CODE_AND_CONFIGURATION, "Circuit breakers",
              "Stop calling the database after 50 straight misses"),
          PreventionMeasure.of(PreventionArea.PROCESS, "Training",
              "Walk every on-call engineer through the cache runbook"),
          PreventionMeasure.of(PreventionArea.INFRASTRUCTURE, "Redundancy",
              "Run a second cache cluster in another zone")),
          imported.postmortem().preventionMeasures());
      assertEquals("preventionMeasures", home(imported, "Prevention Measures"));
      assertNoCustomSections(imported);
    }

    @Test
    void supportingEvidenceUnderItsThreeCategories() {
      ImportedPostmortem imported = imported(dated("""
          ## Supporting Evidence

          ### Logs and Traces
          - **Error logs:** https://logs.example.com/q/catalog-misses

          ### Monitoring Data
          - **Dashboards:** https://grafana.example.com/d/catalog-cache

          ### External Dependencies
          - **Third-party status:** The cloud provider reported no incident
          """));
      List<Evidence> evidence = imported.postmortem().evidence();
      assertEquals(List.of(EvidenceCategory.LOGS_AND_TRACES, EvidenceCategory.MONITORING,
          EvidenceCategory.EXTERNAL_DEPENDENCIES), evidence.stream().map(Evidence::category).toList());
      assertEquals(List.of("Error logs", "Dashboards", "Third-party status"),
          evidence.stream().map(Evidence::label).toList());
      assertEquals(List.of(Optional.of("https://logs.example.com/q/catalog-misses"),
          Optional.of("https://grafana.example.com/d/catalog-cache"), Optional.empty()),
          evidence.stream().map(Evidence::link).toList());
      assertEquals(Optional.of("The cloud provider reported no incident"), evidence.get(2).detail());
      assertEquals("evidence", home(imported, "Supporting Evidence"));
      assertNoCustomSections(imported);
    }

    @Test
    void communicationLogInternalAndExternal() {
      ImportedPostmortem imported = imported(dated("""
          ## Communication Log

          ### Internal Communication
          - **Team notification:** Paged the catalog on-call in #catalog-incidents

          ### External Communication
          - **User notification:** Status page banner posted and updated every 30 minutes
          """));
      List<Communication> log = imported.postmortem().communications();
      assertEquals(List.of(Audience.INTERNAL, Audience.EXTERNAL), log.stream().map(Communication::audience).toList());
      // The bold label says what the message was: its subject.
      assertEquals(List.of(Optional.of("Team notification"), Optional.of("User notification")),
          log.stream().map(Communication::subject).toList());
      assertEquals(List.of("Paged the catalog on-call in #catalog-incidents",
          "Status page banner posted and updated every 30 minutes"),
          log.stream().map(Communication::detail).toList());
      assertEquals("communications", home(imported, "Communication Log"));
      assertNoCustomSections(imported);
    }

    private static final String APPENDIX = """
        # Catalog cache stampede

        **Date:** 2025-04-02

        ## Appendix

        ### System Configuration at Time of Incident
        ```yaml
        Feature Flags:
          ENABLE_CACHE_WARMUP: false
          ENABLE_NEW_ROUTER: true

        Environment:
          - Node version: 20.11
          - Deployment: 4f2a9c1
        ```

        ### Code Changes in Past 24 Hours
        - **4f2a9c1:** Raise the cache TTL to one hour - Dana - 08:15

        ### Similar Past Incidents
        - **2024-11-20:** Cache stampede after a deploy - https://wiki.example.com/postmortems/2024-11-20
        """;

    @Test
    void appendixFeatureFlags() {
      assertEquals(Map.of("ENABLE_CACHE_WARMUP", "false", "ENABLE_NEW_ROUTER", "true"),
          read(APPENDIX).appendix().featureFlags());
    }

    @Test
    void appendixEnvironment() {
      assertEquals(Map.of("Node version", "20.11", "Deployment", "4f2a9c1"), read(APPENDIX).appendix().environment());
    }

    @Test
    void appendixCodeChangesWithAuthorAndTime() {
      CodeChange change = CodeChange.builder().commit("4f2a9c1").description("Raise the cache TTL to one hour")
          .author("Dana").at(Instant.parse("2025-04-02T08:15:00Z")).build();
      assertEquals(List.of(change), read(APPENDIX).appendix().codeChanges());
    }

    @Test
    void appendixSimilarPastIncidents() {
      List<PastIncident> similar = read(APPENDIX).appendix().similarIncidents();
      assertEquals(1, similar.size());
      assertEquals(Optional.of(LocalDate.of(2024, 11, 20)), similar.get(0).date());
      assertEquals("Cache stampede after a deploy", similar.get(0).description());
      assertEquals(Optional.of("https://wiki.example.com/postmortems/2024-11-20"), similar.get(0).link());
    }

    @Test
    void appendixSectionsLandInTheAppendix() {
      ImportedPostmortem imported = imported(APPENDIX);
      assertTrue(home(imported, "Appendix").startsWith("appendix"));
      assertNoCustomSections(imported);
    }

    private static final String REVIEW = dated("""
        ## Review and Approval

        **Prepared by:** Dana Kim - 2025-04-03 \s
        **Reviewed by:** Omar Haddad - 2025-04-04 \s
        **Approved by:** Lee Chen - 2025-04-07 \s

        **Distribution:** Catalog team, Support leads, CTO
        """);

    @Test
    void reviewPreparedReviewedApprovedByWithDates() {
      ImportedPostmortem imported = imported(REVIEW);
      Postmortem p = imported.postmortem();
      assertEquals(Optional.of(Signoff.of("Dana Kim", LocalDate.of(2025, 4, 3))), p.review().preparedBy());
      assertEquals(Optional.of(Signoff.of("Omar Haddad", LocalDate.of(2025, 4, 4))), p.review().reviewedBy());
      assertEquals(Optional.of(Signoff.of("Lee Chen", LocalDate.of(2025, 4, 7))), p.review().approvedBy());
      assertEquals("review", home(imported, "Review and Approval"));
      assertNoCustomSections(imported);
    }

    @Test
    void reviewDistributionList() {
      assertEquals(List.of("Catalog team", "Support leads", "CTO"), read(REVIEW).review().distribution());
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Item2FollowUpTracking {
    private static final String TRACKED = """
        # Quota exhausted

        **Date:** 2025-06-02 \s
        **Severity:** High

        ## Action Items

        ### Immediate Actions (Within 24 hours)
        - [ ] **Add quota consumption alert at 80%** - Owner: Priya - Due: 2025-06-03

        ### Short-term Actions (Within 1 week)
        - [ ] **Move batch jobs to off-peak hours** - Owner: Marco - Due: 2025-06-09

        ## Follow-up Actions Tracking

        | Action Item | Owner | Due Date | Status | Completion Date | Notes |
        |-------------|-------|----------|--------|-----------------|-------|
        | Add quota consumption alert at 80% | Priya | 2025-06-03 | Done | 2025-06-03 | Alert wired to #payments-oncall |
        | Move batch jobs to off-peak hours | Marco | 2025-06-09 | In Progress | | Waiting on the scheduler change |
        | Document the quota in the runbook | Lee | 2025-06-12 | Open | | |
        """;

    @Test
    void followUpTrackingRowsMergeIntoTheirItems() {
      List<ActionItem> items = read(TRACKED).actionItems();
      ActionItem alert = items.get(0);
      assertEquals("Add quota consumption alert at 80%", alert.description());
      assertEquals(ActionStatus.DONE, alert.status());
      assertEquals(Optional.of(LocalDate.of(2025, 6, 3)), alert.completedOn());
      assertEquals(Optional.of("Alert wired to #payments-oncall"), alert.notes());
      assertEquals(Optional.of("Priya"), alert.owner());
      assertEquals(Optional.of(Horizon.IMMEDIATE), alert.horizon(), "the item keeps what its checklist said");
      ActionItem batch = items.get(1);
      assertEquals("Move batch jobs to off-peak hours", batch.description());
      assertEquals(ActionStatus.IN_PROGRESS, batch.status());
      assertEquals(Optional.empty(), batch.completedOn());
      assertEquals(Optional.of("Waiting on the scheduler change"), batch.notes());
      assertEquals(Optional.of(Horizon.SHORT_TERM), batch.horizon());
    }

    @Test
    void aTrackingRowThatMatchesNoItemBecomesAnItem() {
      ActionItem runbook = read(TRACKED).actionItems().get(2);
      assertEquals("Document the quota in the runbook", runbook.description());
      assertEquals(Optional.of("Lee"), runbook.owner());
      assertEquals(Optional.of(LocalDate.of(2025, 6, 12)), runbook.dueDate());
      assertEquals(ActionStatus.OPEN, runbook.status());
      assertEquals(Optional.empty(), runbook.notes());
    }

    @Test
    void trackingGivesOneListWithoutDuplicates() {
      assertEquals(List.of("Add quota consumption alert at 80%", "Move batch jobs to off-peak hours",
          "Document the quota in the runbook"), actions(read(TRACKED)));
    }

    @Test
    void trackingSectionHomeIsTheActionItems() {
      ImportedPostmortem imported = imported(TRACKED);
      assertEquals("actionItems", home(imported, "Follow-up Actions Tracking"));
      assertNoCustomSections(imported);
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Item3StartAndEnd {
    @Test
    void durationArrowLineIsStartAndEnd() {
      Postmortem p = read("""
          # Post-mortem: search timeouts

          |              |            |
          | ------------ | ---------- |
          | **Date**     | 2025-02-10 |
          | **Severity** | sev-2      |
          | **Owner**    | @mira      |
          | **Status**   | final      |

          ## TL;DR

          Search timed out for 23 minutes after an index rebuild.

          ## Impact

          * **Users affected:** about 8% of searches.
          * **Duration:** 14:02 → 14:25 (UTC).
          """);
      assertEquals(at("2025-02-10T14:02:00Z"), p.startedAt());
      assertEquals(at("2025-02-10T14:25:00Z"), p.endedAt());
      assertEquals(Optional.of(Duration.ofMinutes(23)), p.duration());
      assertTrue(p.impact().metrics().stream().noneMatch(m -> m.name().equals("Duration")),
          () -> "the duration line is not a metric: " + p.impact().metrics());
      assertEquals(Optional.of("about 8% of searches."), p.impact().usersAffected());
    }

    @Test
    void startTimeDashEndTimeWithTotalDuration() {
      Postmortem p = read("""
          # Incident: login failures

          **Date:** 2025-03-05 \s
          **Incident ID:** INC-88 \s
          **Severity:** High \s
          **Duration:** 09:10 - 11:40 (2h 30m) \s
          **Status:** Resolved

          ## Executive Summary

          - **What happened:** Logins failed after a certificate rotation.
          """);
      assertEquals(at("2025-03-05T09:10:00Z"), p.startedAt());
      assertEquals(at("2025-03-05T11:40:00Z"), p.endedAt());
      assertFalse(p.attributes().containsKey("Duration"), () -> "attributes: " + p.attributes());
    }

    @Test
    void timeRangeWithItsZoneIsStartAndEnd() {
      Postmortem p = read(dated("""
          **Duration:** 14:02–14:25 UTC

          ## Summary

          Checkout failed for most customers.
          """));
      assertEquals(at("2025-01-14T14:02:00Z"), p.startedAt());
      assertEquals(at("2025-01-14T14:25:00Z"), p.endedAt());
    }

    @Test
    void fromToWithDatesIsStartAndEnd() {
      Postmortem p = read("""
          # Checkout incident

          **Duration:** from 2025-02-10 22:40 to 2025-02-11 01:15 UTC

          ## Summary

          Checkout failed overnight.
          """);
      assertEquals(at("2025-02-10T22:40:00Z"), p.startedAt());
      assertEquals(at("2025-02-11T01:15:00Z"), p.endedAt());
    }

    @Test
    void fromToWithoutDatesTakesTheDocumentsDate() {
      Postmortem p = read(dated("""
          **Duration:** from 09:05 to 09:50

          ## Summary

          Checkout failed for most customers.
          """));
      assertEquals(at("2025-01-14T09:05:00Z"), p.startedAt());
      assertEquals(at("2025-01-14T09:50:00Z"), p.endedAt());
    }

    @Test
    void anEndBeforeTheStartIsOnTheNextDay() {
      Postmortem p = read(dated("""
          **Duration:** 23:40 - 00:25 (45m)

          ## Summary

          Checkout failed around midnight.
          """));
      assertEquals(at("2025-01-14T23:40:00Z"), p.startedAt());
      assertEquals(at("2025-01-15T00:25:00Z"), p.endedAt());
    }

    @Test
    void withoutAStartOrEndTheMilestonesFallBackOnTheTimeline() {
      Postmortem p = read("""
          # Queue backlog

          **Date:** 2025-05-06

          ## Timeline

          | Time (UTC) | Event |
          |---|---|
          | 10:00 | Incident begins: consumers stop acknowledging messages |
          | 10:07 | Alert fires for queue depth |
          | 10:30 | Mitigated by restarting the consumer pool |
          | 11:15 | Incident resolved, backlog drained |
          """);
      // The design: the importer sets no start or end the document does not state; the milestones
      // take the first STARTED and the first RESOLVED events instead.
      assertEquals(Optional.empty(), p.startedAt());
      assertEquals(Optional.empty(), p.endedAt());
      Milestones m = p.milestones();
      assertEquals(at("2025-05-06T10:00:00Z"), m.start());
      assertEquals(at("2025-05-06T11:15:00Z"), m.resolved());
      assertEquals(Optional.of(Duration.ofMinutes(7)), m.timeToDetect());
      assertEquals(Optional.of(Duration.ofMinutes(30)), m.timeToMitigate());
      assertEquals(Optional.of(Duration.ofMinutes(75)), m.timeToResolve());
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Item4Timelines {
    @Test
    void bareTimesCrossingMidnightMoveToTheNextDay() {
      Postmortem p = read(dated("""
          ## Timeline

          - 23:50 Deploy of the pricing service starts
          - 23:58 Error rate climbs to 12%
          - 00:05 Deploy rolled back
          - 00:20 Error rate back to normal
          """));
      assertEquals(List.of(at("2025-01-14T23:50:00Z"), at("2025-01-14T23:58:00Z"), at("2025-01-15T00:05:00Z"),
          at("2025-01-15T00:20:00Z")), times(p));
      assertEquals("Deploy rolled back", p.timeline().get(2).description());
    }

    @Test
    void bracketTimeBullets() {
      Postmortem p = read(dated("""
          ## Timeline

          * [08:47] Nightly export job starts
          * [08:52] Export job saturates the database
          """));
      assertEquals(List.of(at("2025-01-14T08:47:00Z"), at("2025-01-14T08:52:00Z")), times(p));
      assertEquals(List.of("Nightly export job starts", "Export job saturates the database"), descriptions(p));
    }

    @Test
    void boldTimeLines() {
      Postmortem p = read(dated("""
          ## Timeline

          **14:02** First 502s at the gateway

          **14:09** On-call engineer joins the incident channel
          """));
      assertEquals(List.of(at("2025-01-14T14:02:00Z"), at("2025-01-14T14:09:00Z")), times(p));
      assertEquals(List.of("First 502s at the gateway", "On-call engineer joins the incident channel"),
          descriptions(p));
    }

    @Test
    void timeDashTextLines() {
      Postmortem p = read(dated("""
          ## Timeline

          14:02 - Gateway returns 502s
          14:09 - On-call engineer joins the incident channel
          14:30 - Gateway pool restarted
          """));
      assertEquals(List.of(at("2025-01-14T14:02:00Z"), at("2025-01-14T14:09:00Z"), at("2025-01-14T14:30:00Z")),
          times(p));
      assertEquals(List.of("Gateway returns 502s", "On-call engineer joins the incident channel",
          "Gateway pool restarted"), descriptions(p));
    }

    @Test
    void dateTimeZoneColonLines() {
      Postmortem p = read("""
          # Disk full on db-3

          ## Timeline

          - 2019-02-05 08:47 PST: Disk usage alert on db-3
          - 2019-02-05 09:15 PST: Old WAL segments removed
          """);
      // PST is UTC-8.
      assertEquals(List.of(at("2019-02-05T16:47:00Z"), at("2019-02-05T17:15:00Z")), times(p));
      assertEquals(List.of("Disk usage alert on db-3", "Old WAL segments removed"), descriptions(p));
    }

    @ParameterizedTest
    @CsvSource({"'Date and Time in CET', 2025-01-14T09:00:00Z", "'Time (UTC)', 2025-01-14T10:00:00Z",
        "When, 2025-01-14T10:00:00Z", "Timestamp, 2025-01-14T10:00:00Z"})
    void tableTimeColumnsNamedLikeThis(String column, String expected) {
      ImportedPostmortem imported = imported(dated("""
          ## Timeline

          | %s | Event |
          |---|---|
          | 2025-01-14 10:00 | Cache flushed by the nightly job |
          """.formatted(column)));
      Postmortem p = imported.postmortem();
      assertEquals(List.of(at(expected)), times(p), "CET is UTC+1 in January");
      assertEquals(List.of("Cache flushed by the nightly job"), descriptions(p));
      assertNoCustomSections(imported);
    }

    @Test
    void tableRowsWithADateAndNoTimeKeepTheirDate() {
      Postmortem p = read("""
          # Certificate expiry

          ## Timeline

          | Date | Event |
          |---|---|
          | 2023-07-19 | Certificate renewal job silently fails |
          | 2023-07-21 14:02 | Certificate expires and TLS handshakes fail |
          """);
      // A date alone is the start of that day: the only instant it names.
      assertEquals(List.of(at("2023-07-19T00:00:00Z"), at("2023-07-21T14:02:00Z")), times(p));
      assertEquals("Certificate renewal job silently fails", p.timeline().get(0).description());
    }

    @Test
    void dataLinkColumnIsADataLink() {
      Postmortem p = read(dated("""
          ## Timeline

          | Time | Event | Data Link |
          |---|---|---|
          | 10:00 | p99 latency passes 2 s | https://grafana.example.com/d/api |
          """));
      TimelineEvent event = p.timeline().get(0);
      assertEquals(Optional.of("https://grafana.example.com/d/api"), event.dataLink());
      assertEquals("p99 latency passes 2 s", event.description());
      assertEquals(Optional.empty(), event.actionTaken());
    }

    @Test
    void oneEventPerHeading() {
      ImportedPostmortem imported = imported(dated("""
          ## Timeline

          ### 4:27
          The primary database stops accepting writes.

          ### 4:41
          Failover to the replica completes.
          """));
      Postmortem p = imported.postmortem();
      assertEquals(List.of(at("2025-01-14T04:27:00Z"), at("2025-01-14T04:41:00Z")), times(p));
      assertEquals(List.of("The primary database stops accepting writes.", "Failover to the replica completes."),
          descriptions(p));
      assertNoCustomSections(imported);
    }

    @Test
    void oneEventPerHeadingWithDateAndTime() {
      ImportedPostmortem imported = imported("""
          # Replication outage

          ## Timeline

          ### 2023-07-19 14:02
          Replication to the read replicas stops.

          ### 2023-07-19 15:10
          Replicas rebuilt from a fresh snapshot.
          """);
      Postmortem p = imported.postmortem();
      assertEquals(List.of(at("2023-07-19T14:02:00Z"), at("2023-07-19T15:10:00Z")), times(p));
      assertEquals(List.of("Replication to the read replicas stops.", "Replicas rebuilt from a fresh snapshot."),
          descriptions(p));
      assertNoCustomSections(imported);
    }

    @Test
    void dayHeadingsSetTheDateOfTheirEvents() {
      ImportedPostmortem imported = imported("""
          # Replication lag

          ## Timeline

          ### 2023-07-19
          - 22:10 Replication lag alert fires
          - 23:30 Replica rebuilt

          ### 2023-07-20
          - 08:05 Lag alert fires again
          """);
      Postmortem p = imported.postmortem();
      assertEquals(List.of(at("2023-07-19T22:10:00Z"), at("2023-07-19T23:30:00Z"), at("2023-07-20T08:05:00Z")),
          times(p));
      assertEquals(List.of("Replication lag alert fires", "Replica rebuilt", "Lag alert fires again"),
          descriptions(p));
      assertNoCustomSections(imported);
    }

    @Test
    void dayHeadingsWithATableBelowEach() {
      ImportedPostmortem imported = imported("""
          # Replication lag

          ## Timeline

          ### 2023-07-19

          | Time | Event |
          |---|---|
          | 22:10 | Replication lag alert fires |

          ### 2023-07-20

          | Time | Event |
          |---|---|
          | 08:05 | Lag alert fires again |
          """);
      assertEquals(List.of(at("2023-07-19T22:10:00Z"), at("2023-07-20T08:05:00Z")), times(imported.postmortem()));
      assertNoCustomSections(imported);
    }

    @Test
    void dayHeadingsWithAMonthName() {
      ImportedPostmortem imported = imported("""
          # Object storage outage

          **Date:** 2024-05-12

          ## Timeline

          ### May 12
          - 21:40 Storage nodes start rejecting writes

          ### May 13
          - 01:15 Last node back in the ring
          """);
      assertEquals(List.of(at("2024-05-12T21:40:00Z"), at("2024-05-13T01:15:00Z")), times(imported.postmortem()));
      assertNoCustomSections(imported);
    }

    @Test
    void dayHeadingsAsLevelTwoHeadingsWithAMonthName() {
      ImportedPostmortem imported = imported("""
          # Object storage outage

          **Date:** 2024-05-12

          ## Timeline

          All times UTC.

          ## May 12
          - 21:40 Storage nodes start rejecting writes

          ## May 13
          - 01:15 Last node back in the ring
          """);
      assertEquals(List.of(at("2024-05-12T21:40:00Z"), at("2024-05-13T01:15:00Z")), times(imported.postmortem()));
      assertNoCustomSections(imported);
    }

    @Test
    void dayHeadingsWithANumericDate() {
      Postmortem p = read("""
          # Backup failure

          ## Timeline

          ### 03-10-2021
          - 02:00 Backup job fails on the primary
          """);
      // Month first unless the document or the option says otherwise: 10 March.
      assertEquals(List.of(at("2021-03-10T02:00:00Z")), times(p));
    }

    @Test
    void brSeparatedLinesInOneParagraph() {
      Postmortem p = read(dated("""
          ## Timeline

          14:02 Gateway starts returning 502s<br>
          14:09 On-call engineer paged<br>
          14:30 Gateway pool restarted
          """));
      assertEquals(List.of(at("2025-01-14T14:02:00Z"), at("2025-01-14T14:09:00Z"), at("2025-01-14T14:30:00Z")),
          times(p));
      assertEquals(List.of("Gateway starts returning 502s", "On-call engineer paged", "Gateway pool restarted"),
          descriptions(p));
    }

    @Test
    void italicDateTimeLinesInOneParagraph() {
      Postmortem p = read("""
          # Gateway errors

          ## Timeline

          *2023-07-19 14:02*: Gateway starts returning 502s
          *2023-07-19 14:09*: On-call engineer paged
          """);
      assertEquals(List.of(at("2023-07-19T14:02:00Z"), at("2023-07-19T14:09:00Z")), times(p));
      assertEquals(List.of("Gateway starts returning 502s", "On-call engineer paged"), descriptions(p));
    }

    @Test
    void eventsNestedUnderDayBullets() {
      Postmortem p = read("""
          # Replication lag

          ## Timeline

          - 2023-07-19
            - 22:10 Replication lag alert fires
            - 23:30 Replica rebuilt
          - 2023-07-20
            - 08:05 Lag alert fires again
          """);
      assertEquals(List.of(at("2023-07-19T22:10:00Z"), at("2023-07-19T23:30:00Z"), at("2023-07-20T08:05:00Z")),
          times(p));
      assertEquals(List.of("Replication lag alert fires", "Replica rebuilt", "Lag alert fires again"),
          descriptions(p));
    }

    @Test
    void twelveHourClocks() {
      Postmortem p = read(dated("""
          ## Timeline

          - 11:39AM Checkout error rate climbs
          - 12:05 PM Payment provider confirms an outage
          - 2:15 pm Provider recovers
          """));
      assertEquals(List.of(at("2025-01-14T11:39:00Z"), at("2025-01-14T12:05:00Z"), at("2025-01-14T14:15:00Z")),
          times(p));
      assertEquals(List.of("Checkout error rate climbs", "Payment provider confirms an outage", "Provider recovers"),
          descriptions(p));
    }

    @Test
    void timeRangesGiveTheEventTheirStart() {
      Postmortem p = read(dated("""
          ## Timeline

          - 14:02–14:10 Gateway returns 502s
          - 14:30 Gateway pool restarted
          """));
      // The design: a range's event is at its start.
      assertEquals(List.of(at("2025-01-14T14:02:00Z"), at("2025-01-14T14:30:00Z")), times(p));
      assertEquals("Gateway returns 502s", p.timeline().get(0).description());
    }

    @Test
    void dayFirstDatesDecidedByTheDocumentsOtherDates() {
      Postmortem p = read("""
          # Backup failure

          **Date:** 25/10/2021

          ## Timeline

          - 25/10/2021 23:00 Backup job starts and fails
          - 03/11/2021 09:00 Backup restored on the replica
          """);
      // 25/10 can only be day first, so 03/11 is 3 November.
      assertEquals(Optional.of(LocalDate.of(2021, 10, 25)), p.date());
      assertEquals(List.of(at("2021-10-25T23:00:00Z"), at("2021-11-03T09:00:00Z")), times(p));
    }

    private static final String AMBIGUOUS = """
        # Backup failure

        **Date:** 03/10/2021

        ## Timeline

        - 03/10/2021 02:00 Backup job fails on the primary
        """;

    @Test
    void ambiguousNumericDatesAreMonthFirstByDefault() {
      Postmortem p = read(AMBIGUOUS);
      assertEquals(Optional.of(LocalDate.of(2021, 3, 10)), p.date());
      assertEquals(List.of(at("2021-03-10T02:00:00Z")), times(p));
    }

    @Test
    void dayFirstDatesOption() {
      Postmortem p = MarkdownImporter.builder().clock(CLOCK).dayFirstDates(true).build().read(AMBIGUOUS).postmortem();
      assertEquals(Optional.of(LocalDate.of(2021, 10, 3)), p.date());
      assertEquals(List.of(at("2021-10-03T02:00:00Z")), times(p));
    }

    @Test
    void monthNameDates() {
      Postmortem p = read("""
          # Ledger lag

          **Date:** Mar 12, 2025

          ## Timeline

          - Mar 12, 2025 14:02 Ledger writes start queueing
          - 14:40 Queue drained
          """);
      assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), p.date());
      assertEquals(List.of(at("2025-03-12T14:02:00Z"), at("2025-03-12T14:40:00Z")), times(p));
    }

    @Test
    void isoDatesWithAMonthName() {
      Postmortem p = read("""
          # Ledger lag

          ## Timeline

          - 2025-DEC-5 09:30 Ledger writes start queueing
          - 2025-DEC-5 10:10 Queue drained
          """);
      assertEquals(List.of(at("2025-12-05T09:30:00Z"), at("2025-12-05T10:10:00Z")), times(p));
      assertEquals(List.of("Ledger writes start queueing", "Queue drained"), descriptions(p));
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Item5Zones {
    private static final String NO_ZONE = """
        # Build farm outage

        **Date:** 2025-01-14

        ## Timeline

        - 10:00 Build queue stops draining
        """;

    @Test
    void allTimesPstPdtLine() {
      Postmortem p = read("""
          # Build farm outage

          **Date:** 2025-07-14

          ## Timeline

          All times PST/PDT.

          - 09:00 Build queue stops draining
          - 09:40 Runners restarted
          """);
      // In July the Pacific zone is on PDT, UTC-7.
      assertEquals(List.of(at("2025-07-14T16:00:00Z"), at("2025-07-14T16:40:00Z")), times(p));
    }

    @Test
    void zoneInParenthesesInTheHeading() {
      Postmortem p = read("""
          # Build farm outage

          **Date:** 2025-01-14

          ## Timeline (CET)

          - 10:00 Build queue stops draining
          """);
      assertEquals(List.of(at("2025-01-14T09:00:00Z")), times(p));
    }

    @Test
    void utcOffsetInAColumnName() {
      Postmortem p = read(dated("""
          ## Timeline

          | Time (UTC+2) | Event |
          |---|---|
          | 10:00 | Build queue stops draining |
          """));
      assertEquals(List.of(at("2025-01-14T08:00:00Z")), times(p));
    }

    @Test
    void ianaZoneNameInTheIntroLine() {
      Postmortem p = read("""
          # Build farm outage

          **Date:** 2025-01-14

          ## Timeline

          All times are in Asia/Kolkata.

          - 10:00 Build queue stops draining
          """);
      assertEquals(List.of(at("2025-01-14T04:30:00Z")), times(p));
      assertEquals(ZoneId.of("Asia/Kolkata"), p.zone());
    }

    @Test
    void withoutAZoneTimesAreUtc() {
      assertEquals(List.of(at("2025-01-14T10:00:00Z")), times(read(NO_ZONE)));
    }

    @Test
    void defaultZoneOptionForDocumentsThatNameNone() {
      Postmortem p = MarkdownImporter.builder().clock(CLOCK).defaultZone(ZoneId.of("Europe/Berlin")).build()
          .read(NO_ZONE).postmortem();
      assertEquals(List.of(at("2025-01-14T09:00:00Z")), times(p));
    }

    @Test
    void defaultZoneOptionDoesNotOverrideTheDocumentsZone() {
      Postmortem p = MarkdownImporter.builder().clock(CLOCK).defaultZone(ZoneId.of("Europe/Berlin")).build()
          .read(NO_ZONE.replace("## Timeline\n", "## Timeline\n\nAll times UTC.\n")).postmortem();
      assertEquals(List.of(at("2025-01-14T10:00:00Z")), times(p));
    }

    private static final String NO_DATE = """
        # Build farm outage

        ## Timeline

        - 14:02 Build queue stops draining
        """;

    @Test
    void defaultDateOptionForDocumentsThatStateNone() {
      ImportedPostmortem imported = MarkdownImporter.builder().clock(CLOCK).defaultDate(LocalDate.of(2025, 5, 1))
          .build().read(NO_DATE);
      assertEquals(List.of(at("2025-05-01T14:02:00Z")), times(imported.postmortem()));
      assertEquals(List.of(), imported.findings(ImportRule.UNREADABLE_VALUE));
    }

    @Test
    void withoutADefaultDateBareTimesAreUnreadable() {
      ImportedPostmortem imported = imported(NO_DATE);
      Postmortem p = imported.postmortem();
      assertEquals(List.of(Optional.empty()), times(p));
      assertEquals("Build queue stops draining", p.timeline().get(0).description());
      assertEquals(Map.of("Time (timeline[0].at)", "14:02"), p.attributes());
      assertEquals(List.of("timeline[0].at 5"), imported.findings(ImportRule.UNREADABLE_VALUE).stream()
          .map(f -> f.path() + " " + f.line().orElseThrow()).toList());
    }

    @Test
    void defaultDateOptionDoesNotOverrideTheDocumentsDate() {
      Postmortem p = MarkdownImporter.builder().clock(CLOCK).defaultDate(LocalDate.of(2025, 5, 1)).build()
          .read(NO_ZONE).postmortem();
      assertEquals(Optional.of(LocalDate.of(2025, 1, 14)), p.date());
      assertEquals(List.of(at("2025-01-14T10:00:00Z")), times(p));
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Item6ActionItems {
    private static Postmortem actionItems(String items) {
      return read(dated("## Action Items\n\n" + items));
    }

    @Test
    void ownerWrittenInlineWithHandle() {
      ActionItem item = actionItems("- [ ] @jlee: Add a retry budget to the payments client\n").actionItems().get(0);
      assertEquals("Add a retry budget to the payments client", item.description());
      assertEquals(Optional.of("@jlee"), item.owner());
    }

    @Test
    void ownerAndTicketAfterDashes() {
      ActionItem item = actionItems("- [ ] Add a retry budget to the payments client — Jamie Lee — PAY-12\n")
          .actionItems().get(0);
      assertEquals("Add a retry budget to the payments client", item.description());
      assertEquals(Optional.of("Jamie Lee"), item.owner());
      assertEquals(Optional.of("PAY-12"), item.ticket());
    }

    @Test
    void ownerInParentheses() {
      ActionItem item = actionItems("- [ ] Add a retry budget to the payments client (owner: jlee)\n")
          .actionItems().get(0);
      assertEquals("Add a retry budget to the payments client", item.description());
      assertEquals(Optional.of("jlee"), item.owner());
    }

    @Test
    void ownerLabel() {
      ActionItem item = actionItems("- [ ] Add a retry budget to the payments client - Owner: Jamie Lee\n")
          .actionItems().get(0);
      assertEquals("Add a retry budget to the payments client", item.description());
      assertEquals(Optional.of("Jamie Lee"), item.owner());
    }

    private void assertDoneThenOpen(Postmortem p) {
      assertEquals(List.of("Add a retry budget", "Alert on the retry rate"), actions(p));
      assertEquals(List.of(ActionStatus.DONE, ActionStatus.OPEN),
          p.actionItems().stream().map(ActionItem::status).toList());
    }

    @Test
    void checkedBoxMeansDone() {
      assertDoneThenOpen(actionItems("- [x] Add a retry budget\n- [ ] Alert on the retry rate\n"));
    }

    @Test
    void boldDoneMeansDone() {
      assertDoneThenOpen(actionItems("- **DONE** Add a retry budget\n- Alert on the retry rate\n"));
    }

    @Test
    void doneInParenthesesMeansDone() {
      assertDoneThenOpen(actionItems("- Add a retry budget (done)\n- Alert on the retry rate\n"));
    }

    @Test
    void strikethroughMeansDone() {
      assertDoneThenOpen(actionItems("- ~~Add a retry budget~~\n- Alert on the retry rate\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bug", "Ticket", "Issue", "Jira"})
    void ticketColumns(String column) {
      ActionItem item = actionItems("""
          | Action | Owner | %s |
          |---|---|---|
          | Add a retry budget | @jlee | PAY-1201 |
          """.formatted(column)).actionItems().get(0);
      assertEquals("Add a retry budget", item.description());
      assertEquals(Optional.of("PAY-1201"), item.ticket());
      assertEquals(Optional.of("@jlee"), item.owner());
      assertEquals(Optional.empty(), item.notes());
    }

    /**
     * The model's ticket is "a reference or a link", and inline fields are Markdown: the reference,
     * the address, or the Markdown link to it are each the ticket.
     */
    private static final Set<Optional<String>> TICKET_FORMS = Set.of(Optional.of("PAY-1201"),
        Optional.of("https://jira.example.com/browse/PAY-1201"),
        Optional.of("[PAY-1201](https://jira.example.com/browse/PAY-1201)"));

    @Test
    void ticketWrittenAsALink() {
      ImportedPostmortem imported = imported(dated("""
          ## Action Items

          | Action | Owner | Ticket |
          |---|---|---|
          | Add a retry budget | @jlee | [PAY-1201](https://jira.example.com/browse/PAY-1201) |
          """));
      ActionItem item = imported.postmortem().actionItems().get(0);
      assertTrue(TICKET_FORMS.contains(item.ticket()), () -> "ticket: " + item.ticket());
      assertEquals(Optional.empty(), item.notes());
      assertEquals(List.of(), imported.findings(ImportRule.UNFILLED_PLACEHOLDER), "a link's text is not a placeholder");
    }

    @Test
    void ticketLinkInABulletIsNeverAPlaceholder() {
      ImportedPostmortem imported = imported(dated("""
          ## Action Items

          - [ ] Add a retry budget (@jlee) [PAY-1201](https://jira.example.com/browse/PAY-1201)
          """));
      ActionItem item = imported.postmortem().actionItems().get(0);
      assertEquals("Add a retry budget", item.description());
      assertEquals(Optional.of("@jlee"), item.owner());
      assertTrue(TICKET_FORMS.contains(item.ticket()), () -> "ticket: " + item.ticket());
      assertEquals(List.of(), imported.findings(ImportRule.UNFILLED_PLACEHOLDER));
    }

    @Test
    void referenceStyleTicketLinks() {
      ImportedPostmortem imported = imported(dated("""
          ## Action Items

          - [ ] Add a retry budget (@jlee) [PAY-1201][1]

          [1]: https://jira.example.com/browse/PAY-1201
          """));
      ActionItem item = imported.postmortem().actionItems().get(0);
      assertEquals("Add a retry budget", item.description());
      // "[PAY-1201][1]" alone is no link: its target is in the definition at the bottom.
      assertTrue(TICKET_FORMS.contains(item.ticket()), () -> "ticket: " + item.ticket());
      assertEquals(List.of(), imported.findings(ImportRule.UNFILLED_PLACEHOLDER));
    }

    @Test
    void explanatoryBulletsAboveATableAreNotActionItems() {
      Postmortem p = actionItems("""
          These are tracked on the reliability board:

          - Items marked P0 block the next release.
          - Owners update the status every Friday.

          | Action | Owner | Priority |
          |---|---|---|
          | Add a retry budget | @jlee | P0 |
          | Alert on the retry rate | @mo | P1 |
          """);
      assertEquals(List.of("Add a retry budget", "Alert on the retry rate"), actions(p));
      assertEquals(List.of(Optional.of(Priority.P0), Optional.of(Priority.P1)),
          p.actionItems().stream().map(ActionItem::priority).toList());
    }

    @Test
    void subBulletsBelongToTheirItem() {
      Postmortem p = actionItems("""
          - [ ] Add a retry budget (@jlee)
            - cap retries at 10% of traffic
            - expose the budget as a metric
          - [ ] Alert on the retry rate (@mo)
          """);
      assertEquals(List.of("Add a retry budget", "Alert on the retry rate"), actions(p));
      ActionItem budget = p.actionItems().get(0);
      assertEquals(Optional.of("@jlee"), budget.owner());
      String notes = budget.notes().orElse("");
      assertTrue(notes.contains("cap retries at 10% of traffic") && notes.contains("expose the budget as a metric"),
          () -> "notes: " + budget.notes());
    }

    @Test
    void priorityPrefixes() {
      Postmortem p = actionItems("- [ ] **HIGH** Add a retry budget\n- [ ] P0: Alert on the retry rate\n");
      assertEquals(List.of("Add a retry budget", "Alert on the retry rate"), actions(p));
      assertEquals(List.of(Optional.of(Priority.HIGH), Optional.of(Priority.P0)),
          p.actionItems().stream().map(ActionItem::priority).toList());
    }

    @Test
    void ownerPrefixes() {
      Postmortem p = actionItems("- [ ] [Payments] Add a retry budget\n- [ ] @sre-team: Alert on the retry rate\n");
      assertEquals(List.of("Add a retry budget", "Alert on the retry rate"), actions(p));
      assertEquals(List.of(Optional.of("Payments"), Optional.of("@sre-team")),
          p.actionItems().stream().map(ActionItem::owner).toList());
    }

    @ParameterizedTest
    @CsvSource({"DONE, DONE", "TODO, OPEN", "IN PROGRESS, IN_PROGRESS", "Done, DONE"})
    void statusWordsInAStatusCell(String cell, ActionStatus expected) {
      ActionItem item = actionItems("""
          | Action | Owner | Status |
          |---|---|---|
          | Add a retry budget | @jlee | %s |
          """.formatted(cell)).actionItems().get(0);
      assertEquals(expected, item.status());
      assertEquals(Optional.empty(), item.notes());
    }

    @Test
    void failedInAStatusCellIsStillToDo() {
      ActionItem item = actionItems("""
          | Action | Owner | Status |
          |---|---|---|
          | Add a retry budget | @jlee | FAILED |
          """).actionItems().get(0);
      // Not done, and not given up on: it still needs work.
      assertTrue(item.status().isPending(), () -> "status " + item.status());
    }

    @ParameterizedTest
    @CsvSource({"'n/a DONE', DONE", "'n/a TODO', OPEN", "'PAY-77 DONE', DONE"})
    void statusWordsInABugCell(String cell, ActionStatus expected) {
      ActionItem item = actionItems("""
          | Action Item | Type | Owner | Bug |
          |---|---|---|---|
          | Add a retry budget | prevent | jlee | %s |
          """.formatted(cell)).actionItems().get(0);
      assertEquals(expected, item.status());
      assertEquals(cell.startsWith("PAY") ? Optional.of("PAY-77") : Optional.empty(), item.ticket());
      assertEquals(Optional.empty(), item.notes());
    }

    @Test
    void typePriorityAndTicketColumns() {
      ActionItem item = actionItems("""
          | Action | Type | Priority | Owner | Bug |
          |---|---|---|---|---|
          | Add load shedding to the search frontend | prevent | P1 | agoogler | SRCH-4411 |
          """).actionItems().get(0);
      assertEquals("Add load shedding to the search frontend", item.description());
      assertEquals(Optional.of(ActionType.PREVENT), item.type());
      assertEquals(Optional.of(Priority.P1), item.priority());
      assertEquals(Optional.of("agoogler"), item.owner());
      assertEquals(Optional.of("SRCH-4411"), item.ticket());
    }

    @Test
    void followUpsUnderSubHeadingsOfTheActionItemsSection() {
      ImportedPostmortem imported = imported(dated("""
          ## Action Items

          ### Database
          - [ ] Add an index on orders.created_at (@kim)

          ### Alerting
          - [ ] Page on replication lag over 30 s (@mo)
          """));
      Postmortem p = imported.postmortem();
      assertEquals(List.of("Add an index on orders.created_at", "Page on replication lag over 30 s"), actions(p));
      assertEquals(List.of(Optional.of("@kim"), Optional.of("@mo")),
          p.actionItems().stream().map(ActionItem::owner).toList());
      assertNoCustomSections(imported);
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Item7Headings {
    @Test
    void lowerCaseHeadings() {
      ImportedPostmortem imported = imported(dated("""
          ## impact

          - **Users affected:** 1,200 merchants

          ## root cause

          A config push removed the default route.
          """));
      Postmortem p = imported.postmortem();
      assertEquals(Optional.of("1,200 merchants"), p.impact().usersAffected());
      assertEquals(Optional.of("A config push removed the default route."), p.rootCause().primaryCause());
      assertEquals("impact", home(imported, "impact"));
      assertNoCustomSections(imported);
    }

    @Test
    void emojiAndEmojiShortcodeHeadings() {
      ImportedPostmortem imported = imported(dated("""
          ## :warning: Leadup

          A config change was merged on Friday without review.

          ## 🔥 Root Cause

          The change removed the default route.
          """));
      Postmortem p = imported.postmortem();
      // The lead-up is the story of what happened.
      assertEquals(Optional.of("A config change was merged on Friday without review."), p.summary().whatHappened());
      assertEquals(Optional.of("The change removed the default route."), p.rootCause().primaryCause());
      assertEquals("summary.whatHappened", home(imported, ":warning: Leadup"));
      assertEquals("rootCause.primaryCause", home(imported, "🔥 Root Cause"));
      assertNoCustomSections(imported);
    }

    @Test
    void numberedHeadings() {
      ImportedPostmortem imported = imported(dated("""
          ## 1. Summary

          Checkout failed for 23 minutes.

          ## 2) Impact

          - **Users affected:** 1,200 merchants
          """));
      Postmortem p = imported.postmortem();
      assertEquals(Optional.of("Checkout failed for 23 minutes."), p.summary().tldr());
      assertEquals(Optional.of("1,200 merchants"), p.impact().usersAffected());
      assertEquals("impact", home(imported, "2) Impact"));
      assertNoCustomSections(imported);
    }

    @Test
    void trailingColons() {
      ImportedPostmortem imported = imported(dated("""
          ## Root cause:

          A config push removed the default route.
          """));
      assertEquals(Optional.of("A config push removed the default route."),
          imported.postmortem().rootCause().primaryCause());
      assertEquals("rootCause.primaryCause", home(imported, "Root cause:"));
    }

    @Test
    void boldPseudoHeadings() {
      Postmortem p = read(dated("""
          ## Summary

          Half the fleet lost its default route for 12 minutes.

          **Root Causes:**

          A config push removed the default route from the edge routers.
          """));
      assertEquals(Optional.of("Half the fleet lost its default route for 12 minutes."), p.summary().tldr());
      assertEquals(Optional.of("A config push removed the default route from the edge routers."),
          p.rootCause().primaryCause());
    }

    @Test
    void rootCausesLineInBold() {
      Postmortem p = read(dated("""
          ## Summary

          Half the fleet lost its default route for 12 minutes.

          **Root Causes:** A config push removed the default route from the edge routers.
          """));
      assertEquals(Optional.of("A config push removed the default route from the edge routers."),
          p.rootCause().primaryCause());
    }

    @Test
    void rootCausesLineInsideAList() {
      Postmortem p = read(dated("""
          ## Summary

          - Checkout failed for 23 minutes.
          - Root Causes: a config push removed the default route.
          """));
      assertEquals(Optional.of("a config push removed the default route."), p.rootCause().primaryCause());
    }

    @Test
    void rootCauseOfTheOutageHeading() {
      ImportedPostmortem imported = imported(dated("""
          ## Root cause of the outage

          A config push removed the default route.
          """));
      assertEquals(Optional.of("A config push removed the default route."),
          imported.postmortem().rootCause().primaryCause());
      assertNoCustomSections(imported);
    }

    @Test
    void rootCauseUnderASubHeadingOfRootCauseAnalysis() {
      ImportedPostmortem imported = imported(dated("""
          ## Root Cause Analysis

          ### The expired certificate

          The intermediate certificate expired at midnight and nothing renewed it.
          """));
      String cause = imported.postmortem().rootCause().primaryCause().orElse("");
      assertTrue(cause.contains("The intermediate certificate expired at midnight and nothing renewed it."),
          () -> "primary cause: " + cause);
      assertNoCustomSections(imported);
    }

    @Test
    void sreBookLessonsLearnedWithWentWellWentWrongGotLucky() {
      ImportedPostmortem imported = imported(dated("""
          ## Lessons Learned

          ### What went well
          - The alert fired within a minute.

          ### What went wrong
          - The runbook was out of date.

          ### Where we got lucky
          - Traffic was low on a Sunday.
          """));
      Postmortem p = imported.postmortem();
      assertEquals(List.of("The alert fired within a minute."), p.whatWentWell());
      assertEquals(List.of("The runbook was out of date."), p.whatWentPoorly());
      assertEquals(List.of("Traffic was low on a Sunday."), p.whereWeGotLucky());
      assertNoCustomSections(imported);
    }

    @Test
    void pagerDutyHowdWeDo() {
      ImportedPostmortem imported = imported(dated("""
          ## How'd We Do?

          ### What went well?
          - Responders joined within five minutes.

          ### What didn't go so well?
          - The status page went up late.
          """));
      Postmortem p = imported.postmortem();
      assertEquals(List.of("Responders joined within five minutes."), p.whatWentWell());
      assertEquals(List.of("The status page went up late."), p.whatWentPoorly());
      assertNoCustomSections(imported);
    }

    @Test
    void pagerDutyMessagingIsCommunications() {
      ImportedPostmortem imported = imported(dated("""
          ## Messaging

          ### Internal Email

          The checkout outage is resolved; the postmortem review is on Thursday.

          ### External Message

          Some customers could not complete checkout for 23 minutes. It is resolved.
          """));
      List<Communication> messages = imported.postmortem().communications();
      assertEquals(List.of(Audience.INTERNAL, Audience.EXTERNAL),
          messages.stream().map(Communication::audience).toList());
      assertTrue(messages.get(0).detail().contains("the postmortem review is on Thursday"));
      assertTrue(messages.get(1).detail().contains("Some customers could not complete checkout"));
      assertEquals("communications", home(imported, "Messaging"));
      assertNoCustomSections(imported);
    }

    @Test
    void supportingInformationIsEvidence() {
      ImportedPostmortem imported = imported(dated("""
          ## Supporting information

          - Checkout error rate dashboard: https://grafana.example.com/d/checkout
          """));
      List<Evidence> evidence = imported.postmortem().evidence();
      assertEquals(1, evidence.size());
      assertEquals(Optional.of("https://grafana.example.com/d/checkout"), evidence.get(0).link());
      assertEquals("evidence", home(imported, "Supporting information"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "An alert on the 5xx rate paged the on-call engineer. | ALERT",
        "A customer reported failed payments through support. | CUSTOMER_REPORT"})
    void detectionParagraphGivesTheMethod(String paragraph, DetectionMethod method) {
      ImportedPostmortem imported = imported(dated("## Detection\n\n" + paragraph + "\n"));
      Postmortem p = imported.postmortem();
      assertEquals(Optional.of(method), p.detection().method());
      assertEquals(Optional.of(paragraph), p.detection().detail());
      assertEquals("detection", home(imported, "Detection"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"All times in EEST.", "_All times in EEST._", "*All times are in EEST.*"})
    void timeZoneNoteIsAZoneNotAPlaceholder(String note) {
      ImportedPostmortem imported = imported("""
          # Cache restart

          **Date:** 2025-07-14

          ## Timeline

          %s

          - 10:00 Cache nodes restart
          """.formatted(note));
      // EEST is UTC+3.
      assertEquals(List.of(at("2025-07-14T07:00:00Z")), times(imported.postmortem()));
      assertEquals(List.of(), imported.findings(ImportRule.UNFILLED_PLACEHOLDER));
    }

    private static final String GERMAN = """
        ---
        title: Ausfall der Suche
        date: 2025-02-03
        severity: sev-2
        ---

        ## Zusammenfassung

        Die Suche war 40 Minuten lang nicht erreichbar.

        ## Ablauf

        | Zeit | Ereignis |
        |---|---|
        | 10:02 | Erste Fehlermeldungen im Monitoring |
        | 10:42 | Index neu aufgebaut |

        ## Maßnahmen

        - [ ] Alarm für die Indexgröße einrichten (@jan)
        - [x] Runbook ergänzen (@eva)
        """;

    @Test
    void documentInAnotherLanguageKeepsItsFrontMatterAndText() {
      Postmortem p = read(GERMAN);
      assertEquals("Ausfall der Suche", p.title());
      assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), p.date());
      assertEquals(Optional.of(Severity.SEV_2), p.severity());
      // "Zusammenfassung" is the summary's German heading.
      assertTrue(p.summary().tldr().orElse("").contains("Die Suche war 40 Minuten lang nicht erreichbar."),
          () -> "summary: " + p.summary() + ", custom sections: " + p.customSections());
    }

    @Test
    void documentInAnotherLanguageYieldsItsTableTimes() {
      Postmortem p = read(GERMAN);
      assertEquals(List.of(at("2025-02-03T10:02:00Z"), at("2025-02-03T10:42:00Z")), times(p));
      assertEquals(List.of("Erste Fehlermeldungen im Monitoring", "Index neu aufgebaut"), descriptions(p));
    }

    @Test
    void documentInAnotherLanguageYieldsItsChecklist() {
      Postmortem p = read(GERMAN);
      assertEquals(List.of("Alarm für die Indexgröße einrichten", "Runbook ergänzen"), actions(p));
      assertEquals(List.of(Optional.of("@jan"), Optional.of("@eva")),
          p.actionItems().stream().map(ActionItem::owner).toList());
      assertEquals(List.of(ActionStatus.OPEN, ActionStatus.DONE),
          p.actionItems().stream().map(ActionItem::status).toList());
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Item8Metadata {
    @Test
    void incidentNumberInTitle() {
      Postmortem p = read("""
          # Incident #2291: Checkout errors after deploy

          ## Summary

          Checkout failed for 23 minutes.
          """);
      // The design: the number after "Incident #" is the incident id; the title stays as written.
      assertEquals(Optional.of("2291"), p.incidentId());
      assertEquals("Incident #2291: Checkout errors after deploy", p.title());
    }

    @Test
    void keyValueTableNearTheTop() {
      Postmortem p = read("""
          # Checkout errors

          | Summary | Checkout failed for 23 minutes after a config push |
          |---|---|
          | Date | 2025-01-14 |
          | Severity | SEV-2 |
          | Authors | Ana Ruiz, Ben Ode |

          ## Timeline

          - 14:02 Config push starts
          """);
      assertEquals(Optional.of("Checkout failed for 23 minutes after a config push"), p.summary().tldr());
      assertEquals(Optional.of(LocalDate.of(2025, 1, 14)), p.date());
      assertEquals(Optional.of(2), p.severity().map(Severity::rank));
      assertEquals(List.of("Ana Ruiz", "Ben Ode"), p.authors());
      assertEquals(List.of(at("2025-01-14T14:02:00Z")), times(p));
    }

    @Test
    void frontMatterTitleWinsOverTheH1() {
      Postmortem p = read("""
          ---
          title: Checkout errors after the January deploy
          date: 2025-01-14
          ---

          # Checkout outage

          Checkout failed for 23 minutes.
          """);
      // The design: the front matter's title wins; a different H1 is kept as attribute "Heading".
      assertEquals("Checkout errors after the January deploy", p.title());
      assertEquals(Map.of("Heading", "Checkout outage"), p.attributes());
    }

    @Test
    void frontMatterTitleEqualToTheH1AddsNoAttribute() {
      Postmortem p = read("""
          ---
          title: Checkout outage
          date: 2025-01-14
          ---

          # Checkout outage

          Checkout failed for 23 minutes.
          """);
      assertEquals("Checkout outage", p.title());
      assertEquals(Map.of(), p.attributes());
    }

    @Test
    void tomlFrontMatter() {
      Postmortem p = read("""
          +++
          title = "Metrics gap in eu-west"
          date = 2025-02-03
          severity = "sev-3"
          tags = ["metrics", "eu-west"]
          authors = ["Ana Ruiz"]
          +++

          ## Summary

          No metrics were stored for 50 minutes.
          """);
      assertEquals("Metrics gap in eu-west", p.title());
      assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), p.date());
      assertEquals(Optional.of(Severity.SEV_3), p.severity());
      assertEquals(List.of("metrics", "eu-west"), p.tags());
      assertEquals(List.of("Ana Ruiz"), p.authors());
      assertEquals(Optional.of("No metrics were stored for 50 minutes."), p.summary().tldr());
    }

    @Test
    void boldLabelWithTheColonInsideTheBold() {
      Postmortem p = read("""
          # Checkout errors

          **Date:** 2025-01-14
          **Severity:** SEV-2
          **Owner:** @ana

          ## Summary

          Checkout failed for 23 minutes.
          """);
      assertEquals(Optional.of(LocalDate.of(2025, 1, 14)), p.date());
      assertEquals(Optional.of(Severity.SEV_2), p.severity());
      assertEquals(Optional.of("@ana"), p.owner());
      assertEquals(Map.of(), p.attributes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Author: Ana Ruiz | Ana Ruiz", "Authors: Ana Ruiz, Ben Ode | Ana Ruiz;Ben Ode"})
    void authorAndAuthorsLines(String line, String expected) {
      Postmortem p = read("# Checkout errors\n\n" + line + "\n\n## Summary\n\nCheckout failed for 23 minutes.\n");
      assertEquals(List.of(expected.split(";")), p.authors());
      assertEquals(Map.of(), p.attributes());
    }

    @Test
    void metadataLinesEndingInBr() {
      Postmortem p = read("""
          # Checkout errors

          **Date:** 2025-01-14<br>
          **Severity:** SEV-2<br>
          **Owner:** @ana<br>

          ## Summary

          Checkout failed for 23 minutes.
          """);
      assertEquals(Optional.of(LocalDate.of(2025, 1, 14)), p.date());
      assertEquals(Optional.of(Severity.SEV_2), p.severity());
      assertEquals(Optional.of("@ana"), p.owner());
      assertEquals(Map.of(), p.attributes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-14: Checkout outage", "Checkout outage on January 14, 2025",
        "Checkout outage (14 Jan 2025)"})
    void dateFromTheTitle(String title) {
      Postmortem p = read("# " + title + "\n\n## Timeline\n\n- 14:02 Config push starts\n");
      assertEquals(Optional.of(LocalDate.of(2025, 1, 14)), p.date());
      assertEquals(List.of(at("2025-01-14T14:02:00Z")), times(p), "bare times fall on the title's date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SEV-1", "Sev1", "P1", "critical", "sev 1"})
    void severityInAnySpelling(String written) {
      ImportedPostmortem imported = imported("# Checkout errors\n\n**Severity:** " + written
          + "\n\n## Summary\n\nCheckout failed for 23 minutes.\n");
      Postmortem p = imported.postmortem();
      assertEquals(Optional.of(1), p.severity().map(Severity::rank), () -> "severity " + p.severity());
      assertEquals(Map.of(), p.attributes());
      assertEquals(List.of(), imported.findings(ImportRule.UNREADABLE_VALUE));
    }

    @Test
    void severityOfTheStandardScalesIsTheConstant() {
      assertEquals(Optional.of(Severity.SEV_1),
          read("# Checkout errors\n\n**Severity:** SEV-1\n\n## Summary\n\nIt failed.\n").severity());
      assertEquals(Optional.of(Severity.CRITICAL),
          read("# Checkout errors\n\n**Severity:** critical\n\n## Summary\n\nIt failed.\n").severity());
    }

    @Test
    void respondersWithNotesInParenthesesAreTwoPeople() {
      Postmortem p = read(dated("""
          ## Responders

          - Incident Commander: Sam Ortiz
          - Subject Matter Experts: Ana (database), Ben (auth)
          """));
      // The design: the role before the list, with each person's note in parentheses after it.
      assertEquals(List.of(Responder.of("Sam Ortiz", "Incident Commander"),
          Responder.of("Ana", "Subject Matter Experts (database)"),
          Responder.of("Ben", "Subject Matter Experts (auth)")), p.responders());
    }

    @Test
    void respondersLineWithRolesInParentheses() {
      Postmortem p = read("""
          # Checkout errors

          **Date:** 2025-01-14
          **Responders:** Ana (database), Ben (auth)

          ## Summary

          Checkout failed for 23 minutes.
          """);
      assertEquals(List.of(Responder.of("Ana", "database"), Responder.of("Ben", "auth")), p.responders());
    }

    @Test
    void impactTableOfMetricRows() {
      Postmortem p = read(dated("""
          ## Impact

          | Metric | Value |
          |---|---|
          | Users affected | 1,200 |
          | Failed checkouts | 3,410 |
          | Support tickets | 87 |
          """));
      assertEquals(Optional.of("1,200"), p.impact().usersAffected());
      assertEquals(List.of(ImpactMetric.of("Failed checkouts", "3,410"), ImpactMetric.of("Support tickets", "87")),
          p.impact().metrics());
    }

    @Test
    void moneyLineGivesACostItem() {
      Postmortem p = read(dated("""
          ## Impact

          - **Users affected:** 1,200 merchants
          - **Revenue impact:** $2,340 in refunds
          """));
      assertEquals(Optional.of("$2,340 in refunds"), p.impact().revenueImpact());
      List<CostItem> costs = p.impact().costs();
      assertEquals(1, costs.size(), () -> "costs: " + costs);
      assertEquals(CostKind.REFUND, costs.get(0).kind());
      assertEquals(0, new BigDecimal("2340").compareTo(costs.get(0).amount()), () -> "amount " + costs.get(0).amount());
      assertEquals(Currency.getInstance("USD"), costs.get(0).currency());
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Item9NoStashing {
    @Test
    void unreadableValueIsKeptAsANamedAttributeNotInAnotherField() {
      ImportedPostmortem imported = imported(dated("""
          ## Timeline

          | Time | Event | Action Taken |
          |---|---|---|
          | around lunch | Gateway starts returning 502s | Paged the on-call engineer |
          | 14:09 | Pool restarted | Restarted the gateway pool |
          """));
      Postmortem p = imported.postmortem();
      TimelineEvent first = p.timeline().get(0);
      assertEquals(Optional.empty(), first.at());
      assertEquals("Gateway starts returning 502s", first.description());
      assertEquals(Optional.of("Paged the on-call engineer"), first.actionTaken(), "nothing glued onto it");
      assertEquals(at("2025-01-14T14:09:00Z"), p.timeline().get(1).at());
      assertEquals(Map.of("Time (timeline[0].at)", "around lunch"), p.attributes());
      assertEquals(List.of("timeline[0].at 9"), imported.findings(ImportRule.UNREADABLE_VALUE).stream()
          .map(f -> f.path() + " " + f.line().orElseThrow()).toList());
    }

    @Test
    void unreadableTicketIsNotGluedIntoTheNotes() {
      ImportedPostmortem imported = imported(dated("""
          ## Action Items

          | Action | Owner | Ticket | Notes |
          |---|---|---|---|
          | Add load shedding | agoogler | Bug 5554823 | Needs a design review |
          """));
      ActionItem item = imported.postmortem().actionItems().get(0);
      assertEquals(Optional.empty(), item.ticket());
      assertEquals(Optional.of("Needs a design review"), item.notes());
      assertEquals(Map.of("Ticket (actionItems[0].ticket)", "Bug 5554823"), imported.postmortem().attributes());
      assertEquals(List.of("actionItems[0].ticket 9"), imported.findings(ImportRule.UNREADABLE_VALUE).stream()
          .map(f -> f.path() + " " + f.line().orElseThrow()).toList());
    }

    @Test
    void unreadableDueDateIsNotGluedIntoTheNotes() {
      ImportedPostmortem imported = imported(dated("""
          ## Action Items

          | Action | Owner | Due |
          |---|---|---|
          | Add load shedding | agoogler | next sprint |
          """));
      ActionItem item = imported.postmortem().actionItems().get(0);
      assertEquals(Optional.empty(), item.dueDate());
      assertEquals(Optional.empty(), item.notes());
      assertEquals(Map.of("Due (actionItems[0].dueDate)", "next sprint"), imported.postmortem().attributes());
      assertEquals(List.of("actionItems[0].dueDate 9"), imported.findings(ImportRule.UNREADABLE_VALUE).stream()
          .map(f -> f.path() + " " + f.line().orElseThrow()).toList());
    }

    @Test
    void unreadableTimeInABulletIsNotGluedIntoTheDescription() {
      ImportedPostmortem imported = imported(dated("""
          ## Timeline

          | Time | Event |
          |---|---|
          | 25:99 | Gateway starts returning 502s |
          """));
      Postmortem p = imported.postmortem();
      assertEquals("Gateway starts returning 502s", p.timeline().get(0).description());
      assertEquals(Map.of("Time (timeline[0].at)", "25:99"), p.attributes());
      assertEquals(List.of("timeline[0].at"), imported.findings(ImportRule.UNREADABLE_VALUE).stream()
          .map(ImportFinding::path).toList());
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Item10BlankTemplates {
    private static final String COMPACT = "compact-template-blank.md";
    private static final String DETAILED = "detailed-template-blank.md";

    @Test
    void blankCompactTemplateReportsEveryInstruction() {
      ImportedPostmortem imported = imported(resource(COMPACT));
      // The callout (3), TL;DR (14), timeline note (26), root cause (53) and lessons (67) instructions.
      Set<Integer> reported = lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER));
      assertTrue(reported.containsAll(Set.of(3, 14, 26, 53, 67)), () -> "reported lines " + reported);
    }

    @Test
    void blankCompactTemplateReportsEveryPlaceholderWithItsLine() {
      ImportedPostmortem imported = imported(resource(COMPACT));
      // Read off the file: the callout; Date, Severity, Owner, Status; the TL;DR instruction; the five
      // impact lines; the timeline note; the five "..." bullets; the root cause instruction; the
      // three action rows' @owner and YYYY-MM-DD; the lessons instruction.
      assertEquals(Set.of(3, 7, 8, 9, 10, 14, 18, 19, 20, 21, 22, 26, 39, 40, 44, 45, 49, 53, 61, 62, 63, 67),
          lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER)));
    }

    @Test
    void blankCompactTemplateInstructionsAreNotValues() {
      Postmortem p = read(resource(COMPACT));
      assertEquals(Optional.empty(), p.summary().tldr());
      assertTrue(p.rootCause().primaryCause().map(c -> !c.contains("Avoid blame")).orElse(true),
          () -> "root cause " + p.rootCause().primaryCause());
      assertEquals(Optional.empty(), p.lessons().takeaway());
      assertEquals(Optional.empty(), p.date());
      assertEquals(Optional.empty(), p.severity());
      assertEquals(Optional.empty(), p.owner());
      assertEquals(Optional.empty(), p.documentStatus());
      assertEquals(List.of(), p.whatWentWell());
    }

    @Test
    void blankCompactTemplateDescriptivePlaceholdersAreNotValues() {
      Postmortem p = read(resource(COMPACT));
      // "number / percentage.", "number, by status.", "start → end (UTC)." describe what to write.
      assertEquals(Optional.empty(), p.impact().usersAffected());
      assertEquals(List.of(), p.impact().metrics());
      assertEquals(Optional.empty(), p.impact().revenueImpact());
      assertEquals(List.of(), p.impact().costs());
      assertEquals(Optional.empty(), p.startedAt());
      assertEquals(Optional.empty(), p.endedAt());
      // The example timeline's bare times have no date in a blank template, so they are kept as
      // "Time (timeline[i].at)" attributes; none of the impact lines may be kept as a value.
      assertTrue(p.attributes().keySet().stream().noneMatch(k -> k.startsWith("Duration")
          || k.startsWith("Users affected") || k.startsWith("Calls affected") || k.startsWith("Money")),
          () -> "attributes " + p.attributes());
    }

    @Test
    void blankDetailedTemplateReportsItsPlaceholders() {
      ImportedPostmortem imported = imported(resource(DETAILED));
      Set<Integer> reported = lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER));
      // Metadata (3-7), the summary instruction (13) and bullets (15-18), the timeline note (44), a
      // technical detail (63), an action (101), a prevention line (117), an evidence line (162), a
      // communication line (181), a code change (209), a past incident (213), the review (220-224),
      // the tracking instruction (230) and rows (234, 235).
      Set<Integer> expected = Set.of(3, 4, 5, 6, 7, 13, 15, 16, 17, 18, 44, 63, 101, 117, 162, 181, 209, 213,
          220, 221, 222, 224, 230, 234, 235);
      Set<Integer> missing = new TreeSet<>(expected);
      missing.removeAll(reported);
      assertEquals(Set.of(), missing, "placeholder lines without a finding");
    }

    @Test
    void blankDetailedTemplateReadsNoValue() {
      Postmortem p = read(resource(DETAILED));
      assertEquals(Optional.empty(), p.incidentId());
      assertEquals(Optional.empty(), p.date());
      assertEquals(Optional.empty(), p.severity());
      assertEquals(Optional.empty(), p.incidentStatus());
      assertEquals(Optional.empty(), p.startedAt());
      assertEquals(Optional.empty(), p.summary().whatHappened());
      assertEquals(Optional.empty(), p.impact().usersAffected());
      assertEquals(List.of(), p.actionItems());
      assertEquals(List.of(), p.preventionMeasures());
      assertEquals(List.of(), p.evidence());
      assertEquals(List.of(), p.communications());
      assertEquals(List.of(), p.appendix().codeChanges());
      assertEquals(List.of(), p.appendix().similarIncidents());
      assertEquals(Optional.empty(), p.review().preparedBy());
      assertEquals(List.of(), p.review().distribution());
      assertEquals(List.of(), p.lessons().openQuestions());
    }

    @Test
    void blankDetailedTemplateConfigurationBlockReadsNoValue() {
      Postmortem p = read(resource(DETAILED));
      // "true/false" and "[version]" say what to write, they are not flags or settings.
      assertTrue(p.appendix().featureFlags().values().stream().noneMatch(v -> v.equals("true/false")),
          () -> "feature flags " + p.appendix().featureFlags());
      assertTrue(p.appendix().environment().values().stream().noneMatch(v -> v.contains("[")),
          () -> "environment " + p.appendix().environment());
    }

    @Test
    void anInstructionLeftInAFilledDocumentIsAPlaceholder() {
      ImportedPostmortem imported = imported("""
          # Post-mortem: search timeouts

          **Date:** 2025-02-10

          ## TL;DR

          A 2-3 sentence executive summary. What broke, who was affected, how it was fixed, what we'll do about it.

          ## Root cause

          The index rebuild held a lock on the search shards.
          """);
      Postmortem p = imported.postmortem();
      assertEquals(Optional.empty(), p.summary().tldr());
      assertEquals(Optional.of("The index rebuild held a lock on the search shards."), p.rootCause().primaryCause());
      assertEquals(Set.of(7), lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER)));
    }

    @Test
    void anInstructionOfTheDetailedTemplateLeftInAFilledDocumentIsAPlaceholder() {
      ImportedPostmortem imported = imported(dated("""
          ## Root Cause Analysis

          ### Primary Cause
          _The fundamental issue that caused the incident_

          The index rebuild held a lock on the search shards.
          """));
      assertEquals(Optional.of("The index rebuild held a lock on the search shards."),
          imported.postmortem().rootCause().primaryCause());
      assertEquals(Set.of(8), lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER)));
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class CompactTemplateFilled {
    @Test
    void everySectionOfTheFilledCompactTemplateLandsInItsHome() {
      ImportedPostmortem imported = imported("""
          # Post-mortem: search timeouts

          |              |            |
          | ------------ | ---------- |
          | **Date**     | 2025-02-10 |
          | **Severity** | sev-2      |
          | **Owner**    | @mira      |
          | **Status**   | final      |

          ## TL;DR

          Search timed out for 23 minutes after an index rebuild.

          ## Impact

          * **Users affected:** about 8% of searches.
          * **Searches failed:** 41,000 timed out.
          * **Duration:** 14:02 → 14:25 (UTC).

          ## Timeline

          All times UTC.

          | Time  | Event |
          | ----- | ----- |
          | 14:02 | Latency alert fires |
          | 14:25 | Rebuild cancelled, latency back to normal |

          ## What went well

          * The alert fired at once.

          ## What went poorly

          * The rebuild had no lock timeout.

          ## Where we got lucky

          * It was a quiet Monday.

          ## Root cause

          The index rebuild held a lock on the search shards.

          ## Action items

          | Action | Owner | Priority | Due |
          | ------ | ----- | -------- | --- |
          | Add a lock timeout to the rebuild | @mira | high | 2025-02-17 |

          ## Lessons learned

          Long jobs need a timeout on every lock they take.
          """);
      Map<String, String> homes = new java.util.LinkedHashMap<>();
      homes.put("TL;DR", "summary.tldr");
      homes.put("Impact", "impact");
      homes.put("Timeline", "timeline");
      homes.put("What went well", "whatWentWell");
      homes.put("What went poorly", "whatWentPoorly");
      homes.put("Where we got lucky", "whereWeGotLucky");
      homes.put("Root cause", "rootCause.primaryCause");
      homes.put("Action items", "actionItems");
      homes.put("Lessons learned", "lessons.takeaway");
      homes.forEach((heading, home) -> assertEquals(home, home(imported, heading), heading));
      assertNoCustomSections(imported);
      Postmortem p = imported.postmortem();
      assertEquals(Optional.of(DocumentStatus.FINAL), p.documentStatus());
      assertEquals(List.of(ImpactMetric.of("Searches failed", "41,000 timed out.")), p.impact().metrics());
      assertEquals(Optional.of("Long jobs need a timeout on every lock they take."), p.lessons().takeaway());
    }
  }
}
