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

  /** The detailed template's sections, in its order; additions where they belong. */
  private static final List<Section> DETAILED_ORDER = List.of(Section.SUMMARY, Section.IMPACT,
      Section.TIMELINE, Section.DETECTION, Section.ROOT_CAUSE, Section.RESOLUTION,
      Section.ACTION_ITEMS, Section.PREVENTION, Section.LESSONS, Section.EVIDENCE,
      Section.COMMUNICATIONS, Section.APPENDIX, Section.REVIEW, Section.ACTION_TRACKING,
      Section.RESPONDERS, Section.ATTRIBUTES);
  /** The compact template's sections, in its order; additions where they belong. */
  private static final List<Section> COMPACT_ORDER = List.of(Section.SUMMARY, Section.IMPACT,
      Section.TIMELINE, Section.DETECTION, Section.WENT_WELL, Section.WENT_POORLY, Section.LUCKY,
      Section.ROOT_CAUSE, Section.RESOLUTION, Section.ACTION_ITEMS, Section.PREVENTION,
      Section.LESSONS, Section.RESPONDERS, Section.ATTRIBUTES, Section.EVIDENCE,
      Section.COMMUNICATIONS, Section.APPENDIX, Section.REVIEW);

  private String render() {
    out.heading(1, p.title());
    metadata();
    if (p.timeline().isEmpty() && (!p.zone().equals(ZoneOffset.UTC) || hasInstants())) {
      out.paragraph(ALL_TIMES + ZoneText.format(p.zone()) + ".");
    }
    for (Section section : detailed ? DETAILED_ORDER : COMPACT_ORDER) {
      section(section);
    }
    for (CustomSection custom : p.customSections()) {
      // A custom heading the importer would read as a section ("Root cause of the outage") is
      // escaped like one the strict reader knows, so that our own output reads back exactly.
      boolean known = Section.named(custom.heading()).isPresent() || SectionHome.of(custom.heading()).isPresent();
      separator();
      out.rawHeading(2, Escapes.headingEnd(Escapes.customHeading(custom.heading(), known)));
      if (!custom.body().isEmpty()) {
        out.blockText(custom.body());
      }
    }
    return out.text();
  }

  /** The detailed template rules off every section, the first one from the metadata too. */
  private void separator() {
    if (detailed) {
      out.paragraph(SEPARATOR);
    }
  }

  /**
   * The metadata block, labels in the template's order first (the compact template's table: Date,
   * Severity, Owner, Status; the detailed template's lines: Date, Incident ID, Severity, Duration,
   * Status), then what the model holds beyond the template.
   */
  private void metadata() {
    List<String[]> rows = new ArrayList<>();
    if (detailed) {
      p.date().ifPresent(v -> rows.add(pair(DATE, v.toString())));
      p.incidentId().ifPresent(v -> rows.add(pair(INCIDENT_ID, v)));
      p.severity().ifPresent(v -> rows.add(pair(SEVERITY, severity(v))));
      if (DurationLine.present(p)) {
        rows.add(pair(DURATION, DurationLine.detailed(p)));
      }
      p.incidentStatus().ifPresent(v -> rows.add(pair(STATUS, INCIDENT_STATUS.capitalized(v))));
      p.owner().ifPresent(v -> rows.add(pair(OWNER, v)));
      p.documentStatus().ifPresent(v -> rows.add(pair(DOCUMENT_STATUS_LABEL, DOCUMENT_STATUS.capitalized(v))));
    } else {
      p.date().ifPresent(v -> rows.add(pair(DATE, v.toString())));
      p.severity().ifPresent(v -> rows.add(pair(SEVERITY, severity(v))));
      p.owner().ifPresent(v -> rows.add(pair(OWNER, v)));
      p.documentStatus().ifPresent(v -> rows.add(pair(STATUS, DOCUMENT_STATUS.word(v))));
      p.incidentId().ifPresent(v -> rows.add(pair(INCIDENT_ID, v)));
      p.incidentStatus().ifPresent(v -> rows.add(pair(INCIDENT_STATUS_LABEL, INCIDENT_STATUS.word(v))));
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
      case ACTION_ITEMS -> actionItems(section);
      case ACTION_TRACKING -> table(section, ActionTracking.table(p.actionItems()));
      case PREVENTION -> grouped(section, TemplateLists.PREVENTION, p.preventionMeasures(), prevention());
      case LESSONS -> lessons(section);
      case EVIDENCE -> grouped(section, TemplateLists.EVIDENCE, p.evidence(), evidence());
      case COMMUNICATIONS -> grouped(section, TemplateLists.communications(p.zone()), p.communications(),
          communications());
      case APPENDIX -> appendix(section);
      case REVIEW -> review(section);
    }
  }

  private void heading(Section section) {
    separator();
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
    List<String[]> points = List.of(pair(WHAT_HAPPENED, s.whatHappened()), pair(IMPACT, s.impact()),
        pair(ROOT_CAUSE, s.rootCause()), pair(RESOLUTION, s.resolution()));
    boolean hasPoints = points.stream().anyMatch(point -> point[1] != null);
    if (s.tldr().isEmpty()) {
      out.labeled(points); // the detailed template's own shape: the key points under the heading
      return;
    }
    out.blockText(s.tldr().get());
    // A summary that reads as key points is told apart by their heading, even with none under it.
    if (hasPoints || KeyPoints.readAsPoints(s.tldr().get())) {
      subheading(Subsection.KEY_POINTS);
      out.labeled(points);
    }
  }

  private void impact(Section section) {
    Impact i = p.impact();
    if (i.isEmpty() && (detailed || !DurationLine.present(p))) {
      return;
    }
    heading(section);
    List<String[]> user = List.of(pair(USERS_AFFECTED, i.usersAffected()),
        pair(SERVICE_DEGRADATION, i.serviceDegradation()), pair(GEOGRAPHIC_SCOPE, i.geographicScope()),
        pair(USER_VISIBLE_SYMPTOMS, i.userVisibleSymptoms()), pair(WHAT_WORKED, i.whatWorked()),
        pair(WHAT_DID_NOT_WORK, i.whatDidNotWork()));
    List<String[]> business = List.of(pair(REVENUE_IMPACT, i.revenueImpact()),
        pair(REPUTATION_IMPACT, i.reputationImpact()));
    // The template's "Services affected: Database, Storage": a list, unless a name holds a comma.
    boolean servicesInline = i.affectedServices().stream().noneMatch(service -> service.contains(","));
    List<String[]> system = List.of(pair(SERVICES_AFFECTED, servicesInline && !i.affectedServices().isEmpty()
            ? String.join(Signoffs.LIST_SEPARATOR, i.affectedServices()) : null),
        pair(DATA_INTEGRITY, i.dataIntegrity()), pair(PERFORMANCE_DEGRADATION, i.performanceDegradation()));
    if (detailed) {
      labeledUnder(Subsection.USER_IMPACT, user);
      labeledUnder(Subsection.BUSINESS_IMPACT, business);
      labeledUnder(Subsection.SYSTEM_IMPACT, system);
    } else {
      // The compact template's order: users, duration, what worked and did not, money.
      List<String[]> all = new ArrayList<>(user.subList(0, 4));
      all.add(pair(DURATION, DurationLine.present(p) ? DurationLine.compact(p) : null));
      all.addAll(user.subList(4, 6));
      all.add(pair(MONEY_IMPACT, i.revenueImpact()));
      all.addAll(business.subList(1, 2));
      all.addAll(system);
      out.labeled(all);
    }
    if (!servicesInline) {
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
    // The templates' columns first (Time, Event, Action Taken, Actor), then the model's others.
    Table table = new Table().alwaysColumn(TIME).alwaysColumn(EVENT).column(ACTION_TAKEN)
        .column(ACTOR).column(KIND).column(DATA);
    for (TimelineEvent e : p.timeline()) {
      table.row(e.at().map(at -> TimeText.format(at, p.zone(), p.date())).orElse(null), e.description(),
          e.actionTaken().orElse(null), e.actor().orElse(null),
          e.kind() == EventKind.OTHER ? null : EVENT_KIND.word(e.kind()), e.dataLink().orElse(null));
    }
    out.table(table);
  }

  private void rootCause(Section section) {
    RootCause r = p.rootCause();
    boolean responseNotes = detailed && !(p.whatWentWell().isEmpty() && p.whatWentPoorly().isEmpty()
        && p.whereWeGotLucky().isEmpty());
    if (r.isEmpty() && !responseNotes) {
      return;
    }
    heading(section);
    // The detailed template keeps the technical details in the primary cause, after a bold line;
    // the reader cuts the primary cause at the first such line, so one in its text is fenced.
    boolean inPrimary = detailed && r.technicalDetails().isPresent();
    if (r.primaryCause().isPresent() || inPrimary) {
      if (detailed) {
        subheading(Subsection.PRIMARY_CAUSE);
      }
      r.primaryCause().ifPresent(text -> out.paragraph(!detailed || TechnicalDetails.canFollow(text)
          ? BlockText.contain(text) : BlockText.fence(text)));
    }
    if (inPrimary) {
      out.paragraph(TechnicalDetails.MARKER);
      out.blockText(r.technicalDetails().get());
    }
    labeledUnder(Subsection.TRIGGER, List.of(pair(TRIGGER, r.trigger()),
        pair(WHY_SAFEGUARDS_FAILED, r.whySafeguardsFailed())));
    if (r.technicalDetails().isPresent() && !inPrimary) {
      subheading(Subsection.TECHNICAL_DETAILS);
      out.blockText(r.technicalDetails().get());
    }
    topics(Subsection.CONTRIBUTING_FACTORS, FACTOR, r.contributingFactors());
    bulletsUnder(Subsection.FIVE_WHYS, r.fiveWhys());
    if (detailed) {
      // The detailed template asks what worked well here; what did not and luck sit beside it.
      bulletsUnder(Subsection.WENT_WELL, p.whatWentWell());
      bulletsUnder(Subsection.WENT_POORLY, p.whatWentPoorly());
      bulletsUnder(Subsection.LUCKY, p.whereWeGotLucky());
    }
  }

  private void bulletsUnder(Subsection subsection, List<String> items) {
    if (!items.isEmpty()) {
      subheading(subsection);
      out.bullets(items);
    }
  }

  /**
   * Topics as the detailed template numbers them, {@code 1. **Title:** detail}, unless one of
   * them would not read back so (a title holding {@code :**}): then all of them as a table.
   */
  private void topics(Subsection subsection, String titleColumn, List<Topic> topics) {
    if (topics.isEmpty()) {
      return;
    }
    subheading(subsection);
    if (topics.stream().allMatch(NumberedTopics::writable)) {
      out.paragraph(NumberedTopics.write(topics));
    } else {
      Table table = new Table().alwaysColumn(titleColumn).column(DESCRIPTION);
      topics.forEach(t -> table.row(topic(t)));
      out.table(table);
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
    if (!r.immediateActions().isEmpty() && ImmediateActions.writable(r.immediateActions(), p.zone(), p.date())) {
      subheading(Subsection.IMMEDIATE_ACTIONS);
      out.paragraph(ImmediateActions.write(r.immediateActions(), p.zone(), p.date()));
    } else {
      tableUnder(Subsection.IMMEDIATE_ACTIONS, new Table().column(TIME).alwaysColumn(ACTION)
          .column(RESULT), r.immediateActions(), (ResolutionAction a) -> new String[] {
              a.at().map(this::full).orElse(null), a.title(), a.result().orElse(null)});
    }
    labeledUnder(Subsection.SYSTEM_STATE, List.of(pair(HEALTH_CHECKS, r.healthChecks()),
        pair(DATA_CONSISTENCY, r.dataConsistency()), pair(PERFORMANCE, r.performance()),
        pair(USER_EXPERIENCE, r.userExperience())));
  }

  /**
   * The compact template's table of action items; the detailed template's checklists by horizon,
   * whose values the Follow-up Actions Tracking table holds in full.
   */
  private void actionItems(Section section) {
    if (p.actionItems().isEmpty()) {
      return;
    }
    heading(section);
    if (detailed) {
      out.paragraph(ActionTracking.checklists(p.actionItems()));
      return;
    }
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
    out.table(table);
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
    topics(Subsection.TECHNICAL_LESSONS, LESSON, l.technicalLessons());
    topics(Subsection.PROCESS_LESSONS, LESSON, l.processLessons());
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
    Optional<String> configuration = detailed
        ? AppendixLists.configuration(a.featureFlags(), a.environment()) : Optional.empty();
    if (configuration.isPresent() && !configuration.get().isEmpty()) {
      subheading(Subsection.SYSTEM_CONFIGURATION);
      String fence = AppendixLists.fence(configuration.get()).orElseThrow();
      out.paragraph(fence + "yaml\n" + configuration.get() + "\n" + fence);
    } else if (configuration.isEmpty()) {
      if (!a.featureFlags().isEmpty()) {
        subheading(Subsection.FEATURE_FLAGS);
        out.table(keyValues(FLAG, VALUE, a.featureFlags()));
      }
      if (!a.environment().isEmpty()) {
        subheading(Subsection.ENVIRONMENT);
        out.table(keyValues(SETTING, VALUE, a.environment()));
      }
    }
    if (detailed && !a.codeChanges().isEmpty()
        && AppendixLists.codeChangesWritable(a.codeChanges(), p.zone(), p.date())) {
      subheading(Subsection.RECENT_CODE_CHANGES);
      out.labeled(a.codeChanges().stream().map(c -> pair(c.commit(), AppendixLists.codeChange(c, p.zone(), p.date())))
          .toList());
    } else {
      tableUnder(Subsection.CODE_CHANGES, new Table().alwaysColumn(COMMIT).column(DESCRIPTION)
          .column(AUTHOR_COLUMN).column(TIME), a.codeChanges(), (CodeChange c) -> new String[] {
              c.commit(), c.description().orElse(null), c.author().orElse(null),
              c.at().map(this::full).orElse(null)});
    }
    if (detailed && !a.similarIncidents().isEmpty() && AppendixLists.pastIncidentsWritable(a.similarIncidents())) {
      subheading(Subsection.SIMILAR_INCIDENTS);
      out.labeled(a.similarIncidents().stream().map(i -> pair(i.date().orElseThrow().toString(),
          AppendixLists.pastIncident(i))).toList());
    } else {
      tableUnder(Subsection.SIMILAR_INCIDENTS, new Table().column(DATE).alwaysColumn(INCIDENT)
          .column(LINK), a.similarIncidents(), (PastIncident i) -> new String[] {
              i.date().map(Object::toString).orElse(null), i.description(), i.link().orElse(null)});
    }
  }

  private void review(Section section) {
    Review r = p.review();
    if (r.isEmpty()) {
      return;
    }
    heading(section);
    List<String[]> signoffs = new ArrayList<>();
    r.preparedBy().ifPresent(s -> signoffs.add(pair(PREPARED_BY, Signoffs.write(s))));
    r.reviewedBy().ifPresent(s -> signoffs.add(pair(REVIEWED_BY, Signoffs.write(s))));
    r.approvedBy().ifPresent(s -> signoffs.add(pair(APPROVED_BY, Signoffs.write(s))));
    if (detailed && Signoffs.writable(r)) {
      // The detailed template's lines: **Prepared by:** Name - Date, then **Distribution:** a, b.
      out.labeledLines(signoffs);
      if (!r.distribution().isEmpty()) {
        out.labeledLines(List.<String[]>of(pair(DISTRIBUTION, String.join(Signoffs.LIST_SEPARATOR, r.distribution()))));
      }
    } else {
      Table table = new Table().alwaysColumn(ROLE).alwaysColumn(NAME).column(DATE);
      signoff(table, PREPARED_BY, r.preparedBy());
      signoff(table, REVIEWED_BY, r.reviewedBy());
      signoff(table, APPROVED_BY, r.approvedBy());
      out.table(table);
      if (!r.distribution().isEmpty()) {
        subheading(Subsection.DISTRIBUTION);
        out.bullets(r.distribution());
      }
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

  /** The detailed template's grouped labeled bullets when they read back exactly, else a table. */
  private <T, G extends Enum<G>> void grouped(Section section, LabeledItems<T, G> items, List<T> values,
      Table table) {
    if (values.isEmpty()) {
      return;
    }
    heading(section);
    if (detailed && items.writable(values)) {
      items.write(out, values);
    } else {
      out.table(table);
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
