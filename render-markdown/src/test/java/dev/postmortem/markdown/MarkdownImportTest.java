package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.ActionType;
import dev.postmortem.DetectionMethod;
import dev.postmortem.Audience;
import dev.postmortem.Communication;
import dev.postmortem.CustomSection;
import dev.postmortem.DocumentStatus;
import dev.postmortem.EventKind;
import dev.postmortem.Horizon;
import dev.postmortem.ImpactMetric;
import dev.postmortem.IncidentStatus;
import dev.postmortem.Postmortem;
import dev.postmortem.Priority;
import dev.postmortem.Responder;
import dev.postmortem.Severity;
import dev.postmortem.Signoff;
import dev.postmortem.TimelineEvent;
import dev.postmortem.Topic;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.lint.ImportFinding;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.LintRule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The import of hand-written documents: the corpus in {@code src/test/resources/import}. */
class MarkdownImportTest {
  static final MarkdownImporter IMPORTER = MarkdownImporter.builder()
      .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).build();

  static String text(String name) {
    try (InputStream in = MarkdownImportTest.class.getResourceAsStream("/import/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportedPostmortem imported(String name) {
    return IMPORTER.read(text(name));
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void filledCompactTemplate() {
    Postmortem p = imported("filled-compact.md").postmortem();
    assertEquals("Post-mortem: transcript analysis failing on OpenAI 503s", p.title());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 14)), p.date());
    assertEquals(Optional.of(Severity.SEV_2), p.severity());
    assertEquals(Optional.of("@dana"), p.owner());
    assertEquals(Optional.of(DocumentStatus.FINAL), p.documentStatus());
    assertEquals(6, p.timeline().size());
    assertEquals(Optional.of(at("2024-03-14T14:02:00Z")), p.timeline().get(0).at());
    assertEquals(EventKind.ALERTED, p.timeline().get(0).kind());
    assertEquals("On-call ack.", p.timeline().get(1).description());
    assertEquals(EventKind.ACKNOWLEDGED, p.timeline().get(1).kind());
    assertEquals(List.of("Sentry caught the spike within a minute.", "The fail-fast flag already existed."),
        p.whatWentWell());
    assertEquals(List.of("Retries had no cap."), p.whatWentPoorly());
    assertEquals(List.of("It happened outside peak hours."), p.whereWeGotLucky());
    assertEquals(Optional.of("~12% of active users."), p.impact().usersAffected());
    assertEquals(List.of(ImpactMetric.of("Calls affected", "1,840 analyses failed, all re-queued.")),
        p.impact().metrics());
    // The template's own "Duration: start → end (UTC)" line is the start and end, on the date above.
    assertEquals(Optional.of(at("2024-03-14T14:02:00Z")), p.startedAt());
    assertEquals(Optional.of(at("2024-03-14T14:25:00Z")), p.endedAt());
    assertTrue(p.rootCause().primaryCause().orElseThrow().startsWith("> The pipeline didn't degrade"));
    assertEquals(2, p.actionItems().size());
    ActionItem first = p.actionItems().get(0);
    assertEquals("Add exponential backoff with cap to `OpenAiAnalysisClient`", first.description());
    assertEquals(Optional.of("@dana"), first.owner());
    assertEquals(Optional.of(Priority.HIGH), first.priority());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 21)), first.dueDate());
    assertEquals(Optional.of("A dependency's outage must never become ours: bound every retry."),
        p.lessons().takeaway());
    // The impact item without a label is kept, under its section's heading.
    assertEquals(List.of(CustomSection.of("Impact",
        "* **What worked / didn't work for users.** Transcripts loaded slowly; analysis showed an error.")),
        p.customSections());
  }

  @Test
  void filledDetailedTemplate() {
    ImportedPostmortem imported = imported("filled-detailed.md");
    Postmortem p = imported.postmortem();
    assertEquals(Optional.of("INC-2041"), p.incidentId());
    assertEquals(Optional.of(Severity.HIGH), p.severity());
    assertEquals(Optional.of(IncidentStatus.RESOLVED), p.incidentStatus());
    // "Duration: 09:10 - 11:40 (2h 30m)" is the start and end; the total only repeats them.
    assertEquals(Map.of(), p.attributes());
    assertEquals(Optional.of(Duration.ofMinutes(150)), p.duration());
    assertEquals(Optional.of("The ElevenLabs character quota ran out mid-morning."), p.summary().whatHappened());
    assertEquals(Optional.of("Upgraded the plan and added a quota alert."), p.summary().resolution());
    assertEquals(Optional.of("Global"), p.impact().geographicScope());
    assertEquals(List.of("ElevenLabs", "Generation API"), p.impact().affectedServices());
    assertEquals(List.of(ImpactMetric.of("Tracks lost", "4,212 failed generations")), p.impact().metrics());
    TimelineEvent started = p.timeline().get(0);
    assertEquals(Optional.of(at("2025-06-02T09:10:00Z")), started.at());
    assertEquals(EventKind.STARTED, started.kind());
    assertEquals(Optional.of("First 402 responses from ElevenLabs"), started.actionTaken());
    assertEquals(Optional.of("System"), started.actor());
    assertEquals(EventKind.RESOLVED, p.timeline().get(5).kind());
    assertEquals(Optional.of("The monthly character quota was exhausted because a batch job regenerated 40,000 previews."),
        p.rootCause().primaryCause());
    assertEquals(List.of(Topic.of("No quota alert", "Nobody watched consumption."),
        Topic.of("Batch job unthrottled", "It ran at full speed during business hours.")),
        p.rootCause().contributingFactors());
    assertEquals(2, p.whatWentWell().size());
    assertEquals("Paused batch job", p.resolution().immediateActions().get(0).title());
    assertEquals(Optional.of("All green"), p.resolution().healthChecks());
    assertEquals(4, p.actionItems().size());
    ActionItem alert = p.actionItems().get(0);
    assertEquals("Add quota consumption alert at 80%", alert.description());
    assertEquals(ActionStatus.DONE, alert.status());
    assertEquals(Optional.of(Horizon.IMMEDIATE), alert.horizon());
    assertEquals(Optional.of("Priya"), alert.owner());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 3)), alert.dueDate());
    assertEquals(Optional.of(Horizon.SHORT_TERM), p.actionItems().get(2).horizon());
    ActionItem longTerm = p.actionItems().get(3);
    assertEquals(Optional.of(Horizon.LONG_TERM), longTerm.horizon());
    assertEquals(Optional.empty(), longTerm.owner());
    assertEquals(List.of(Topic.builder().title("Quotas are capacity").detail("Alert on them like on disk space.").build()),
        p.lessons().technicalLessons());
    assertEquals(1, p.lessons().openQuestions().size());
    // Review and approval lands in the review; its unfilled lines are placeholders.
    assertEquals(Optional.of(Signoff.of("Priya", LocalDate.of(2025, 6, 4))), p.review().preparedBy());
    assertEquals(Optional.empty(), p.review().reviewedBy());
    assertTrue(p.customSections().stream().noneMatch(c -> c.heading().equals("Review and Approval")));
    Set<Integer> placeholderLines = lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER));
    // The lines of the file that hold a placeholder or an italic instruction (grep -n).
    assertEquals(Set.of(13, 33, 44, 60, 98, 118, 119), placeholderLines);
  }

  @Test
  void aPortugueseDocumentIsReadLikeAnEnglishOne() {
    Postmortem p = IMPORTER.read("# Análise pós-incidente: falha no login\n"
        + "\n"
        + "**Data:** 14/03/2025\n"
        + "**Gravidade:** Alta\n"
        + "**Responsável:** Ana Souza\n"
        + "**Estado do incidente:** Resolvido\n"
        + "\n"
        + "## Resumo\n"
        + "\n"
        + "Das 10:05 às 11:20 (hora de Lisboa), os utilizadores não conseguiram entrar na aplicação.\n"
        + "\n"
        + "## Linha do tempo\n"
        + "\n"
        + "Todos os horários são em hora de Lisboa (WET).\n"
        + "\n"
        + "| Hora | Evento |\n"
        + "|------|--------|\n"
        + "| 10:05 | Início das falhas de login. |\n"
        + "| 10:12 | Alerta disparou para a taxa de erros. |\n"
        + "| 10:40 | Causa identificada: certificado expirado. |\n"
        + "| 11:20 | Incidente resolvido. |\n"
        + "\n"
        + "## Ações corretivas\n"
        + "\n"
        + "| Ação | Responsável | Prazo | Estado |\n"
        + "|------|-------------|-------|--------|\n"
        + "| Renovar certificados automaticamente | Ana Souza | 30/03/2025 | Em andamento |\n").postmortem();
    assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), p.date(), "14/03: day first");
    assertEquals(Optional.of(Severity.of("Alta", 2)), p.severity());
    assertEquals(Optional.of("Ana Souza"), p.owner());
    assertEquals(Optional.of(IncidentStatus.RESOLVED), p.incidentStatus());
    // Lisbon is on WET (UTC+0) in March: the clock times are the instants.
    assertEquals(Optional.of(at("2025-03-14T10:05:00Z")), p.startedAt(), "das 10:05 às 11:20");
    assertEquals(Optional.of(at("2025-03-14T11:20:00Z")), p.endedAt());
    assertEquals(List.of(EventKind.STARTED, EventKind.ALERTED, EventKind.IDENTIFIED, EventKind.RESOLVED),
        p.timeline().stream().map(TimelineEvent::kind).toList());
    ActionItem item = p.actionItems().get(0);
    assertEquals(Optional.of(LocalDate.of(2025, 3, 30)), item.dueDate());
    assertEquals(ActionStatus.IN_PROGRESS, item.status(), "Em andamento");
  }

  @Test
  void summerAndWinterTimeAbbreviationsPlaceTheRepeatedHour() {
    // Amsterdam, 26 October 2025: at 03:00 CEST (01:00 UTC) the clocks went back to 02:00 CET,
    // so 02:30 happened twice: 02:30 CEST is 00:30 UTC, 02:30 CET is 01:30 UTC.
    Postmortem p = IMPORTER.read("# Double run\n\n**Date:** 2025-10-26\n\n## Timeline\n\n"
        + "All times Europe/Amsterdam.\n\n"
        + "- `02:30:00 CEST` — First run starts.\n"
        + "- `03:00:00 CEST` — Clocks go back.\n"
        + "- `02:30:00 CET` — Second run starts.\n").postmortem();
    assertEquals(List.of(at("2025-10-26T00:30:00Z"), at("2025-10-26T01:00:00Z"), at("2025-10-26T01:30:00Z")),
        p.timeline().stream().map(e -> e.at().orElseThrow()).toList());
    assertEquals("First run starts.", p.timeline().get(0).description(), "the backticks are not the text");
  }

  @Test
  void aGoogleDocsExportIsReadAsItsAuthorWroteIt() {
    Postmortem p = IMPORTER.read("# SMS codes\n\n\\*\\*Date:\\*\\*&nbsp;21 Aug 2025  \n"
        + "\\*\\*Owner:\\*\\*&nbsp;Hannah O'Brien\n\n&nbsp;\n\n## Timeline (BST)\n\n"
        + "| Time | What happened |\n| :---- | :---- |\n"
        + "| 09:31 | Lead reports calls in \\#help-ops about `sms\\_override`. |\n").postmortem();
    assertEquals(Optional.of(LocalDate.of(2025, 8, 21)), p.date());
    assertEquals(Optional.of("Hannah O'Brien"), p.owner());
    assertEquals("Lead reports calls in #help-ops about `sms_override`.", p.timeline().get(0).description());
    assertEquals(Optional.of(at("2025-08-21T08:31:00Z")), p.timeline().get(0).at(), "09:31 BST");
  }

  @Test
  void aBlogsBylineGivesTheYearNotTheDay() {
    // Published on the 7th about the 4th: the prose names the day, the byline its year.
    Postmortem p = IMPORTER.read("# Voice drops\n\n*By Maya Chen and Luis Ortega, Voice Infrastructure · "
        + "November 7, 2025 · 6 min read*\n\nOn Tuesday, November 4, calls dropped.\n\n## Timeline\n\n"
        + "All times are Pacific (PT), November 4.\n\n**10:02 PT** – Success rate starts to drop.\n").postmortem();
    assertEquals(Optional.of(LocalDate.of(2025, 11, 4)), p.date());
    assertEquals(List.of("Maya Chen", "Luis Ortega"), p.authors(), "not their team, not the reading time");
    assertEquals(Optional.of(at("2025-11-04T18:02:00Z")), p.timeline().get(0).at(), "PST after 2 November");
    assertEquals(EventKind.STARTED, p.timeline().get(0).kind());
  }

  @Test
  void aMissingAlertIsNotHowTheIncidentWasFound() {
    // The detection section names what was missing beside what found it: the method is the latter.
    String doc = "# Reindex\n\n**Date:** 2024-05-02\n\n## Detection\n\n%s\n";
    assertEquals(Optional.of(DetectionMethod.CUSTOMER_REPORT), IMPORTER.read(String.format(doc,
        "Detected by seller reports to support 36 minutes after the swap. We had no alert on the "
            + "document count of the live index.")).postmortem().detection().method());
    assertEquals(Optional.of(DetectionMethod.INTERNAL_REPORT), IMPORTER.read(String.format(doc,
        "Nothing paged. An engineer noticed it by chance.")).postmortem().detection().method());
    assertEquals(Optional.of(DetectionMethod.ALERT), IMPORTER.read(String.format(doc,
        "The latency alert paged the on-call engineer.")).postmortem().detection().method());
  }

  @Test
  void googleSreBookLayout() {
    Postmortem p = imported("sre-book.md").postmortem();
    assertEquals("Shakespeare Sonnet++ Postmortem (incident #465)", p.title());
    assertEquals(List.of("jennifer", "martym", "agoogler"), p.authors());
    assertEquals(Optional.of("465"), p.incidentId(), "the incident number in the title");
    // A ticket written with a space is not a ticket reference: kept as an attribute named for it.
    assertEquals(Map.of("Status", "Complete, action items in progress",
        "Ticket (actionItems[1].ticket)", "Bug 5554823"), p.attributes());
    assertTrue(p.summary().tldr().orElseThrow().startsWith("Shakespeare Search down for 66 minutes"));
    assertEquals(Optional.of("Latent bug triggered by sudden increase in traffic."), p.rootCause().trigger());
    assertTrue(p.rootCause().primaryCause().orElseThrow().startsWith("Cascading failure"));
    assertEquals(Optional.of("Borgmon detected high level of HTTP 500s and paged on-call."), p.detection().detail());
    assertEquals(3, p.actionItems().size());
    ActionItem playbook = p.actionItems().get(0);
    assertEquals(Optional.of(ActionType.MITIGATE), playbook.type());
    assertEquals(Optional.of("jennifer"), playbook.owner());
    assertEquals(ActionStatus.DONE, playbook.status());
    assertEquals(Optional.empty(), playbook.ticket());
    assertEquals(Optional.empty(), p.actionItems().get(1).notes());
    assertEquals(ActionStatus.OPEN, p.actionItems().get(1).status());
    assertEquals(2, p.whatWentWell().size());
    assertEquals(2, p.whatWentPoorly().size());
    assertEquals(1, p.whereWeGotLucky().size());
    assertEquals(7, p.timeline().size());
    TimelineEvent outage = p.timeline().get(2);
    assertEquals(Optional.of(at("2015-10-21T14:54:00Z")), outage.at());
    assertEquals(EventKind.STARTED, outage.kind());
    assertEquals("**OUTAGE BEGINS** — Search backends start melting down under load", outage.description());
    assertEquals(EventKind.MITIGATED, p.timeline().get(5).kind());
    assertEquals(EventKind.RESOLVED, p.timeline().get(6).kind());
    assertEquals(List.of("Impact", "Resolution"), p.customSections().stream().map(CustomSection::heading).toList());
    // Supporting information is evidence: the link is its link, the whole item its label.
    assertEquals(Optional.of("http://monitor/shakespeare?end_time=20151021T160000&duration=7200"),
        p.evidence().get(0).link());
  }

  @Test
  void pagerDutyLayout() {
    Postmortem p = imported("pagerduty.md").postmortem();
    assertEquals(Optional.of(LocalDate.of(2023, 11, 8)), p.date(), "the date in the title");
    assertTrue(p.summary().tldr().orElseThrow().startsWith("For 42 minutes"));
    assertTrue(p.summary().whatHappened().orElseThrow().startsWith("At 13:20 UTC the primary"));
    assertEquals(2, p.rootCause().contributingFactors().size());
    assertEquals(List.of(Responder.of("Sam Ortiz", "Incident Commander"), Responder.of("Lee Chen", "Scribe"),
        Responder.of("Ana Silva", "Subject Matter Expert (database)")), p.responders());
    assertEquals(6, p.timeline().size());
    assertEquals(Optional.of(at("2023-11-08T13:24:00Z")), p.timeline().get(1).at());
    assertEquals("**ALERT** p95 latency alert fires for checkout", p.timeline().get(1).description());
    assertEquals(EventKind.ALERTED, p.timeline().get(1).kind());
    assertEquals(EventKind.ACKNOWLEDGED, p.timeline().get(2).kind());
    assertEquals(List.of("The alert fired within four minutes."), p.whatWentWell());
    assertEquals(List.of("The failover runbook did not mention application pools."), p.whatWentPoorly());
    ActionItem pools = p.actionItems().get(0);
    assertEquals("Refresh connection pools on failover events", pools.description());
    assertEquals(Optional.of("@ana"), pools.owner());
    assertEquals(Optional.of(LocalDate.of(2023, 11, 22)), pools.dueDate());
    assertEquals(Optional.of("DB-311"), pools.ticket());
    ActionItem timeout = p.actionItems().get(1);
    assertEquals("Lower the write timeout to 5 seconds", timeout.description());
    assertEquals(Optional.of("CHK-88"), timeout.ticket());
    assertEquals(ActionStatus.DONE, p.actionItems().get(2).status());
    assertEquals(List.of("Resolution"), p.customSections().stream().map(CustomSection::heading).toList());
    // Messaging: its internal and external messages are communications.
    assertEquals(List.of(Audience.INTERNAL, Audience.EXTERNAL),
        p.communications().stream().map(Communication::audience).toList());
    assertEquals("Posted in #incidents at 13:30 and every 15 minutes after.", p.communications().get(0).detail());
  }

  @Test
  void yamlFrontMatterAndNumberedEmojiHeadings() {
    Postmortem p = imported("front-matter.md").postmortem();
    assertEquals("DNS resolution failures in eu-west", p.title());
    assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), p.date());
    assertEquals(Optional.of(Severity.SEV_1), p.severity());
    assertEquals(Optional.of("@mara"), p.owner());
    assertEquals(List.of("dns", "networking", "eu-west"), p.tags());
    assertEquals(List.of("Mara Quist", "Tom Berg"), p.authors());
    assertEquals(Map.of("team", "platform-networking"), p.attributes());
    assertEquals(4, p.timeline().size());
    assertEquals(Optional.of(at("2026-03-14T23:58:00Z")), p.timeline().get(0).at());
    assertEquals(Optional.of(at("2026-03-15T00:03:00Z")), p.timeline().get(1).at());
    assertEquals(EventKind.DETECTED, p.timeline().get(1).kind());
    assertTrue(p.rootCause().primaryCause().orElseThrow().startsWith("The template for resolver configs"));
    assertEquals(List.of("@mara", "@tom"), p.actionItems().stream().map(a -> a.owner().orElseThrow()).toList());
    assertEquals(List.of(), p.customSections());
  }

  @Test
  void boldLabelMetadataAndHorizonHeadings() {
    Postmortem p = imported("bold-lines.md").postmortem();
    assertEquals(Optional.of("PAY-77"), p.incidentId());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), p.date(), "written March 3, 2025");
    assertEquals(Optional.of(Severity.SEV_3), p.severity());
    assertEquals(Optional.of(IncidentStatus.RESOLVED), p.incidentStatus());
    assertEquals(Map.of("Region", "us-east-1"), p.attributes());
    assertEquals(List.of(Responder.of("Ruth Adams", "incident commander"),
        Responder.of("Omar Haddad", "payments engineer")), p.responders());
    assertEquals(Optional.of("Finance"), p.timeline().get(1).actor());
    assertEquals(Optional.of(at("2025-03-03T10:40:00Z")), p.timeline().get(1).at());
    assertEquals(List.of(Optional.of(Horizon.IMMEDIATE), Optional.of(Horizon.SHORT_TERM), Optional.of(Horizon.LONG_TERM)),
        p.actionItems().stream().map(ActionItem::horizon).toList());
    assertEquals(List.of(ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.OPEN),
        p.actionItems().stream().map(ActionItem::status).toList());
  }

  @Test
  void messyDocumentKeepsWhatItCannotRead() {
    ImportedPostmortem imported = imported("messy.md");
    Postmortem p = imported.postmortem();
    assertEquals("Some notes written in a hurry, before anyone added a title.", p.title());
    assertEquals(Optional.empty(), p.date());
    // Values that cannot be read as their type are attributes named after the field they were
    // meant for, never glued into another field's text.
    assertEquals(Map.of("Date", "next Tuesday", "Time (timeline[0].at)", "25:99",
        "Time (timeline[1].at)", "03:12", "Horizon (actionItems[0].horizon)", "next Tuesday"), p.attributes());
    // "Major" is the middle of the critical / major / minor scale.
    assertEquals(Optional.of(dev.postmortem.Severity.of("Major", 2)), p.severity());
    assertEquals(Optional.empty(), p.owner());
    assertEquals("something happened", p.timeline().get(0).description());
    assertEquals(Optional.empty(), p.timeline().get(0).at());
    ActionItem queue = p.actionItems().get(0);
    assertEquals("Make the queue bigger", queue.description());
    assertEquals(Optional.of("@zed"), queue.owner());
    assertEquals(Optional.of("Cost: cheap"), queue.notes(), "a column the model has no field for");
    assertEquals(List.of("Nothing much."), p.whatWentWell());
    assertTrue(p.rootCause().primaryCause().orElseThrow().startsWith("Nobody knows yet. See the thread.\n\n```"),
        "ROOT CAUSE!! is the root cause, whatever its case and punctuation");
    assertEquals(List.of("Timeline", "Random thoughts", "Deeper notes"),
        p.customSections().stream().map(CustomSection::heading).toList(),
        "the timeline line without a time, and the unknown sections in order");
    assertEquals(List.of(
        "unreadable-value date 3", "unfilled-placeholder owner 5",
        "unreadable-value timeline[0].at 17", "unreadable-value timeline[1].at 18",
        "unreadable-value actionItems[0].horizon 41"),
        imported.findings().stream().filter(f -> f instanceof ImportFinding)
            .map(f -> f.ruleId() + " " + f.path() + " " + f.line().orElseThrow()).toList());
  }

  @Test
  void minimalDocument() {
    Postmortem p = imported("minimal.md").postmortem();
    assertEquals("Login outage", p.title());
    assertEquals(Optional.of("Users could not log in for ten minutes.\n\n- The cache was cold after the restart."),
        p.summary().tldr());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Timeline (Europe/Berlin)", "Timeline (all times Europe/Berlin)",
      "Timeline (times in Europe/Berlin)"})
  void aNoteAfterAKnownHeadingKeepsTheSectionAndMayNameTheZone(String heading) {
    String doc = "# Orders latency\n\n**Date:** 2025-01-25\n**Severity:** sev-1\n\n## " + heading + "\n\n"
        + "- 09:00 **Started**: p99 latency climbs past 2 s.\n- 11:00 **Resolved:** Query killed.\n\n"
        + "## Action items (as of March)\n\n- [ ] Add the index (@bob)\n";
    Postmortem p = IMPORTER.read(doc).postmortem();
    assertEquals(List.of(Optional.of(at("2025-01-25T08:00:00Z")), Optional.of(at("2025-01-25T10:00:00Z"))),
        p.timeline().stream().map(TimelineEvent::at).toList(), "09:00 and 11:00 in Berlin (UTC+1)");
    assertEquals(java.time.ZoneId.of("Europe/Berlin"), p.zone());
    assertEquals(List.of(EventKind.STARTED, EventKind.RESOLVED),
        p.timeline().stream().map(TimelineEvent::kind).toList(), "a marker naming a kind is that kind");
    assertEquals(List.of("Add the index"), p.actionItems().stream().map(a -> a.description()).toList());
    assertEquals(List.of(), p.customSections());
  }

  @Test
  void compactTemplateUnfilledReportsEveryPlaceholder() {
    ImportedPostmortem imported = imported("template-compact-blank.md");
    // Read off the template: the callout, the four metadata rows, the TL;DR instruction, the five
    // impact lines (descriptions of what to write, not values), the timeline's instruction, the
    // five "..." bullets, the root cause and lessons instructions, the three @owner and YYYY-MM-DD
    // action rows.
    Set<Integer> expected = Set.of(3, 7, 8, 9, 10, 14, 18, 19, 20, 21, 22, 26, 39, 40, 44, 45, 49, 53,
        61, 62, 63, 67);
    assertEquals(expected, lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER)));
    Postmortem p = imported.postmortem();
    assertEquals(Optional.empty(), p.summary().tldr(), "the instructions are not a summary");
    assertEquals(Optional.empty(), p.rootCause().primaryCause().filter(c -> !c.startsWith(">")),
        "only the template's example quote is a root cause");
    assertEquals(Optional.empty(), p.lessons().takeaway());
    assertEquals(Optional.empty(), p.impact().usersAffected());
    assertEquals(List.of(), p.impact().metrics());
    assertEquals(Optional.empty(), p.startedAt());
    assertEquals(Optional.empty(), p.date());
    assertEquals(List.of(), p.whatWentWell());
    assertEquals(3, p.actionItems().size());
    assertTrue(p.actionItems().stream().allMatch(a -> a.owner().isEmpty() && a.dueDate().isEmpty()));
  }

  private static final Pattern BRACKET = Pattern.compile("\\[[^\\]]{2,}\\](?!\\()");
  private static final Pattern ITALIC_LINE = Pattern.compile("_[^_].*_");

  @Test
  void detailedTemplateUnfilledReportsEveryPlaceholder() {
    String template = text("template-detailed-blank.md");
    ImportedPostmortem imported = IMPORTER.read(template);
    Set<Integer> reported = lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER));
    String[] lines = template.split("\n", -1);
    boolean inFence = false;
    Set<Integer> unreported = new TreeSet<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("```")) {
        inFence = !inFence; // the appendix's YAML block is code, kept as written
        continue;
      }
      boolean placeholder = BRACKET.matcher(line).find() || ITALIC_LINE.matcher(line).matches();
      if (!inFence && placeholder && !line.startsWith("#") && !reported.contains(i + 1)) {
        unreported.add(i + 1);
      }
    }
    assertEquals(Set.of(), unreported, "lines with a placeholder but no finding");
    Postmortem p = imported.postmortem();
    assertEquals(Optional.empty(), p.incidentId());
    assertEquals(Optional.empty(), p.severity());
    assertEquals(List.of(), p.actionItems(), "every action item is a placeholder");
    assertEquals(6, p.timeline().size(), "the template's example events stay, without times");
    assertTrue(p.timeline().stream().allMatch(e -> e.at().isEmpty()));
  }

  /** Found by the numbered-headings property (seed 8491437401014): the role was dropped unreported. */
  @Test
  void aPlaceholderRoleInAResponderTableIsReported() {
    ImportedPostmortem imported = IMPORTER.read(
        // The unknown metadata label sends it past the strict parser to the lenient reader.
        "# T\n\n**Team:** core\n\n## Responders\n\n| Name | Role |\n|---|---|\n| @alice | [YYYY-MM-DD] |\n");
    assertEquals(List.of(Responder.builder().name("@alice").build()), imported.postmortem().responders());
    assertEquals(Set.of(9), lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER)));
    assertEquals("responders[0].role", imported.findings(ImportRule.UNFILLED_PLACEHOLDER).get(0).path());
  }

  @Test
  void linterFindingsComeWithTheirLines() {
    ImportedPostmortem imported = imported("bold-lines.md");
    LintFinding noDue = imported.findings(LintRule.ACTION_ITEM_WITHOUT_DUE_DATE).get(0);
    assertEquals("actionItems[2].dueDate", noDue.path());
    assertEquals(Optional.of(38), noDue.line());
  }

  @Test
  void linterFindingsOnOurOwnDocumentComeWithTheLineOfTheirSection() {
    // Read by the strict parser (it is our own output), which gives the line of each section.
    Postmortem p = Postmortem.builder().title("T").addActionItem(a -> a.description("Rotate keys")).build();
    String own = MarkdownFormat.create().render(p);
    List<String> lines = List.of(own.split("\n", -1));
    int heading = lines.indexOf("## Action items") + 1;
    assertTrue(heading > 1, own);
    ImportedPostmortem imported = IMPORTER.read(own);
    assertEquals(p, imported.postmortem());
    LintFinding noOwner = imported.findings(LintRule.ACTION_ITEM_WITHOUT_OWNER).get(0);
    assertEquals("actionItems[0].owner", noOwner.path());
    assertEquals(Optional.of(heading), noOwner.line(), "the line of its section's heading");
  }

  @ParameterizedTest
  @ValueSource(strings = {"filled-compact.md", "filled-detailed.md", "sre-book.md", "pagerduty.md",
      "front-matter.md", "bold-lines.md", "messy.md", "minimal.md", "template-compact-blank.md",
      "template-detailed-blank.md"})
  void noTextOfTheCorpusIsLost(String name) {
    String text = text(name);
    ImportedPostmortem imported = IMPORTER.read(text);
    assertNoTextLost(text, imported);
  }

  @ParameterizedTest
  @ValueSource(strings = {"filled-compact.md", "filled-detailed.md", "sre-book.md", "pagerduty.md",
      "front-matter.md", "bold-lines.md", "messy.md", "minimal.md", "template-compact-blank.md",
      "template-detailed-blank.md"})
  void importRenderImportIsStable(String name) {
    assertStable(IMPORTER.read(text(name)).postmortem());
  }

  /** Each paragraph, list item and table cell has its words in the model, unless it was a placeholder. */
  static void assertNoTextLost(String text, ImportedPostmortem imported) {
    Set<Integer> placeholders = lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER));
    int frontMatterEnd = frontMatterEnd(text);
    Set<String> model = ImportedText.words(imported.postmortem());
    for (ImportedText.Fragment fragment : ImportedText.fragments(text)) {
      if (placeholders.contains(fragment.line()) || fragment.line() <= frontMatterEnd) {
        continue;
      }
      Set<String> missing = ImportedText.missing(fragment, model);
      assertTrue(missing.isEmpty(), () -> "line " + fragment.line() + " \"" + fragment.text()
          + "\" lost the words " + missing);
    }
  }

  static void assertStable(Postmortem first) {
    for (Layout layout : Layout.values()) {
      String rendered = MarkdownFormat.builder().layout(layout).build().render(first);
      assertEquals(first, IMPORTER.read(rendered).postmortem(), layout + ":\n" + rendered);
    }
  }

  private static int frontMatterEnd(String text) {
    String[] lines = text.split("\n", -1);
    if (!lines[0].strip().equals("---")) {
      return 0;
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        return i + 1;
      }
    }
    return 0;
  }

  static Set<Integer> lines(List<ImportFinding> findings) {
    return findings.stream().map(f -> f.line().orElseThrow()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The shape open-source course repositories publish by the thousand, with quoted metadata. */
  @Test
  void issueSummaryLayoutWithQuotedMetadataAndSummaryLines() {
    Postmortem p = IMPORTER.read("""
        # Postmortem: Web stack outage

        > **Incident ID:** INC-0042
        > **Date:** 2024-02-10
        > **Severity:** P2 (High)

        ## Issue Summary

        Duration: The outage lasted from 10:00 AM to 11:30 AM (UTC).
        Impact: The login page was down for 40% of users.
        Root Cause: A misconfigured upstream after a deploy.

        ## Timeline

        - 10:00 AM (UTC): Issue detected by a monitoring alert on 5xx errors.
        - 11:30 AM: Configuration fixed; incident resolved.

        ## Root cause and resolution

        The deploy script wrote the wrong port into the upstream block.
        """).postmortem();
    assertEquals(Optional.of("INC-0042"), p.incidentId());
    assertEquals(Optional.of(2), p.severity().map(Severity::rank));
    assertEquals(Optional.of(at("2024-02-10T10:00:00Z")), p.startedAt());
    assertEquals(Optional.of(at("2024-02-10T11:30:00Z")), p.endedAt());
    assertEquals(Optional.of("The login page was down for 40% of users."), p.summary().impact());
    // The document has a root cause section: the summary's line is the summary's.
    assertEquals(Optional.of("A misconfigured upstream after a deploy."), p.summary().rootCause());
    assertEquals(Optional.of("The deploy script wrote the wrong port into the upstream block."),
        p.rootCause().primaryCause());
    assertEquals(EventKind.RESOLVED, p.timeline().get(1).kind());
  }

  /** TOML keys with underscores, several bold labels on one line, bold times ending in a colon. */
  @Test
  void tomlKeysSeveralLabelsOnALineAndBoldTimesWithColon() {
    ImportedPostmortem imported = IMPORTER.read("""
        +++
        title = "Queue consumers stalled"
        incident_start_time = "2024-03-01 08:10 UTC"
        incident_end_time = "2024-03-01 09:02 UTC"
        severity = "SEV2"
        +++

        **Incident ID:** INC-7 | **Severity:** SEV2 | **Status:** resolved

        ## Timeline (UTC)

        *   **2024-03-01 08:10 UTC:** Lag alert fired for the billing queue.
        *   **2024-03-01 09:02 UTC:** Consumers restarted; incident resolved.
        """);
    Postmortem p = imported.postmortem();
    assertEquals("Queue consumers stalled", p.title());
    assertEquals(Optional.of(Duration.ofMinutes(52)), p.duration());
    assertEquals(Optional.of("INC-7"), p.incidentId());
    assertEquals(Optional.of(IncidentStatus.RESOLVED), p.incidentStatus());
    assertEquals(Map.of(), p.attributes(), "the severity repeated on the line is no second value");
    assertEquals("Lag alert fired for the billing queue.", p.timeline().get(0).description());
    assertEquals(Optional.of(at("2024-03-01T09:02:00Z")), p.timeline().get(1).at());
  }

  @Test
  void aTitleLineReplacesAGenericHeading() {
    Postmortem p = IMPORTER.read("# Postmortem\n\nTitle: Checkout down for EU shoppers\nDate: 2024-05-02\n\n"
        + "## Summary\n\nPayments failed.\n").postmortem();
    assertEquals("Checkout down for EU shoppers", p.title());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 2)), p.date());
    Postmortem specific = IMPORTER.read("# Checkout outage\n\nTitle: Checkout down\n\n## Summary\n\nx\n").postmortem();
    assertEquals("Checkout outage", specific.title(), "a specific heading stays the title");
    assertEquals(Map.of("Title", "Checkout down"), specific.attributes());
  }

  /** The decision on start and end: the importer does not invent them, the milestones use the timeline. */
  @Test
  void aTimelineWithoutAStatedStartStartsAtItsFirstEvent() {
    Postmortem p = IMPORTER.read("""
        # DNS failures

        **Date:** 2026-03-14

        ## Timeline

        - 23:58 - Config push starts rolling out
        - 00:03 - Synthetic checks fail; alert fired
        - 00:45 - Resolution restored everywhere
        """).postmortem();
    assertEquals(Optional.empty(), p.startedAt(), "no start is invented");
    assertEquals(EventKind.OTHER, p.timeline().get(0).kind(), "nor a kind");
    assertEquals(Optional.of(at("2026-03-14T23:58:00Z")), p.milestones().start(), "the timeline's first event");
    assertEquals(Optional.of(Duration.ofMinutes(5)), p.milestones().timeToDetect());
    assertEquals(Optional.of(Duration.ofMinutes(47)), p.milestones().timeToResolve(), "across midnight");
    Postmortem stated = IMPORTER.read("""
        # DNS failures

        **Date:** 2026-03-14
        **Started:** 23:50

        ## Timeline

        - 23:58 - Config push starts rolling out
        """).postmortem();
    assertEquals(Optional.of(at("2026-03-14T23:50:00Z")), stated.milestones().start(), "a stated start wins");
  }

  @Test
  void bytesThatAreNotUtf8AreTheOnlyParseError() {
    byte[] bytes = "# Title\n\nok \u00e9\nbad \u00ff here".getBytes(StandardCharsets.ISO_8859_1);
    PostmortemParseException e = assertThrows(PostmortemParseException.class,
        () -> IMPORTER.read(new ByteArrayInputStream(bytes)));
    assertEquals(PostmortemParseException.Problem.MALFORMED, e.problem());
    assertEquals(3, e.location().line().orElseThrow());
    assertEquals(4, e.location().column().orElseThrow());
    assertEquals("UTF-8 text", e.expected());
  }

  @Test
  void controlCharactersAndEmptyDocumentsThrowWithTheirPlace() {
    PostmortemParseException nul = assertThrows(PostmortemParseException.class,
        () -> IMPORTER.read("# Title\n\nab\u0000c"));
    assertEquals(3, nul.location().line().orElseThrow());
    assertEquals(3, nul.location().column().orElseThrow());
    assertEquals("U+0000", nul.found());
    PostmortemParseException empty = assertThrows(PostmortemParseException.class, () -> IMPORTER.read(" \n\n"));
    assertEquals("a document without text", empty.found());
  }

  @Test
  void theControlCharacterCheckSeesPastItsEightThousandCharacterPieces() {
    // The check looks at 8 192 characters at a time: a pair of surrogates across the boundary
    // is a character, a lone one or a control character after it is refused where it is.
    String before = "# Title\n\n" + "a".repeat(8191 - 9); // the high surrogate is the 8 192nd character
    Postmortem p = IMPORTER.read(before + "\uD83D\uDD25 fire\n").postmortem();
    assertEquals("a".repeat(8182) + "\uD83D\uDD25 fire", p.summary().tldr().orElseThrow());
    PostmortemParseException lone = assertThrows(PostmortemParseException.class,
        () -> IMPORTER.read(before + "\uD83Da\n"));
    assertEquals(3, lone.location().line().orElseThrow());
    assertEquals(8183, lone.location().column().orElseThrow());
    assertEquals("U+D83D", lone.found());
    PostmortemParseException control = assertThrows(PostmortemParseException.class,
        () -> IMPORTER.read(before + "b".repeat(20_000) + "\u0085\n"));
    assertEquals(28_183, control.location().column().orElseThrow());
    assertEquals("U+0085", control.found());
  }

  @Test
  void aByteOrderMarkAndCarriageReturnsAreNotText() {
    Postmortem p = IMPORTER.read("\uFEFF# Title\r\n\r\n## What went well\r- it\r\n").postmortem();
    assertEquals("Title", p.title());
    assertEquals(List.of("it"), p.whatWentWell());
    assertFalse(p.summary().tldr().isPresent());
  }

  @Test
  void aParagraphOfOnlyNoBreakSpacesIsBlankNotAnEmptyItem() {
    // CommonMark counts only spaces and tabs as blank, so "\u00a0" alone is a paragraph.
    Postmortem p = IMPORTER.read("# Title\n\n## What went wrong\n\u00a0\n- Queue age is not alerted on.\n")
        .postmortem();
    assertEquals(List.of("Queue age is not alerted on."), p.whatWentPoorly());
    assertEquals(List.of(), p.customSections());
  }

  @Test
  void aTimeTheClocksSkipOnTheNextDayStaysOnItsOwnDay() {
    // Lord Howe went from 02:00 to 02:30 on 2009-10-04: "02:01" after "14:17" is not that night.
    Postmortem p = IMPORTER.read("# T\n\n| | |\n| --- | --- |\n| **Date** | 2009-10-03 |\n\n## Timeline\n\n"
        + "All times Australia/Lord_Howe.\n\n| Time | Event |\n| --- | --- |\n| 14:17 | late |\n| 02:01 | early |\n")
        .postmortem();
    java.time.ZoneId lordHowe = java.time.ZoneId.of("Australia/Lord_Howe");
    assertEquals(Optional.of(java.time.LocalDateTime.of(2009, 10, 3, 2, 1).atZone(lordHowe).toInstant()),
        p.timeline().get(1).at());
  }
}
