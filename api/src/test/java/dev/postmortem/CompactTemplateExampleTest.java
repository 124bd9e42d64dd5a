package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The compact template's example incident, built as the document reads. */
class CompactTemplateExampleTest {

  private static Instant at(String hhmm) {
    return Instant.parse("2024-03-14T" + hhmm + ":00Z");
  }

  @Test
  void theCompactTemplatesExampleReadsLikeTheDocument() {
    Postmortem p = Postmortem.builder()
        .title("OpenAI 503s").date(LocalDate.of(2024, 3, 14))
        .severity(Severity.SEV_2).owner("@incident-commander").documentStatus(DocumentStatus.FINAL)
        .startedAt(at("14:01")).endedAt(at("14:20"))
        .summary(s -> s.tldr("OpenAI returned 503s; the pipeline retried tightly and stalled."))
        .impact(i -> i.usersAffected("~30%").addMetric(ImpactMetric.of("Calls affected", "failed", "1 234")))
        .addEvent(TimelineEvent.at(at("14:02"), EventKind.ALERTED,
            "Sentry alert fires: `OpenAiTimeoutException` spike."))
        .addEvent(TimelineEvent.at(at("14:04"), EventKind.ACKNOWLEDGED, "On-call ack."))
        .addEvent(TimelineEvent.at(at("14:08"), EventKind.IDENTIFIED,
            "Identified that OpenAI was returning 503s."))
        .addEvent(TimelineEvent.at(at("14:12"), EventKind.MITIGATED,
            "Decided to fail-fast and surface \"analysis temporarily unavailable\" to clients."))
        .addEvent(TimelineEvent.at(at("14:20"), EventKind.RESOLVED, "OpenAI returns to baseline."))
        .addEvent(TimelineEvent.at(at("14:25"), "Backlog of failed calls re-queued."))
        .rootCause(r -> r.primaryCause("The pipeline didn't degrade gracefully when OpenAI returned "
            + "503s; we retried tightly and exhausted our worker pool, which made existing "
            + "transcript reads slow."))
        .addActionItem(a -> a.description("Add exponential backoff with cap to `OpenAiAnalysisClient`")
            .owner("@owner").priority(Priority.HIGH).dueDate(LocalDate.of(2024, 3, 21)))
        .addActionItem(a -> a.description("Cap worker thread pool size; add metric")
            .owner("@owner").priority(Priority.MEDIUM).dueDate(LocalDate.of(2024, 3, 28)))
        .addActionItem(a -> a.description("Update [analysis](/features/analysis.md) doc with retry behaviour")
            .owner("@owner").priority(Priority.LOW).dueDate(LocalDate.of(2024, 4, 4)))
        .lessons(l -> l.takeaway("Degrade gracefully: a third party's outage must not become ours."))
        .build();

    assertEquals(Optional.of(Duration.ofMinutes(19)), p.duration());
    assertEquals(Optional.of(Duration.ofMinutes(1)), p.milestones().timeToDetect());
    assertEquals(Optional.of(Duration.ofMinutes(3)), p.milestones().timeToAcknowledge());
    assertEquals(Optional.of(Duration.ofMinutes(11)), p.milestones().timeToMitigate());
    assertEquals(Optional.of(Duration.ofMinutes(19)), p.milestones().timeToResolve());
    assertEquals("2024-03-14-openai-503s.md", p.suggestedFileName());
    assertEquals(6, p.timeline().size());
    assertEquals(Priority.MEDIUM, p.actionItems().get(1).priority().get());
  }
}
