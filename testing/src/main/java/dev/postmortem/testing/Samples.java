package dev.postmortem.testing;

import dev.postmortem.ActionStatus;
import dev.postmortem.ActionType;
import dev.postmortem.Audience;
import dev.postmortem.CodeChange;
import dev.postmortem.Communication;
import dev.postmortem.CostItem;
import dev.postmortem.CostKind;
import dev.postmortem.DetectionMethod;
import dev.postmortem.DocumentStatus;
import dev.postmortem.EventKind;
import dev.postmortem.Evidence;
import dev.postmortem.EvidenceCategory;
import dev.postmortem.Horizon;
import dev.postmortem.ImpactMetric;
import dev.postmortem.IncidentStatus;
import dev.postmortem.PastIncident;
import dev.postmortem.Postmortem;
import dev.postmortem.PreventionArea;
import dev.postmortem.PreventionMeasure;
import dev.postmortem.Priority;
import dev.postmortem.ResolutionAction;
import dev.postmortem.Responder;
import dev.postmortem.Severity;
import dev.postmortem.Signoff;
import dev.postmortem.TimelineEvent;
import dev.postmortem.Topic;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Named, readable postmortems for tests and examples, so that a test shows a realistic incident
 * rather than {@code "foo"}. Each call builds the same value. Each is also found by its method's
 * name, which is what {@code @Sample("openAi503s")} of {@link dev.postmortem.testing.junit} uses:
 *
 * <pre>{@code
 * Postmortem incident = Samples.openAi503s();
 * Postmortem same = Samples.named("openAi503s");
 * Samples.names();   // [elevenLabsQuota, openAi503s]
 * }</pre>
 */
public final class Samples {
  /** Every sample by the name of its method, in name order. */
  private static final Map<String, Supplier<Postmortem>> BY_NAME = new TreeMap<>(Map.of(
      "openAi503s", Samples::openAi503s,
      "elevenLabsQuota", Samples::elevenLabsQuota));

  private Samples() {}

  /** {@return the names of the samples, each the name of its method, in name order} */
  public static Set<String> names() {
    return Collections.unmodifiableSet(BY_NAME.keySet());
  }

  /**
   * Returns the sample of this name, the name of its method ({@code "openAi503s"}).
   *
   * @param name the name of the sample's method
   * @return a new copy of that sample
   * @throws NoSuchElementException if there is none, with the names there are
   */
  public static Postmortem named(String name) {
    Supplier<Postmortem> sample = BY_NAME.get(java.util.Objects.requireNonNull(name, "name must not be null"));
    if (sample == null) {
      throw new NoSuchElementException("no sample \"" + name + "\"; the samples are " + names());
    }
    return sample.get();
  }

  /**
   * The compact template's own example: OpenAI returned 503s for 18 minutes on 2024-03-14, the
   * analysis pipeline retried tightly and exhausted its worker pool. Final, severity sev-2, in UTC.
   *
   * @return the postmortem
   */
  public static Postmortem openAi503s() {
    return Postmortem.builder()
        .incidentId("INC-2041")
        .title("OpenAI 503s")
        .date(LocalDate.of(2024, 3, 14))
        .severity(Severity.SEV_2)
        .owner("@alice")
        .documentStatus(DocumentStatus.FINAL)
        .incidentStatus(IncidentStatus.RESOLVED)
        .addTags("analysis", "third-party")
        .putAttribute("team", "voice-platform")
        .addResponders(Responder.of("@alice", "incident commander"), Responder.of("@bob", "scribe"))
        .startedAt(utc("14:01"))
        .endedAt(utc("14:20"))
        .summary(s -> s.tldr("OpenAI returned 503s for 18 minutes. Our analysis pipeline retried "
            + "tightly, exhausted its worker pool and slowed transcript reads for every user. We "
            + "failed fast with \"analysis temporarily unavailable\" and re-queued the backlog; "
            + "backoff and a capped pool come next."))
        .impact(i -> i.usersAffected("~30% of active users (analysis); all users (slow reads)")
            .addMetric(ImpactMetric.of("Calls affected", "failed", "1 234"))
            .addMetric(ImpactMetric.of("Calls affected", "delayed", "310"))
            .whatWorked("Recording and live transcripts")
            .whatDidNotWork("Call analysis; transcript pages took up to 9 s to load")
            .addCost(CostItem.builder().kind(CostKind.PROVIDER_COST)
                .amount(new BigDecimal("42.10")).currency(Currency.getInstance("USD"))
                .description("retried OpenAI requests").build()))
        .addEvent(TimelineEvent.at(utc("14:02"), EventKind.ALERTED,
            "Sentry alert fires: `OpenAiTimeoutException` spike."))
        .addEvent(TimelineEvent.at(utc("14:04"), EventKind.ACKNOWLEDGED, "On-call ack."))
        .addEvent(TimelineEvent.at(utc("14:08"), EventKind.IDENTIFIED,
            "Identified that OpenAI was returning 503s."))
        .addEvent(TimelineEvent.at(utc("14:12"), EventKind.MITIGATED,
            "Decided to fail-fast and surface \"analysis temporarily unavailable\" to clients."))
        .addEvent(TimelineEvent.at(utc("14:20"), EventKind.RESOLVED, "OpenAI returns to baseline."))
        .addEvent(TimelineEvent.at(utc("14:25"), EventKind.VERIFIED,
            "Backlog of failed calls re-queued."))
        .detection(d -> d.method(DetectionMethod.ALERT).detectedBy("Sentry"))
        .addWhatWentWell("Alert fired within a minute of the first 503s.",
            "Fail-fast switch already existed behind a flag.")
        .addWhatWentPoorly("Retries had no backoff and no cap.",
            "The worker pool is shared between analysis and transcript reads.")
        .addWhereWeGotLucky("OpenAI recovered on its own before the backlog overflowed.")
        .rootCause(r -> r.primaryCause("The pipeline didn't degrade gracefully when OpenAI "
            + "returned 503s; we retried tightly and exhausted our worker pool, which made "
            + "existing transcript reads slow.").trigger("OpenAI API outage (503s)"))
        .addActionItem(a -> a.description("Add exponential backoff with cap to `OpenAiAnalysisClient`")
            .owner("@bob").priority(Priority.HIGH).dueDate(LocalDate.of(2024, 3, 21))
            .type(ActionType.MITIGATE))
        .addActionItem(a -> a.description("Cap worker thread pool size; add metric")
            .owner("@chen").priority(Priority.MEDIUM).dueDate(LocalDate.of(2024, 3, 28))
            .type(ActionType.PREVENT))
        .addActionItem(a -> a.description(
                "Update [analysis](/features/analysis.md) doc with retry behaviour")
            .owner("@alice").priority(Priority.LOW).dueDate(LocalDate.of(2024, 4, 4))
            .status(ActionStatus.DONE).completedOn(LocalDate.of(2024, 3, 18))
            .type(ActionType.PROCESS))
        .lessons(l -> l.takeaway("Every call to a third party needs a timeout, a retry budget "
            + "and a way to tell users \"not now\"."))
        .build();
  }

  /**
   * A detailed-template incident with nearly every section filled: an ElevenLabs quota ran out
   * during a launch in Europe, track generation failed for 47 minutes. Times in Europe/Berlin;
   * the incident crosses midnight there.
   *
   * @return the postmortem
   */
  public static Postmortem elevenLabsQuota() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Instant start = Instant.parse("2025-06-02T21:41:00Z"); // 23:41 in Berlin
    return Postmortem.builder()
        .incidentId("INC-3107")
        .title("Track generation failed: ElevenLabs quota exhausted")
        .date(LocalDate.of(2025, 6, 2))
        .zone(berlin)
        .severity(Severity.HIGH)
        .owner("@dana")
        .addAuthors("@dana", "@emeka")
        .documentStatus(DocumentStatus.IN_REVIEW)
        .incidentStatus(IncidentStatus.RESOLVED)
        .addTags("elevenlabs", "quota", "launch")
        .putAttribute("team", "audio")
        .putAttribute("region", "eu-central-1")
        .addResponders(Responder.of("@dana", "incident commander"),
            Responder.of("@emeka", "communications"), Responder.of("@farah", "subject expert"))
        .startedAt(start)
        .endedAt(start.plusSeconds(47 * 60))
        .summary(s -> s.tldr("Our ElevenLabs character quota ran out 40 minutes into the summer "
                + "launch. Every new track failed until the plan was upgraded.")
            .whatHappened("Track generation returned errors for 47 minutes after the quota ran out.")
            .impact("4 310 users could not generate tracks; 87 tracks were lost.")
            .rootCause("No alert on quota usage, and the launch traffic forecast was not shared.")
            .resolution("Upgraded the ElevenLabs plan and replayed the failed submissions."))
        .impact(i -> i.usersAffected("4 310 (12% of active users)")
            .serviceDegradation("Track generation failed; playback unaffected")
            .geographicScope("Mostly EU (launch region)")
            .userVisibleSymptoms("\"Generation failed, try again later\" toast")
            .addMetric(ImpactMetric.of("Tracks lost", "87"))
            .revenueImpact("About 300 launch-day purchases abandoned")
            .reputationImpact("41 support tickets, a few dozen social media mentions")
            .addAffectedServices("ElevenLabs", "Storage", "Launch landing page")
            .dataIntegrity("No data loss; 87 submissions had to be replayed")
            .performanceDegradation("p95 generation latency 2.1 s before, errors after 23:41")
            .addCost(CostItem.of(CostKind.LOST_REVENUE, new BigDecimal("2970.00"),
                Currency.getInstance("EUR")))
            .addCost(CostItem.of(CostKind.REFUND, new BigDecimal("180.00"),
                Currency.getInstance("EUR")))
            .addCost(CostItem.of(CostKind.PROVIDER_COST, new BigDecimal("99.00"),
                Currency.getInstance("USD"))))
        .addEvent(e -> e.at(start).kind(EventKind.STARTED).description("Incident begins")
            .actionTaken("Quota reaches 100%").actor("System"))
        .addEvent(e -> e.at(start.plusSeconds(3 * 60)).kind(EventKind.ALERTED)
            .description("Alert fired").actionTaken("`generation_error_rate > 5%`")
            .actor("Monitoring").dataLink("https://grafana.example.com/d/gen-errors"))
        .addEvent(e -> e.at(start.plusSeconds(9 * 60)).kind(EventKind.ACKNOWLEDGED)
            .description("Investigation started").actionTaken("Checked provider status page")
            .actor("@dana"))
        .addEvent(e -> e.at(start.plusSeconds(21 * 60)).kind(EventKind.IDENTIFIED)
            .description("Root cause identified").actionTaken("`quota_exceeded` in responses")
            .actor("@farah"))
        .addEvent(e -> e.at(start.plusSeconds(38 * 60)).kind(EventKind.MITIGATED)
            .description("Fix deployed").actionTaken("Plan upgraded, limits raised")
            .actor("@dana"))
        .addEvent(e -> e.at(start.plusSeconds(47 * 60)).kind(EventKind.RESOLVED)
            .description("Incident resolved").actionTaken("Failed submissions replayed")
            .actor("@farah"))
        .rootCause(r -> r.primaryCause("The monthly ElevenLabs character quota was sized for "
                + "normal traffic. Launch traffic used it up in 40 minutes, and nothing warned us "
                + "before it ran out.")
            .trigger("Summer launch traffic, 6x the usual generation volume")
            .technicalDetails("- `ElevenLabsClient` treats `quota_exceeded` as a retryable error\n"
                + "- No metric for quota usage exists")
            .whySafeguardsFailed("Error-rate alerts fire only after users are affected")
            .addContributingFactor(Topic.of("Forecast not shared",
                "Marketing's traffic forecast did not reach the platform team"))
            .addContributingFactor(Topic.of("Retries on quota errors",
                "Retrying made the error rate and the latency worse")))
        .detection(d -> d.method(DetectionMethod.ALERT).detail("generation error-rate alert")
            .detectedBy("Grafana alerting").whyNotSooner("No alert on quota usage"))
        .addWhatWentWell("Alert fired 3 minutes after the first failure.",
            "Status page updated within 15 minutes.")
        .addWhatWentPoorly("Upgrading the plan needed a finance approver at midnight.")
        .addWhereWeGotLucky("The launch email went out an hour later than planned.")
        .resolution(r -> r.addImmediateAction(ResolutionAction.builder()
                .at(start.plusSeconds(30 * 60)).title("Paused launch email")
                .result("Stopped new traffic from growing").build())
            .addImmediateAction(ResolutionAction.builder().at(start.plusSeconds(38 * 60))
                .title("Upgraded ElevenLabs plan").result("Generation succeeded again").build())
            .healthChecks("All green").dataConsistency("Verified: 87 submissions replayed")
            .performance("Back to normal").userExperience("Fully restored"))
        .addActionItem(a -> a.description("Alert at 80% of the ElevenLabs quota").owner("@farah")
            .horizon(Horizon.IMMEDIATE).type(ActionType.DETECT).priority(Priority.P0)
            .dueDate(LocalDate.of(2025, 6, 3)).status(ActionStatus.DONE)
            .completedOn(LocalDate.of(2025, 6, 3)).ticket("AUD-512"))
        .addActionItem(a -> a.description("Do not retry `quota_exceeded`").owner("@emeka")
            .horizon(Horizon.SHORT_TERM).type(ActionType.MITIGATE).priority(Priority.P1)
            .dueDate(LocalDate.of(2025, 6, 9)).status(ActionStatus.IN_PROGRESS)
            .ticket("AUD-513").notes("PR open"))
        .addActionItem(a -> a.description("Share launch forecasts with platform on-call")
            .owner("@dana").horizon(Horizon.LONG_TERM).type(ActionType.PROCESS)
            .priority(Priority.P2).dueDate(LocalDate.of(2025, 7, 1)))
        .addPreventionMeasure(PreventionMeasure.of(PreventionArea.MONITORING,
            "New alerts needed", "Quota usage at 80% and 95%"))
        .addPreventionMeasure(PreventionMeasure.of(PreventionArea.CODE_AND_CONFIGURATION,
            "Error handling", "Treat `quota_exceeded` as permanent"))
        .addPreventionMeasure(PreventionMeasure.of(PreventionArea.PROCESS,
            "Emergency procedures", "Runbook entry for provider plan upgrades"))
        .addPreventionMeasure(PreventionMeasure.of(PreventionArea.INFRASTRUCTURE,
            "Backup systems", "Fallback voice provider for launches"))
        .lessons(l -> l.takeaway("A provider quota is a capacity limit: monitor it like one.")
            .addTechnicalLesson(Topic.of("Quota errors are not transient",
                "Retrying them only adds load"))
            .addProcessLesson(Topic.of("Launches need a capacity review",
                "Include every metered provider"))
            .addOpenQuestion("Should launches get a temporary higher plan by default?"))
        .addEvidence(Evidence.builder().category(EvidenceCategory.LOGS_AND_TRACES)
            .label("Error logs").link("https://logs.example.com/q/quota_exceeded").build())
        .addEvidence(Evidence.builder().category(EvidenceCategory.MONITORING).label("Dashboards")
            .link("https://grafana.example.com/d/gen-errors").detail("Error rate and quota")
            .build())
        .addEvidence(Evidence.builder().category(EvidenceCategory.EXTERNAL_DEPENDENCIES)
            .label("Third-party status").detail("ElevenLabs status page stayed green").build())
        .addCommunication(Communication.builder().audience(Audience.INTERNAL)
            .subject("Team notification").channel("#inc-3107").at(start.plusSeconds(10 * 60))
            .detail("Incident channel opened, on-call paged").build())
        .addCommunication(Communication.builder().audience(Audience.EXTERNAL)
            .subject("User notification").channel("status page").at(start.plusSeconds(15 * 60))
            .detail("Degraded track generation posted").build())
        .appendix(a -> a.putFeatureFlag("ENABLE_X402", "false")
            .putFeatureFlag("ENABLE_REAL_ELEVEN", "true")
            .putEnvironment("Node version", "20.11.1")
            .putEnvironment("Deployment", "`a1b2c3d`")
            .putEnvironment("Traffic volume", "1 900 requests/minute")
            .addCodeChange(CodeChange.builder().commit("a1b2c3d")
                .description("Launch landing page").author("@gus")
                .at(Instant.parse("2025-06-02T16:05:00Z")).build())
            .addSimilarIncident(PastIncident.builder().date(LocalDate.of(2025, 1, 9))
                .description("Supabase connection limit reached during a promotion")
                .link("2025-01-09-supabase-connections.md").build()))
        .review(r -> r.preparedBy(Signoff.of("@dana", LocalDate.of(2025, 6, 4)))
            .reviewedBy(Signoff.of("@hana", LocalDate.of(2025, 6, 5)))
            .addDistribution("audio team", "support leads"))
        .build();
  }

  /** Returns the instant at {@code HH:MM} UTC on the day of the OpenAI incident. */
  private static Instant utc(String time) {
    return Instant.parse("2024-03-14T" + time + ":00Z");
  }
}
