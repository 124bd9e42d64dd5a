package dev.postmortem.json.internal;

import dev.postmortem.ActionItem;
import dev.postmortem.Appendix;
import dev.postmortem.CodeChange;
import dev.postmortem.Communication;
import dev.postmortem.CostItem;
import dev.postmortem.CustomSection;
import dev.postmortem.Detection;
import dev.postmortem.Evidence;
import dev.postmortem.Impact;
import dev.postmortem.ImpactMetric;
import dev.postmortem.Lessons;
import dev.postmortem.PastIncident;
import dev.postmortem.Postmortem;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a postmortem as version 1 of the JSON format, field by field in the model's order, with
 * Jackson's streaming generator. Absent optionals, empty lists, empty maps and empty sections are
 * left out; enum values are lower case; instants are {@link java.time.Instant#toString()} (UTC,
 * full precision), dates {@code YYYY-MM-DD}, amounts decimal strings that keep their scale.
 */
final class PostmortemJsonWriter {
  private final JsonGenerator out;

  PostmortemJsonWriter(JsonGenerator out) {
    this.out = out;
  }

  /**
   * Writes one value of a type in {@link EmbeddedTypes#ALL} as the format writes it inside a
   * postmortem document; a postmortem is written whole, header included.
   */
  void writeValue(Object value) {
    if (value instanceof Postmortem p) {
      write(p);
    } else if (value instanceof ActionItem a) {
      actionItem(a);
    } else if (value instanceof TimelineEvent e) {
      event(e);
    } else if (value instanceof Responder r) {
      responder(r);
    } else if (value instanceof CustomSection s) {
      customSection(s);
    } else if (value instanceof Severity s) {
      rankedLabel(s.label(), s.rank());
    } else if (value instanceof Priority p) {
      rankedLabel(p.label(), p.rank());
    } else {
      throw new IllegalArgumentException("not a type of the JSON format: " + value.getClass());
    }
  }

  void write(Postmortem p) {
    out.writeStartObject();
    out.writeStringProperty("format", JsonFormatVersion.FORMAT);
    out.writeNumberProperty("version", JsonFormatVersion.VERSION);
    string("incidentId", p.incidentId());
    out.writeStringProperty("title", p.title());
    value("date", p.date());
    strings("tags", p.tags());
    map("attributes", p.attributes());
    p.severity().ifPresent(s -> severity("severity", s));
    enumValue("documentStatus", p.documentStatus());
    enumValue("incidentStatus", p.incidentStatus());
    string("owner", p.owner());
    strings("authors", p.authors());
    objects("responders", p.responders(), this::responder);
    out.writeStringProperty("zone", p.zone().getId());
    value("startedAt", p.startedAt());
    value("endedAt", p.endedAt());
    if (!p.summary().isEmpty()) {
      out.writeName("summary");
      summary(p.summary());
    }
    if (!p.impact().isEmpty()) {
      out.writeName("impact");
      impact(p.impact());
    }
    objects("timeline", p.timeline(), this::event);
    if (!p.rootCause().isEmpty()) {
      out.writeName("rootCause");
      rootCause(p.rootCause());
    }
    if (!p.detection().isEmpty()) {
      out.writeName("detection");
      detection(p.detection());
    }
    strings("whatWentWell", p.whatWentWell());
    strings("whatWentPoorly", p.whatWentPoorly());
    strings("whereWeGotLucky", p.whereWeGotLucky());
    if (!p.resolution().isEmpty()) {
      out.writeName("resolution");
      resolution(p.resolution());
    }
    objects("actionItems", p.actionItems(), this::actionItem);
    objects("preventionMeasures", p.preventionMeasures(), this::preventionMeasure);
    if (!p.lessons().isEmpty()) {
      out.writeName("lessons");
      lessons(p.lessons());
    }
    objects("evidence", p.evidence(), this::evidence);
    objects("communications", p.communications(), this::communication);
    if (!p.appendix().isEmpty()) {
      out.writeName("appendix");
      appendix(p.appendix());
    }
    if (!p.review().isEmpty()) {
      out.writeName("review");
      review(p.review());
    }
    objects("customSections", p.customSections(), this::customSection);
    out.writeEndObject();
  }

  private void summary(Summary s) {
    out.writeStartObject();
    string("tldr", s.tldr());
    string("whatHappened", s.whatHappened());
    string("impact", s.impact());
    string("rootCause", s.rootCause());
    string("resolution", s.resolution());
    out.writeEndObject();
  }

  private void impact(Impact i) {
    out.writeStartObject();
    string("usersAffected", i.usersAffected());
    string("serviceDegradation", i.serviceDegradation());
    string("geographicScope", i.geographicScope());
    string("userVisibleSymptoms", i.userVisibleSymptoms());
    string("whatWorked", i.whatWorked());
    string("whatDidNotWork", i.whatDidNotWork());
    string("revenueImpact", i.revenueImpact());
    string("reputationImpact", i.reputationImpact());
    strings("affectedServices", i.affectedServices());
    string("dataIntegrity", i.dataIntegrity());
    string("performanceDegradation", i.performanceDegradation());
    objects("costs", i.costs(), this::cost);
    objects("metrics", i.metrics(), this::metric);
    out.writeEndObject();
  }

  private void cost(CostItem c) {
    out.writeStartObject();
    out.writeStringProperty("kind", JsonNames.name(c.kind()));
    out.writeStringProperty("amount", c.amount().toString());
    out.writeStringProperty("currency", c.currency().getCurrencyCode());
    string("description", c.description());
    out.writeEndObject();
  }

  private void metric(ImpactMetric m) {
    out.writeStartObject();
    out.writeStringProperty("name", m.name());
    string("qualifier", m.qualifier());
    out.writeStringProperty("value", m.value());
    out.writeEndObject();
  }

  private void event(TimelineEvent e) {
    out.writeStartObject();
    value("at", e.at());
    out.writeStringProperty("kind", JsonNames.name(e.kind()));
    out.writeStringProperty("description", e.description());
    string("actionTaken", e.actionTaken());
    string("actor", e.actor());
    string("dataLink", e.dataLink());
    out.writeEndObject();
  }

  private void rootCause(RootCause r) {
    out.writeStartObject();
    string("primaryCause", r.primaryCause());
    string("trigger", r.trigger());
    string("technicalDetails", r.technicalDetails());
    string("whySafeguardsFailed", r.whySafeguardsFailed());
    objects("contributingFactors", r.contributingFactors(), this::topic);
    strings("fiveWhys", r.fiveWhys());
    out.writeEndObject();
  }

  private void detection(Detection d) {
    out.writeStartObject();
    enumValue("method", d.method());
    string("detail", d.detail());
    string("detectedBy", d.detectedBy());
    string("whyNotSooner", d.whyNotSooner());
    out.writeEndObject();
  }

  private void resolution(Resolution r) {
    out.writeStartObject();
    objects("immediateActions", r.immediateActions(), this::resolutionAction);
    string("healthChecks", r.healthChecks());
    string("dataConsistency", r.dataConsistency());
    string("performance", r.performance());
    string("userExperience", r.userExperience());
    out.writeEndObject();
  }

  private void resolutionAction(ResolutionAction a) {
    out.writeStartObject();
    value("at", a.at());
    out.writeStringProperty("title", a.title());
    string("result", a.result());
    out.writeEndObject();
  }

  private void actionItem(ActionItem a) {
    out.writeStartObject();
    out.writeStringProperty("description", a.description());
    string("owner", a.owner());
    a.priority().ifPresent(p -> priority("priority", p));
    value("dueDate", a.dueDate());
    out.writeStringProperty("status", JsonNames.name(a.status()));
    value("completedOn", a.completedOn());
    enumValue("horizon", a.horizon());
    enumValue("type", a.type());
    string("ticket", a.ticket());
    string("notes", a.notes());
    out.writeEndObject();
  }

  private void preventionMeasure(PreventionMeasure m) {
    out.writeStartObject();
    out.writeStringProperty("area", JsonNames.name(m.area()));
    out.writeStringProperty("topic", m.topic());
    string("detail", m.detail());
    out.writeEndObject();
  }

  private void lessons(Lessons l) {
    out.writeStartObject();
    string("takeaway", l.takeaway());
    objects("technicalLessons", l.technicalLessons(), this::topic);
    objects("processLessons", l.processLessons(), this::topic);
    strings("openQuestions", l.openQuestions());
    out.writeEndObject();
  }

  private void evidence(Evidence e) {
    out.writeStartObject();
    out.writeStringProperty("category", JsonNames.name(e.category()));
    out.writeStringProperty("label", e.label());
    string("link", e.link());
    string("detail", e.detail());
    out.writeEndObject();
  }

  private void communication(Communication c) {
    out.writeStartObject();
    out.writeStringProperty("audience", JsonNames.name(c.audience()));
    string("subject", c.subject());
    string("channel", c.channel());
    value("at", c.at());
    out.writeStringProperty("detail", c.detail());
    out.writeEndObject();
  }

  private void appendix(Appendix a) {
    out.writeStartObject();
    map("featureFlags", a.featureFlags());
    map("environment", a.environment());
    objects("codeChanges", a.codeChanges(), this::codeChange);
    objects("similarIncidents", a.similarIncidents(), this::pastIncident);
    out.writeEndObject();
  }

  private void codeChange(CodeChange c) {
    out.writeStartObject();
    out.writeStringProperty("commit", c.commit());
    string("description", c.description());
    string("author", c.author());
    value("at", c.at());
    out.writeEndObject();
  }

  private void pastIncident(PastIncident i) {
    out.writeStartObject();
    value("date", i.date());
    out.writeStringProperty("description", i.description());
    string("link", i.link());
    out.writeEndObject();
  }

  private void review(Review r) {
    out.writeStartObject();
    r.preparedBy().ifPresent(s -> signoff("preparedBy", s));
    r.reviewedBy().ifPresent(s -> signoff("reviewedBy", s));
    r.approvedBy().ifPresent(s -> signoff("approvedBy", s));
    strings("distribution", r.distribution());
    r.meeting().ifPresent(this::meeting);
    out.writeEndObject();
  }

  private void signoff(String name, Signoff s) {
    out.writeName(name);
    out.writeStartObject();
    out.writeStringProperty("name", s.name());
    value("date", s.date());
    out.writeEndObject();
  }

  private void meeting(ReviewMeeting m) {
    out.writeName("meeting");
    out.writeStartObject();
    value("at", m.at());
    string("facilitator", m.facilitator());
    string("notesLink", m.notesLink());
    string("recordingLink", m.recordingLink());
    out.writeEndObject();
  }

  private void customSection(CustomSection s) {
    out.writeStartObject();
    out.writeStringProperty("heading", s.heading());
    if (!s.body().isEmpty()) {
      out.writeStringProperty("body", s.body());
    }
    out.writeEndObject();
  }

  private void responder(Responder r) {
    out.writeStartObject();
    out.writeStringProperty("name", r.name());
    string("role", r.role());
    out.writeEndObject();
  }

  private void topic(Topic t) {
    out.writeStartObject();
    out.writeStringProperty("title", t.title());
    string("detail", t.detail());
    out.writeEndObject();
  }

  private void severity(String name, Severity s) {
    out.writeName(name);
    rankedLabel(s.label(), s.rank());
  }

  private void priority(String name, Priority p) {
    out.writeName(name);
    rankedLabel(p.label(), p.rank());
  }

  /** A severity or a priority: {@code {"label": "sev-2", "rank": 2}}. */
  private void rankedLabel(String label, int rank) {
    out.writeStartObject();
    out.writeStringProperty("label", label);
    out.writeNumberProperty("rank", rank);
    out.writeEndObject();
  }

  private void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      out.writeStringProperty(name, value.get());
    }
  }

  /** Writes an optional date or instant in ISO-8601, as its {@code toString()} would. */
  private void value(String name, Optional<?> value) {
    if (value.isPresent()) {
      Object v = value.get();
      out.writeStringProperty(name, v instanceof Instant instant ? IsoTime.format(instant)
          : v instanceof LocalDate date ? IsoTime.format(date) : v.toString());
    }
  }

  private void enumValue(String name, Optional<? extends Enum<?>> value) {
    if (value.isPresent()) {
      out.writeStringProperty(name, JsonNames.name(value.get()));
    }
  }

  private void strings(String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  private void map(String name, Map<String, String> values) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartObject();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      out.writeStringProperty(entry.getKey(), entry.getValue());
    }
    out.writeEndObject();
  }

  private <T> void objects(String name, List<T> values, Consumer<T> writer) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    for (T value : values) {
      writer.accept(value);
    }
    out.writeEndArray();
  }
}
