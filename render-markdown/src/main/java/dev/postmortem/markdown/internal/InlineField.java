package dev.postmortem.markdown.internal;

import java.util.function.BiConsumer;

/**
 * The model's one-line text fields that the importer fills from a label ({@code **Users
 * affected:** 1 200}) or a one-paragraph section, each with its path and its setter, so that the
 * section readers pass typed fields, not path strings. The first value read wins; a second one is
 * kept where its section keeps what it does not take.
 */
enum InlineField {
  INCIDENT_ID("incidentId", (h, v) -> h.postmortem.incidentId(v)),
  OWNER("owner", (h, v) -> h.postmortem.owner(v)),
  WHAT_HAPPENED("summary.whatHappened", (h, v) -> h.summary.whatHappened(v)),
  SUMMARY_IMPACT("summary.impact", (h, v) -> h.summary.impact(v)),
  SUMMARY_ROOT_CAUSE("summary.rootCause", (h, v) -> h.summary.rootCause(v)),
  SUMMARY_RESOLUTION("summary.resolution", (h, v) -> h.summary.resolution(v)),
  USERS_AFFECTED("impact.usersAffected", (h, v) -> h.impact.usersAffected(v)),
  SERVICE_DEGRADATION("impact.serviceDegradation", (h, v) -> h.impact.serviceDegradation(v)),
  GEOGRAPHIC_SCOPE("impact.geographicScope", (h, v) -> h.impact.geographicScope(v)),
  USER_VISIBLE_SYMPTOMS("impact.userVisibleSymptoms", (h, v) -> h.impact.userVisibleSymptoms(v)),
  WHAT_WORKED("impact.whatWorked", (h, v) -> h.impact.whatWorked(v)),
  WHAT_DID_NOT_WORK("impact.whatDidNotWork", (h, v) -> h.impact.whatDidNotWork(v)),
  REVENUE_IMPACT("impact.revenueImpact", (h, v) -> h.impact.revenueImpact(v)),
  REPUTATION_IMPACT("impact.reputationImpact", (h, v) -> h.impact.reputationImpact(v)),
  DATA_INTEGRITY("impact.dataIntegrity", (h, v) -> h.impact.dataIntegrity(v)),
  PERFORMANCE_DEGRADATION("impact.performanceDegradation", (h, v) -> h.impact.performanceDegradation(v)),
  TRIGGER("rootCause.trigger", (h, v) -> h.rootCause.trigger(v)),
  WHY_SAFEGUARDS_FAILED("rootCause.whySafeguardsFailed", (h, v) -> h.rootCause.whySafeguardsFailed(v)),
  DETECTION_DETAIL("detection.detail", (h, v) -> h.detection.detail(v)),
  DETECTED_BY("detection.detectedBy", (h, v) -> h.detection.detectedBy(v)),
  WHY_NOT_SOONER("detection.whyNotSooner", (h, v) -> h.detection.whyNotSooner(v)),
  HEALTH_CHECKS("resolution.healthChecks", (h, v) -> h.resolution.healthChecks(v)),
  DATA_CONSISTENCY("resolution.dataConsistency", (h, v) -> h.resolution.dataConsistency(v)),
  PERFORMANCE("resolution.performance", (h, v) -> h.resolution.performance(v)),
  USER_EXPERIENCE("resolution.userExperience", (h, v) -> h.resolution.userExperience(v));

  private final String path;
  private final BiConsumer<ModelBuilders, String> setter;

  InlineField(String path, BiConsumer<ModelBuilders, String> setter) {
    this.path = path;
    this.setter = setter;
  }

  /** Returns the model path, such as {@code impact.usersAffected}, for findings and line numbers. */
  String path() {
    return path;
  }

  void set(ModelBuilders builders, String value) {
    setter.accept(builders, value);
  }
}
