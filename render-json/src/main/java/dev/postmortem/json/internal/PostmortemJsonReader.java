package dev.postmortem.json.internal;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.ActionType;
import dev.postmortem.Appendix;
import dev.postmortem.Audience;
import dev.postmortem.CodeChange;
import dev.postmortem.Communication;
import dev.postmortem.CostItem;
import dev.postmortem.CostKind;
import dev.postmortem.CustomSection;
import dev.postmortem.Detection;
import dev.postmortem.DetectionMethod;
import dev.postmortem.DocumentStatus;
import dev.postmortem.EventKind;
import dev.postmortem.Evidence;
import dev.postmortem.EvidenceCategory;
import dev.postmortem.Horizon;
import dev.postmortem.Impact;
import dev.postmortem.ImpactMetric;
import dev.postmortem.IncidentStatus;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Lessons;
import dev.postmortem.PastIncident;
import dev.postmortem.Postmortem;
import dev.postmortem.PreventionArea;
import dev.postmortem.PreventionMeasure;
import dev.postmortem.Priority;
import dev.postmortem.Resolution;
import dev.postmortem.ResolutionAction;
import dev.postmortem.Responder;
import dev.postmortem.Review;
import dev.postmortem.ReviewMeeting;
import dev.postmortem.RootCause;
import dev.postmortem.Severity;
import dev.postmortem.Signoff;
import dev.postmortem.Summary;
import dev.postmortem.TimelineEvent;
import dev.postmortem.Topic;
import dev.postmortem.format.ParseLimits.Limit;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.json.internal.JsonInput.Seen;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonToken;

/**
 * Reads version 1 of the JSON format into a postmortem, in one pass over Jackson's streaming
 * parser. {@code "format"} and {@code "version"} must come first, so that a document of another
 * format or a newer version is refused before anything in it is misread. Nested values that the
 * postmortem checks itself (events, action items, sections) are given to its builder as lambdas,
 * so that the model's violations come back with their full paths.
 */
final class PostmortemJsonReader {
  private static final JsonNames<DocumentStatus> DOCUMENT_STATUS = new JsonNames<>(DocumentStatus.class);
  private static final JsonNames<IncidentStatus> INCIDENT_STATUS = new JsonNames<>(IncidentStatus.class);
  private static final JsonNames<EventKind> EVENT_KIND = new JsonNames<>(EventKind.class);
  private static final JsonNames<ActionStatus> ACTION_STATUS = new JsonNames<>(ActionStatus.class);
  private static final JsonNames<Horizon> HORIZON = new JsonNames<>(Horizon.class);
  private static final JsonNames<ActionType> ACTION_TYPE = new JsonNames<>(ActionType.class);
  private static final JsonNames<CostKind> COST_KIND = new JsonNames<>(CostKind.class);
  private static final JsonNames<DetectionMethod> DETECTION_METHOD = new JsonNames<>(DetectionMethod.class);
  private static final JsonNames<PreventionArea> PREVENTION_AREA = new JsonNames<>(PreventionArea.class);
  private static final JsonNames<EvidenceCategory> EVIDENCE_CATEGORY = new JsonNames<>(EvidenceCategory.class);
  private static final JsonNames<Audience> AUDIENCE = new JsonNames<>(Audience.class);

  private final JsonInput in;

  PostmortemJsonReader(JsonInput in) {
    this.in = in;
  }

  /** Reads a whole document: one postmortem object and nothing after it. */
  Postmortem read() {
    in.parser().nextToken();
    Postmortem postmortem = postmortem();
    JsonToken after = in.parser().nextToken();
    if (after != null) {
      throw in.fail(Problem.UNEXPECTED, "the end of the input after the postmortem", in.found());
    }
    return postmortem;
  }

  /**
   * Reads one value of a type in {@link EmbeddedTypes#ALL}, starting at its first token, as the
   * format reads it inside a postmortem document; stops at its last token, so that the value can
   * be part of a larger document.
   */
  Object readValue(Class<?> type) {
    if (type == Postmortem.class) {
      return postmortem();
    } else if (type == ActionItem.class) {
      ActionItem.Builder a = ActionItem.builder();
      actionItem(a);
      return in.built(a::build);
    } else if (type == TimelineEvent.class) {
      TimelineEvent.Builder e = TimelineEvent.builder();
      event(e);
      return in.built(e::build);
    } else if (type == Responder.class) {
      Responder.Builder r = Responder.builder();
      object("a responder object", () -> responder(r));
      return in.built(r::build);
    } else if (type == CustomSection.class) {
      CustomSection.Builder s = CustomSection.builder();
      object("a custom section object", () -> customSection(s));
      return in.built(s::build);
    } else if (type == Severity.class) {
      return severity();
    } else if (type == Priority.class) {
      return priority();
    }
    throw new IllegalArgumentException("not a type of the JSON format: " + type);
  }

  /** Reads a postmortem object, from its opening to its closing brace. */
  private Postmortem postmortem() {
    in.startObject("a postmortem JSON object");
    Seen seen = new Seen();
    header(seen);
    Postmortem.Builder b = Postmortem.builder();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "incidentId" -> b.incidentId(in.string());
        case "title" -> b.title(in.string());
        case "date" -> b.date(in.date());
        case "tags" -> b.tags(in.strings());
        case "attributes" -> b.attributes(map());
        case "severity" -> b.severity(severity());
        case "documentStatus" -> b.documentStatus(in.enumValue(DOCUMENT_STATUS));
        case "incidentStatus" -> b.incidentStatus(in.enumValue(INCIDENT_STATUS));
        case "owner" -> b.owner(in.string());
        case "authors" -> b.authors(in.strings());
        case "responders" -> eachObject("responders", () -> b.addResponder(this::responder));
        case "zone" -> b.zone(in.zone());
        case "startedAt" -> b.startedAt(in.instant());
        case "endedAt" -> b.endedAt(in.instant());
        case "summary" -> b.summary(this::summary);
        case "impact" -> b.impact(this::impact);
        case "timeline" -> eachObject("timeline events", () -> b.addEvent(this::event));
        case "rootCause" -> b.rootCause(this::rootCause);
        case "detection" -> b.detection(this::detection);
        case "whatWentWell" -> b.whatWentWell(in.strings());
        case "whatWentPoorly" -> b.whatWentPoorly(in.strings());
        case "whereWeGotLucky" -> b.whereWeGotLucky(in.strings());
        case "resolution" -> b.resolution(this::resolution);
        case "actionItems" -> eachObject("action items", () -> b.addActionItem(this::actionItem));
        case "preventionMeasures" -> eachObject("prevention measures", () -> b.addPreventionMeasure(this::preventionMeasure));
        case "lessons" -> b.lessons(this::lessons);
        case "evidence" -> eachObject("evidence", () -> b.addEvidence(this::evidence));
        case "communications" -> eachObject("communications", () -> b.addCommunication(this::communication));
        case "appendix" -> b.appendix(this::appendix);
        case "review" -> b.review(this::review);
        case "customSections" -> eachObject("custom sections", () -> b.addCustomSection(this::customSection));
        default -> in.unknownField(name, "a postmortem");
      }
    }
    try {
      return b.build();
    } catch (InvalidPostmortemException e) {
      // The path of the object just closed: "$" for a document, "$.incident" inside another.
      throw in.invalid(in.path(), e);
    }
  }

  /** Reads {@code "format": "postmortem", "version": 1}, which must open the document. */
  private void header(Seen seen) {
    String first = in.nextField(seen);
    if (!"format".equals(first)) {
      throw in.fail(Problem.UNEXPECTED, "\"format\" as the first field",
          first == null ? "an empty object" : "\"" + first + "\"");
    }
    String format = in.string();
    if (!JsonFormatVersion.FORMAT.equals(format)) {
      throw in.fail(Problem.UNEXPECTED, "\"" + JsonFormatVersion.FORMAT + "\"", in.found());
    }
    String second = in.nextField(seen);
    if (!"version".equals(second)) {
      throw in.fail(Problem.UNEXPECTED, "\"version\" as the second field",
          second == null ? "the end of the object" : "\"" + second + "\"");
    }
    int version = in.integer();
    if (version > JsonFormatVersion.VERSION) {
      throw in.fail(Problem.UNSUPPORTED_VERSION, "version " + JsonFormatVersion.VERSION
          + " (the newest this library reads; upgrade it to read newer documents)", in.found());
    }
    if (version < JsonFormatVersion.VERSION) {
      throw in.fail(Problem.UNEXPECTED, "version " + JsonFormatVersion.VERSION, in.found());
    }
  }

  private void summary(Summary.Builder s) {
    in.startObject("a summary object");
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "tldr" -> s.tldr(in.string());
        case "whatHappened" -> s.whatHappened(in.string());
        case "impact" -> s.impact(in.string());
        case "rootCause" -> s.rootCause(in.string());
        case "resolution" -> s.resolution(in.string());
        default -> in.unknownField(name, "a summary");
      }
    }
  }

  private void impact(Impact.Builder i) {
    in.startObject("an impact object");
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "usersAffected" -> i.usersAffected(in.string());
        case "serviceDegradation" -> i.serviceDegradation(in.string());
        case "geographicScope" -> i.geographicScope(in.string());
        case "userVisibleSymptoms" -> i.userVisibleSymptoms(in.string());
        case "whatWorked" -> i.whatWorked(in.string());
        case "whatDidNotWork" -> i.whatDidNotWork(in.string());
        case "revenueImpact" -> i.revenueImpact(in.string());
        case "reputationImpact" -> i.reputationImpact(in.string());
        case "affectedServices" -> i.affectedServices(in.strings());
        case "dataIntegrity" -> i.dataIntegrity(in.string());
        case "performanceDegradation" -> i.performanceDegradation(in.string());
        case "costs" -> eachObject("costs", () -> i.addCost(this::cost));
        case "metrics" -> eachObject("metrics", () -> i.addMetric(this::metric));
        default -> in.unknownField(name, "an impact");
      }
    }
  }

  private void cost(CostItem.Builder c) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "kind" -> c.kind(in.enumValue(COST_KIND));
        case "amount" -> c.amount(in.decimal());
        case "currency" -> c.currency(in.currency());
        case "description" -> c.description(in.string());
        default -> in.unknownField(name, "a cost");
      }
    }
  }

  private void metric(ImpactMetric.Builder m) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "name" -> m.name(in.string());
        case "qualifier" -> m.qualifier(in.string());
        case "value" -> m.value(in.string());
        default -> in.unknownField(name, "an impact metric");
      }
    }
  }

  private void event(TimelineEvent.Builder e) {
    in.startObject("a timeline event object");
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "at" -> e.at(in.instant());
        case "kind" -> e.kind(in.enumValue(EVENT_KIND));
        case "description" -> e.description(in.string());
        case "actionTaken" -> e.actionTaken(in.string());
        case "actor" -> e.actor(in.string());
        case "dataLink" -> e.dataLink(in.string());
        default -> in.unknownField(name, "a timeline event");
      }
    }
  }

  private void rootCause(RootCause.Builder r) {
    in.startObject("a root cause object");
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "primaryCause" -> r.primaryCause(in.string());
        case "trigger" -> r.trigger(in.string());
        case "technicalDetails" -> r.technicalDetails(in.string());
        case "whySafeguardsFailed" -> r.whySafeguardsFailed(in.string());
        case "contributingFactors" -> eachObject("contributing factors", () -> r.addContributingFactor(this::topic));
        case "fiveWhys" -> r.fiveWhys(in.strings());
        default -> in.unknownField(name, "a root cause");
      }
    }
  }

  private void detection(Detection.Builder d) {
    in.startObject("a detection object");
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "method" -> d.method(in.enumValue(DETECTION_METHOD));
        case "detail" -> d.detail(in.string());
        case "detectedBy" -> d.detectedBy(in.string());
        case "whyNotSooner" -> d.whyNotSooner(in.string());
        default -> in.unknownField(name, "a detection");
      }
    }
  }

  private void resolution(Resolution.Builder r) {
    in.startObject("a resolution object");
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "immediateActions" -> eachObject("immediate actions", () -> r.addImmediateAction(this::resolutionAction));
        case "healthChecks" -> r.healthChecks(in.string());
        case "dataConsistency" -> r.dataConsistency(in.string());
        case "performance" -> r.performance(in.string());
        case "userExperience" -> r.userExperience(in.string());
        default -> in.unknownField(name, "a resolution");
      }
    }
  }

  private void resolutionAction(ResolutionAction.Builder a) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "at" -> a.at(in.instant());
        case "title" -> a.title(in.string());
        case "result" -> a.result(in.string());
        default -> in.unknownField(name, "an immediate action");
      }
    }
  }

  private void actionItem(ActionItem.Builder a) {
    in.startObject("an action item object");
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "description" -> a.description(in.string());
        case "owner" -> a.owner(in.string());
        case "priority" -> a.priority(priority());
        case "dueDate" -> a.dueDate(in.date());
        case "status" -> a.status(in.enumValue(ACTION_STATUS));
        case "completedOn" -> a.completedOn(in.date());
        case "horizon" -> a.horizon(in.enumValue(HORIZON));
        case "type" -> a.type(in.enumValue(ACTION_TYPE));
        case "ticket" -> a.ticket(in.string());
        case "notes" -> a.notes(in.string());
        default -> in.unknownField(name, "an action item");
      }
    }
  }

  private void preventionMeasure(PreventionMeasure.Builder m) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "area" -> m.area(in.enumValue(PREVENTION_AREA));
        case "topic" -> m.topic(in.string());
        case "detail" -> m.detail(in.string());
        default -> in.unknownField(name, "a prevention measure");
      }
    }
  }

  private void lessons(Lessons.Builder l) {
    in.startObject("a lessons object");
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "takeaway" -> l.takeaway(in.string());
        case "technicalLessons" -> eachObject("technical lessons", () -> l.addTechnicalLesson(this::topic));
        case "processLessons" -> eachObject("process lessons", () -> l.addProcessLesson(this::topic));
        case "openQuestions" -> l.openQuestions(in.strings());
        default -> in.unknownField(name, "lessons");
      }
    }
  }

  private void evidence(Evidence.Builder e) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "category" -> e.category(in.enumValue(EVIDENCE_CATEGORY));
        case "label" -> e.label(in.string());
        case "link" -> e.link(in.string());
        case "detail" -> e.detail(in.string());
        default -> in.unknownField(name, "a piece of evidence");
      }
    }
  }

  private void communication(Communication.Builder c) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "audience" -> c.audience(in.enumValue(AUDIENCE));
        case "subject" -> c.subject(in.string());
        case "channel" -> c.channel(in.string());
        case "at" -> c.at(in.instant());
        case "detail" -> c.detail(in.string());
        default -> in.unknownField(name, "a communication");
      }
    }
  }

  private void appendix(Appendix.Builder a) {
    in.startObject("an appendix object");
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "featureFlags" -> a.featureFlags(map());
        case "environment" -> a.environment(map());
        case "codeChanges" -> eachObject("code changes", () -> a.addCodeChange(this::codeChange));
        case "similarIncidents" -> eachObject("similar incidents", () -> a.addSimilarIncident(this::pastIncident));
        default -> in.unknownField(name, "an appendix");
      }
    }
  }

  private void codeChange(CodeChange.Builder c) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "commit" -> c.commit(in.string());
        case "description" -> c.description(in.string());
        case "author" -> c.author(in.string());
        case "at" -> c.at(in.instant());
        default -> in.unknownField(name, "a code change");
      }
    }
  }

  private void pastIncident(PastIncident.Builder i) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "date" -> i.date(in.date());
        case "description" -> i.description(in.string());
        case "link" -> i.link(in.string());
        default -> in.unknownField(name, "a similar incident");
      }
    }
  }

  private void review(Review.Builder r) {
    in.startObject("a review object");
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "preparedBy" -> r.preparedBy(s -> object("a sign-off object", () -> signoff(s)));
        case "reviewedBy" -> r.reviewedBy(s -> object("a sign-off object", () -> signoff(s)));
        case "approvedBy" -> r.approvedBy(s -> object("a sign-off object", () -> signoff(s)));
        case "distribution" -> r.distribution(in.strings());
        case "meeting" -> r.meeting(m -> object("a review meeting object", () -> meeting(m)));
        default -> in.unknownField(name, "a review");
      }
    }
  }

  private void signoff(Signoff.Builder s) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "name" -> s.name(in.string());
        case "date" -> s.date(in.date());
        default -> in.unknownField(name, "a sign-off");
      }
    }
  }

  private void meeting(ReviewMeeting.Builder m) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "at" -> m.at(in.instant());
        case "facilitator" -> m.facilitator(in.string());
        case "notesLink" -> m.notesLink(in.string());
        case "recordingLink" -> m.recordingLink(in.string());
        default -> in.unknownField(name, "a review meeting");
      }
    }
  }

  private void customSection(CustomSection.Builder s) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "heading" -> s.heading(in.string());
        case "body" -> s.body(in.string());
        default -> in.unknownField(name, "a custom section");
      }
    }
  }

  private void responder(Responder.Builder r) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "name" -> r.name(in.string());
        case "role" -> r.role(in.string());
        default -> in.unknownField(name, "a responder");
      }
    }
  }

  private void topic(Topic.Builder t) {
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "title" -> t.title(in.string());
        case "detail" -> t.detail(in.string());
        default -> in.unknownField(name, "a topic");
      }
    }
  }

  private Severity severity() {
    in.startObject("a severity object such as {\"label\": \"sev-2\", \"rank\": 2}");
    LabelAndRank value = labelAndRank("a severity");
    return in.built(() -> Severity.of(value.label, value.rank));
  }

  private Priority priority() {
    in.startObject("a priority object such as {\"label\": \"high\", \"rank\": 1}");
    LabelAndRank value = labelAndRank("a priority");
    return in.built(() -> Priority.of(value.label, value.rank));
  }

  /** The two fields of a severity or priority, read before the value is made. */
  private record LabelAndRank(String label, int rank) {}

  private LabelAndRank labelAndRank(String description) {
    String label = null;
    Integer rank = null;
    Seen seen = new Seen();
    for (String name = in.nextField(seen); name != null; name = in.nextField(seen)) {
      switch (name) {
        case "label" -> label = in.string();
        case "rank" -> rank = in.integer();
        default -> in.unknownField(name, description);
      }
    }
    // Both are required; Severity.of and Priority.of refuse a null label.
    if (label == null) {
      throw in.fail(Problem.UNEXPECTED, "a \"label\" in " + description, "none");
    }
    if (rank == null) {
      throw in.fail(Problem.UNEXPECTED, "a \"rank\" in " + description, "none");
    }
    return new LabelAndRank(label, rank);
  }

  /** Reads an object of strings, keeping its order and refusing a repeated key. */
  private Map<String, String> map() {
    in.startObject("an object of strings");
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> keys = new HashSet<>();
    for (String key = in.parser().nextName(); key != null; key = in.parser().nextName()) {
      if (!keys.add(key)) {
        throw in.fail(Problem.UNEXPECTED, "each key once", "a second \"" + key + "\"");
      }
      if (keys.size() > in.limits().maxListSize()) {
        throw Limit.MAX_LIST_SIZE.exceeded(in.limits(), "keys in one object", in.location(),
            "key " + keys.size());
      }
      in.parser().nextToken();
      values.put(key, in.string());
    }
    return values;
  }

  /** Reads one object with {@code reader}, after checking that it is one. */
  private void object(String description, Runnable reader) {
    in.startObject(description);
    reader.run();
  }

  /** Runs {@code perElement} for each object of an array, positioned on its opening brace. */
  private void eachObject(String description, Runnable perElement) {
    in.startArray("an array of " + description);
    for (int i = 0; in.nextElement(i); i++) {
      in.startObject("an object in the array of " + description);
      perElement.run();
    }
  }
}
