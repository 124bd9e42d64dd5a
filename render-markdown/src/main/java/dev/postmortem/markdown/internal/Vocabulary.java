package dev.postmortem.markdown.internal;

import dev.postmortem.ActionStatus;
import dev.postmortem.ActionType;
import dev.postmortem.Audience;
import dev.postmortem.CostKind;
import dev.postmortem.DetectionMethod;
import dev.postmortem.DocumentStatus;
import dev.postmortem.EventKind;
import dev.postmortem.EvidenceCategory;
import dev.postmortem.Horizon;
import dev.postmortem.IncidentStatus;
import dev.postmortem.PreventionArea;
import java.util.Map;

/**
 * The words, labels and column names the Markdown format writes and reads: one place, so that
 * the writer and the reader cannot drift apart.
 */
final class Vocabulary {
  static final Words<DocumentStatus> DOCUMENT_STATUS = Words.of(DocumentStatus.class);
  static final Words<IncidentStatus> INCIDENT_STATUS = Words.of(IncidentStatus.class);
  static final Words<EventKind> EVENT_KIND = Words.of(EventKind.class);
  static final Words<ActionStatus> ACTION_STATUS =
      Words.of(ActionStatus.class, Map.of(ActionStatus.WONT_DO, "won't do"));
  static final Words<Horizon> HORIZON = Words.of(Horizon.class);
  static final Words<ActionType> ACTION_TYPE = Words.of(ActionType.class);
  static final Words<CostKind> COST_KIND = Words.of(CostKind.class);
  static final Words<DetectionMethod> DETECTION_METHOD = Words.of(DetectionMethod.class);
  static final Words<PreventionArea> PREVENTION_AREA = Words.of(PreventionArea.class);
  static final Words<EvidenceCategory> EVIDENCE_CATEGORY = Words.of(EvidenceCategory.class);
  static final Words<Audience> AUDIENCE = Words.of(Audience.class);

  // Metadata labels.
  static final String INCIDENT_ID = "Incident ID";
  static final String DATE = "Date";
  static final String SEVERITY = "Severity";
  static final String OWNER = "Owner";
  static final String STATUS = "Status";
  static final String DOCUMENT_STATUS_LABEL = "Document status";
  static final String INCIDENT_STATUS_LABEL = "Incident status";
  static final String AUTHOR = "Author";
  static final String TAG = "Tag";
  static final String STARTED = "Started";
  static final String ENDED = "Ended";
  static final String DURATION = "Duration";

  // Labels inside sections.
  static final String WHAT_HAPPENED = "What happened";
  static final String IMPACT = "Impact";
  static final String ROOT_CAUSE = "Root cause";
  static final String RESOLUTION = "Resolution";
  static final String USERS_AFFECTED = "Users affected";
  static final String SERVICE_DEGRADATION = "Service degradation";
  static final String GEOGRAPHIC_SCOPE = "Geographic scope";
  static final String USER_VISIBLE_SYMPTOMS = "User-visible symptoms";
  static final String WHAT_WORKED = "What worked for users";
  static final String WHAT_DID_NOT_WORK = "What didn't work for users";
  static final String REVENUE_IMPACT = "Revenue impact";
  static final String REPUTATION_IMPACT = "Reputation impact";
  static final String DATA_INTEGRITY = "Data integrity";
  static final String PERFORMANCE_DEGRADATION = "Performance degradation";
  static final String TRIGGER = "Trigger";
  static final String WHY_SAFEGUARDS_FAILED = "Why existing safeguards didn't prevent it";
  static final String METHOD = "Method";
  static final String DETAIL = "Detail";
  static final String DETECTED_BY = "Detected by";
  static final String WHY_NOT_SOONER = "Why not sooner";
  static final String HEALTH_CHECKS = "Health check status";
  static final String DATA_CONSISTENCY = "Data consistency";
  static final String PERFORMANCE = "Performance metrics";
  static final String USER_EXPERIENCE = "User experience";
  static final String MEETING_AT = "When";
  static final String FACILITATOR = "Facilitator";
  static final String NOTES = "Notes";
  static final String RECORDING = "Recording";
  static final String PREPARED_BY = "Prepared by";
  static final String REVIEWED_BY = "Reviewed by";
  static final String APPROVED_BY = "Approved by";
  static final String DISTRIBUTION = "Distribution";
  static final String SERVICES_AFFECTED = "Services affected";

  // Table columns.
  static final String TIME = "Time";
  static final String KIND = "Kind";
  static final String EVENT = "Event";
  static final String ACTION_TAKEN = "Action Taken";
  static final String ACTOR = "Actor";
  static final String DATA = "Data";
  static final String ACTION = "Action";
  static final String PRIORITY = "Priority";
  static final String DUE = "Due";
  static final String COMPLETED = "Completed";
  static final String HORIZON_COLUMN = "Horizon";
  static final String TYPE = "Type";
  static final String TICKET = "Ticket";
  static final String NAME = "Name";
  static final String ROLE = "Role";
  static final String KEY = "Key";
  static final String VALUE = "Value";
  static final String METRIC = "Metric";
  static final String QUALIFIER = "Qualifier";
  static final String AMOUNT = "Amount";
  static final String CURRENCY = "Currency";
  static final String DESCRIPTION = "Description";
  static final String FACTOR = "Factor";
  static final String RESULT = "Result";
  static final String AREA = "Area";
  static final String MEASURE = "Measure";
  static final String LESSON = "Lesson";
  static final String CATEGORY = "Category";
  static final String EVIDENCE = "Evidence";
  static final String LINK = "Link";
  static final String AUDIENCE_COLUMN = "Audience";
  static final String SUBJECT = "Subject";
  static final String CHANNEL = "Channel";
  static final String FLAG = "Flag";
  static final String SETTING = "Setting";
  static final String COMMIT = "Commit";
  static final String AUTHOR_COLUMN = "Author";
  static final String INCIDENT = "Incident";

  /** The sentence that states the zone: {@code All times UTC.} */
  static final String ALL_TIMES = "All times ";
  /** The thematic break the detailed layout writes before each section. */
  static final String SEPARATOR = "---";
  /** The compact template's name for the revenue impact. */
  static final String MONEY_IMPACT = "Money impact";
  static final String ACTION_ITEM = "Action Item";
  static final String DUE_DATE = "Due Date";
  static final String COMPLETION_DATE = "Completion Date";

  private Vocabulary() {}
}
