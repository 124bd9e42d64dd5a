package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.Appendix;
import dev.postmortem.CodeChange;
import dev.postmortem.Communication;
import dev.postmortem.CostItem;
import dev.postmortem.CustomSection;
import dev.postmortem.Detection;
import dev.postmortem.EventKind;
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
import dev.postmortem.RootCause;
import dev.postmortem.Severity;
import dev.postmortem.Signoff;
import dev.postmortem.Summary;
import dev.postmortem.TimelineEvent;
import dev.postmortem.Topic;
import dev.postmortem.markdown.Layout;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes one postmortem in one layout. Every section the layout has is written when it holds
 * something; the order and headings come from the layout, the content of each section is the
 * same in both, so that one reader reads both. Block text goes directly under its heading, with
 * nothing else before the next heading, so that it reads back line for line.
 */
final class MarkdownWriter {
  private final Postmortem p;
  private final boolean detailed;
  private final Blocks out = new Blocks();

  private MarkdownWriter(Postmortem p, Layout layout) {
    this.p = p;
    this.detailed = layout == Layout.DETAILED;
  }

  static String render(Postmortem p, Layout layout) {
    return new MarkdownWriter(p, layout).render();
  }

  private String render() {
    out.heading(1, p.title());
    metadata();
    if (p.timeline().isEmpty() && (!p.zone().equals(ZoneOffset.UTC) || hasInstants())) {
      out.paragraph(ALL_TIMES + ZoneText.format(p.zone()) + ".");
    }
    List<Section> order = detailed
        ? List.of(Section.SUMMARY, Section.RESPONDERS, Section.ATTRIBUTES, Section.IMPACT,
            Section.TIMELINE, Section.ROOT_CAUSE, Section.DETECTION, Section.WENT_WELL,
            Section.WENT_POORLY, Section.LUCKY, Section.RESOLUTION, Section.ACTION_ITEMS,
            Section.PREVENTION, Section.LESSONS, Section.EVIDENCE, Section.COMMUNICATIONS,
            Section.APPENDIX, Section.REVIEW)
        : List.of(Section.SUMMARY, Section.IMPACT, Section.TIMELINE, Section.DETECTION,
            Section.WENT_WELL, Section.WENT_POORLY, Section.LUCKY, Section.ROOT_CAUSE,
            Section.RESOLUTION, Section.ACTION_ITEMS, Section.PREVENTION, Section.LESSONS,
            Section.RESPONDERS, Section.ATTRIBUTES, Section.EVIDENCE, Section.COMMUNICATIONS,
            Section.APPENDIX, Section.REVIEW);
    for (Section section : order) {
      section(section);
    }
    for (CustomSection custom : p.customSections()) {
      // A custom heading the importer would read as a section ("Root cause of the outage") is
      // escaped like one the strict reader knows, so that our own output reads back exactly.
      boolean known = Section.named(custom.heading()).isPresent() || SectionHome.of(custom.heading()).isPresent();
      out.rawHeading(2, Escapes.headingEnd(Escapes.customHeading(custom.heading(), known)));
      if (!custom.body().isEmpty()) {
        out.blockText(custom.body());
      }
    }
    return out.text();
  }

  private void metadata() {
    List<String[]> rows = new ArrayList<>();
    p.incidentId().ifPresent(v -> rows.add(pair(INCIDENT_ID, v)));
    p.date().ifPresent(v -> rows.add(pair(DATE, v.toString())));
    p.severity().ifPresent(v -> rows.add(pair(SEVERITY, severity(v))));
    p.owner().ifPresent(v -> rows.add(pair(OWNER, v)));
    if (detailed) {
      p.incidentStatus().ifPresent(v -> rows.add(pair(STATUS, INCIDENT_STATUS.capitalized(v))));
      p.documentStatus().ifPresent(v -> rows.add(pair(DOCUMENT_STATUS_LABEL, DOCUMENT_STATUS.capitalized(v))));
    } else {
      p.documentStatus().ifPresent(v -> rows.add(pair(STATUS, DOCUMENT_STATUS.word(v))));
      p.incidentStatus().ifPresent(v -> rows.add(pair(INCIDENT_STATUS_LABEL, INCIDENT_STATUS.word(v))));
    }
    p.startedAt().ifPresent(v -> rows.add(pair(STARTED, full(v))));
    p.endedAt().ifPresent(v -> rows.add(pair(ENDED, full(v))));
    if (detailed) {
      p.duration().ifPresent(d -> rows.add(pair(DURATION, duration(d))));
    }
    p.authors().forEach(v -> rows.add(pair(AUTHOR, v)));
    p.tags().forEach(v -> rows.add(pair(TAG, v)));
    if (detailed) {
      out.labeledLines(rows);
    } else {
      out.keyValueTable(rows);
    }
  }

  private void section(Section section) {
    switch (section) {
      case SUMMARY -> summary(section);
      case RESPONDERS -> table(section, responders());
      case ATTRIBUTES -> table(section, keyValues(KEY, VALUE, p.attributes()));
      case IMPACT -> impact(section);
      case TIMELINE -> timeline(section);
      case ROOT_CAUSE -> rootCause(section);
      case DETECTION -> detection(section);
      case WENT_WELL -> bullets(section, p.whatWentWell());
      case WENT_POORLY -> bullets(section, p.whatWentPoorly());
      case LUCKY -> bullets(section, p.whereWeGotLucky());
      case RESOLUTION -> resolution(section);
      case ACTION_ITEMS -> table(section, actionItems());
      case PREVENTION -> table(section, prevention());
      case LESSONS -> lessons(section);
      case EVIDENCE -> table(section, evidence());
      case COMMUNICATIONS -> table(section, communications());
      case APPENDIX -> appendix(section);
      case REVIEW -> review(section);
    }
  }

  private void heading(Section section) {
    out.heading(2, section.heading(detailed));
  }

  private void subheading(Subsection subsection) {
    out.heading(3, subsection.heading());
  }

  private void summary(Section section) {
    Summary s = p.summary();
    if (s.isEmpty()) {
      return;
    }
    heading(section);
    s.tldr().ifPresent(out::blockText);
    List<String[]> points = List.of(pair(WHAT_HAPPENED, s.whatHappened()), pair(IMPACT, s.impact()),
        pair(ROOT_CAUSE, s.rootCause()), pair(RESOLUTION, s.resolution()));
    if (points.stream().anyMatch(point -> point[1] != null)) {
      subheading(Subsection.KEY_POINTS);
      out.labeled(points);
    }
  }

  private void impact(Section section) {
    Impact i = p.impact();
    if (i.isEmpty() && (detailed || p.duration().isEmpty())) {
      return;
    }
    heading(section);
    List<String[]> user = List.of(pair(USERS_AFFECTED, i.usersAffected()),
        pair(SERVICE_DEGRADATION, i.serviceDegradation()), pair(GEOGRAPHIC_SCOPE, i.geographicScope()),
        pair(USER_VISIBLE_SYMPTOMS, i.userVisibleSymptoms()), pair(WHAT_WORKED, i.whatWorked()),
        pair(WHAT_DID_NOT_WORK, i.whatDidNotWork()));
    List<String[]> business = List.of(pair(REVENUE_IMPACT, i.revenueImpact()),
        pair(REPUTATION_IMPACT, i.reputationImpact()));
    List<String[]> system = List.of(pair(DATA_INTEGRITY, i.dataIntegrity()),
        pair(PERFORMANCE_DEGRADATION, i.performanceDegradation()));
    String duration = p.duration().map(this::duration).orElse(null);
    if (detailed) {
      labeledUnder(Subsection.USER_IMPACT, user);
      labeledUnder(Subsection.BUSINESS_IMPACT, business);
      labeledUnder(Subsection.SYSTEM_IMPACT, system);
    } else {
      List<String[]> all = new ArrayList<>(user);
      all.add(pair(DURATION, duration));
      all.addAll(business);
      all.addAll(system);
      out.labeled(all);
    }
    if (!i.affectedServices().isEmpty()) {
      subheading(Subsection.SERVICES_AFFECTED);
      out.bullets(i.affectedServices());
    }
    tableUnder(Subsection.IMPACT_METRICS, new Table().alwaysColumn(METRIC).column(QUALIFIER)
        .alwaysColumn(VALUE), i.metrics(), (ImpactMetric m) -> new String[] {m.name(),
            m.qualifier().orElse(null), m.value()});
    tableUnder(Subsection.COSTS, new Table().alwaysColumn(KIND).alwaysColumn(AMOUNT)
        .alwaysColumn(CURRENCY).column(DESCRIPTION), i.costs(), (CostItem c) -> new String[] {
            COST_KIND.word(c.kind()), c.amount().toString(), c.currency().getCurrencyCode(),
            c.description().orElse(null)});
  }

  private void timeline(Section section) {
    if (p.timeline().isEmpty()) {
      return;
    }
    heading(section);
    out.paragraph(ALL_TIMES + ZoneText.format(p.zone()) + ".");
    Table table = new Table().alwaysColumn(TIME).column(KIND).alwaysColumn(EVENT)
        .column(ACTION_TAKEN).column(ACTOR).column(DATA);
    for (TimelineEvent e : p.timeline()) {
      table.row(e.at().map(at -> TimeText.format(at, p.zone(), p.date())).orElse(null),
          e.kind() == EventKind.OTHER ? null : EVENT_KIND.word(e.kind()), e.description(),
          e.actionTaken().orElse(null), e.actor().orElse(null), e.dataLink().orElse(null));
    }
    out.table(table);
  }

  private void rootCause(Section section) {
    RootCause r = p.rootCause();
    if (r.isEmpty()) {
      return;
    }
    heading(section);
    if (r.primaryCause().isPresent()) {
      if (detailed) {
        subheading(Subsection.PRIMARY_CAUSE);
      }
      out.blockText(r.primaryCause().get());
    }
    labeledUnder(Subsection.TRIGGER, List.of(pair(TRIGGER, r.trigger()),
        pair(WHY_SAFEGUARDS_FAILED, r.whySafeguardsFailed())));
    if (r.technicalDetails().isPresent()) {
      subheading(Subsection.TECHNICAL_DETAILS);
      out.blockText(r.technicalDetails().get());
    }
    tableUnder(Subsection.CONTRIBUTING_FACTORS, new Table().alwaysColumn(FACTOR).column(DESCRIPTION),
        r.contributingFactors(), MarkdownWriter::topic);
    if (!r.fiveWhys().isEmpty()) {
      subheading(Subsection.FIVE_WHYS);
      out.bullets(r.fiveWhys());
    }
  }

  private void detection(Section section) {
    Detection d = p.detection();
    if (d.isEmpty()) {
      return;
    }
    heading(section);
    out.labeled(List.of(pair(METHOD, d.method().map(DETECTION_METHOD::word)), pair(DETAIL, d.detail()),
        pair(DETECTED_BY, d.detectedBy()), pair(WHY_NOT_SOONER, d.whyNotSooner())));
  }

  private void resolution(Section section) {
    Resolution r = p.resolution();
    if (r.isEmpty()) {
      return;
    }
    heading(section);
    tableUnder(Subsection.IMMEDIATE_ACTIONS, new Table().column(TIME).alwaysColumn(ACTION)
        .column(RESULT), r.immediateActions(), (ResolutionAction a) -> new String[] {
            a.at().map(this::full).orElse(null), a.title(), a.result().orElse(null)});
    labeledUnder(Subsection.SYSTEM_STATE, List.of(pair(HEALTH_CHECKS, r.healthChecks()),
        pair(DATA_CONSISTENCY, r.dataConsistency()), pair(PERFORMANCE, r.performance()),
        pair(USER_EXPERIENCE, r.userExperience())));
  }

  private Table actionItems() {
    Table table = new Table().alwaysColumn(ACTION).alwaysColumn(OWNER).alwaysColumn(PRIORITY)
        .alwaysColumn(DUE).column(STATUS).column(COMPLETED).column(HORIZON_COLUMN).column(TYPE)
        .column(TICKET).column(NOTES);
    for (ActionItem a : p.actionItems()) {
      table.row(a.description(), a.owner().orElse(null), a.priority().map(MarkdownWriter::priority).orElse(null),
          a.dueDate().map(Object::toString).orElse(null),
          a.status() == ActionStatus.OPEN ? null : ACTION_STATUS.word(a.status()),
          a.completedOn().map(Object::toString).orElse(null), a.horizon().map(HORIZON::word).orElse(null),
          a.type().map(ACTION_TYPE::word).orElse(null), a.ticket().orElse(null), a.notes().orElse(null));
    }
    return table;
  }

  private Table prevention() {
    Table table = new Table().alwaysColumn(AREA).alwaysColumn(MEASURE).column(DETAIL);
    for (PreventionMeasure m : p.preventionMeasures()) {
      table.row(PREVENTION_AREA.word(m.area()), m.topic(), m.detail().orElse(null));
    }
    return table;
  }

  private void lessons(Section section) {
    Lessons l = p.lessons();
    if (l.isEmpty()) {
      return;
    }
    heading(section);
    l.takeaway().ifPresent(out::blockText);
    tableUnder(Subsection.TECHNICAL_LESSONS, new Table().alwaysColumn(LESSON).column(DETAIL),
        l.technicalLessons(), MarkdownWriter::topic);
    tableUnder(Subsection.PROCESS_LESSONS, new Table().alwaysColumn(LESSON).column(DETAIL),
        l.processLessons(), MarkdownWriter::topic);
    if (!l.openQuestions().isEmpty()) {
      subheading(Subsection.QUESTIONS);
      out.bullets(l.openQuestions());
    }
  }

  private Table evidence() {
    Table table = new Table().alwaysColumn(CATEGORY).alwaysColumn(EVIDENCE).column(LINK).column(DETAIL);
    for (Evidence e : p.evidence()) {
      table.row(EVIDENCE_CATEGORY.word(e.category()), e.label(), e.link().orElse(null),
          e.detail().orElse(null));
    }
    return table;
  }

  private Table communications() {
    Table table = new Table().alwaysColumn(AUDIENCE_COLUMN).column(SUBJECT).column(CHANNEL)
        .column(TIME).alwaysColumn(DETAIL);
    for (Communication c : p.communications()) {
      table.row(AUDIENCE.word(c.audience()), c.subject().orElse(null), c.channel().orElse(null),
          c.at().map(this::full).orElse(null), c.detail());
    }
    return table;
  }

  private void appendix(Section section) {
    Appendix a = p.appendix();
    if (a.isEmpty()) {
      return;
    }
    heading(section);
    Table flags = keyValues(FLAG, VALUE, a.featureFlags());
    Table environment = keyValues(SETTING, VALUE, a.environment());
    if (!a.featureFlags().isEmpty()) {
      subheading(Subsection.FEATURE_FLAGS);
      out.table(flags);
    }
    if (!a.environment().isEmpty()) {
      subheading(Subsection.ENVIRONMENT);
      out.table(environment);
    }
    tableUnder(Subsection.CODE_CHANGES, new Table().alwaysColumn(COMMIT).column(DESCRIPTION)
        .column(AUTHOR_COLUMN).column(TIME), a.codeChanges(), (CodeChange c) -> new String[] {
            c.commit(), c.description().orElse(null), c.author().orElse(null),
            c.at().map(this::full).orElse(null)});
    tableUnder(Subsection.SIMILAR_INCIDENTS, new Table().column(DATE).alwaysColumn(INCIDENT)
        .column(LINK), a.similarIncidents(), (PastIncident i) -> new String[] {
            i.date().map(Object::toString).orElse(null), i.description(), i.link().orElse(null)});
  }

  private void review(Section section) {
    Review r = p.review();
    if (r.isEmpty()) {
      return;
    }
    heading(section);
    Table signoffs = new Table().alwaysColumn(ROLE).alwaysColumn(NAME).column(DATE);
    signoff(signoffs, PREPARED_BY, r.preparedBy());
    signoff(signoffs, REVIEWED_BY, r.reviewedBy());
    signoff(signoffs, APPROVED_BY, r.approvedBy());
    out.table(signoffs);
    if (!r.distribution().isEmpty()) {
      subheading(Subsection.DISTRIBUTION);
      out.bullets(r.distribution());
    }
    r.meeting().ifPresent(m -> labeledUnder(Subsection.REVIEW_MEETING, List.of(
        pair(MEETING_AT, m.at().map(this::full)), pair(FACILITATOR, m.facilitator()),
        pair(NOTES, m.notesLink()), pair(RECORDING, m.recordingLink()))));
  }

  private static void signoff(Table table, String role, Optional<Signoff> signoff) {
    signoff.ifPresent(s -> table.row(role, s.name(), s.date().map(Object::toString).orElse(null)));
  }

  private Table responders() {
    Table table = new Table().alwaysColumn(NAME).column(ROLE);
    for (Responder r : p.responders()) {
      table.row(r.name(), r.role().orElse(null));
    }
    return table;
  }

  private static Table keyValues(String keyColumn, String valueColumn, Map<String, String> values) {
    Table table = new Table().alwaysColumn(keyColumn).alwaysColumn(valueColumn);
    values.forEach((key, value) -> table.row(key, value));
    return table;
  }

  private static String[] topic(Topic t) {
    return new String[] {t.title(), t.detail().orElse(null)};
  }

  private void bullets(Section section, List<String> items) {
    if (!items.isEmpty()) {
      heading(section);
      out.bullets(items);
    }
  }

  private void table(Section section, Table table) {
    if (!table.isEmpty()) {
      heading(section);
      out.table(table);
    }
  }

  private <T> void tableUnder(Subsection subsection, Table table, List<T> values,
      Function<T, String[]> row) {
    if (values.isEmpty()) {
      return;
    }
    values.forEach(value -> table.row(row.apply(value)));
    subheading(subsection);
    out.table(table);
  }

  private void labeledUnder(Subsection subsection, List<String[]> pairs) {
    if (pairs.stream().anyMatch(pair -> pair[1] != null)) {
      subheading(subsection);
      out.labeled(pairs);
    }
  }

  private String full(Instant instant) {
    return TimeText.formatFull(instant, p.zone());
  }

  private String duration(Duration d) {
    long minutes = d.toMinutes();
    return minutes < 120 ? minutes + " min" : d.toHours() + " h " + d.toMinutesPart() + " min";
  }

  private boolean hasInstants() {
    return p.startedAt().isPresent() || p.endedAt().isPresent()
        || p.resolution().immediateActions().stream().anyMatch(a -> a.at().isPresent())
        || p.communications().stream().anyMatch(c -> c.at().isPresent())
        || p.appendix().codeChanges().stream().anyMatch(c -> c.at().isPresent())
        || p.review().meeting().flatMap(m -> m.at()).isPresent();
  }

  static String severity(Severity s) {
    return Severity.standardValues().contains(s) ? s.label() : s.label() + " (rank " + s.rank() + ")";
  }

  static String priority(Priority p) {
    return Priority.standardValues().contains(p) ? p.label() : p.label() + " (rank " + p.rank() + ")";
  }

  private static String[] pair(String label, String value) {
    return new String[] {label, value};
  }

  private static String[] pair(String label, Optional<String> value) {
    return new String[] {label, value.orElse(null)};
  }
}
