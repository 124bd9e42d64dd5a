package dev.postmortem.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the JSON benchmarks: the same document as plain Java records, the way a user
 * without this library would map it with Jackson databind (no validation, no model rules).
 */
final class PlainRecords {
  private PlainRecords() {}

  record Document(String format, int version, String incidentId, String title, LocalDate date,
      List<String> tags, Map<String, String> attributes, Ranked severity, String documentStatus,
      String incidentStatus, String owner, List<String> authors, List<Responder> responders,
      String zone, Instant startedAt, Instant endedAt, Summary summary, Impact impact,
      List<Event> timeline, RootCause rootCause, Detection detection, List<String> whatWentWell,
      List<String> whatWentPoorly, List<String> whereWeGotLucky, Resolution resolution,
      List<ActionItem> actionItems, List<Prevention> preventionMeasures, Lessons lessons,
      List<Evidence> evidence, List<Communication> communications, Appendix appendix,
      Review review, List<CustomSection> customSections) {}

  record Ranked(String label, int rank) {}

  record Responder(String name, String role) {}

  record Summary(String tldr, String whatHappened, String impact, String rootCause,
      String resolution) {}

  record Impact(String usersAffected, String serviceDegradation, String geographicScope,
      String userVisibleSymptoms, String whatWorked, String whatDidNotWork, String revenueImpact,
      String reputationImpact, List<String> affectedServices, String dataIntegrity,
      String performanceDegradation, List<Cost> costs, List<Metric> metrics) {}

  record Cost(String kind, BigDecimal amount, String currency, String description) {}

  record Metric(String name, String qualifier, String value) {}

  record Event(Instant at, String kind, String description, String actionTaken, String actor,
      String dataLink) {}

  record RootCause(String primaryCause, String trigger, String technicalDetails,
      String whySafeguardsFailed, List<Topic> contributingFactors, List<String> fiveWhys) {}

  record Topic(String title, String detail) {}

  record Detection(String method, String detail, String detectedBy, String whyNotSooner) {}

  record Resolution(List<ResolutionAction> immediateActions, String healthChecks,
      String dataConsistency, String performance, String userExperience) {}

  record ResolutionAction(Instant at, String title, String result) {}

  record ActionItem(String description, String owner, Ranked priority, LocalDate dueDate,
      String status, LocalDate completedOn, String horizon, String type, String ticket,
      String notes) {}

  record Prevention(String area, String topic, String detail) {}

  record Lessons(String takeaway, List<Topic> technicalLessons, List<Topic> processLessons,
      List<String> openQuestions) {}

  record Evidence(String category, String label, String link, String detail) {}

  record Communication(String audience, String subject, String channel, Instant at,
      String detail) {}

  record Appendix(Map<String, String> featureFlags, Map<String, String> environment,
      List<CodeChange> codeChanges, List<PastIncident> similarIncidents) {}

  record CodeChange(String commit, String description, String author, Instant at) {}

  record PastIncident(LocalDate date, String description, String link) {}

  record Review(Signoff preparedBy, Signoff reviewedBy, Signoff approvedBy,
      List<String> distribution, Meeting meeting) {}

  record Signoff(String name, LocalDate date) {}

  record Meeting(Instant at, String facilitator, String notesLink, String recordingLink) {}

  record CustomSection(String heading, String body) {}
}
