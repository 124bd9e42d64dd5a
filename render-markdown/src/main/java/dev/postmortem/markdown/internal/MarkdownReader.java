package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.CodeChange;
import dev.postmortem.Communication;
import dev.postmortem.CostItem;
import dev.postmortem.CustomSection;
import dev.postmortem.Evidence;
import dev.postmortem.ImpactMetric;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.PastIncident;
import dev.postmortem.Postmortem;
import dev.postmortem.PreventionArea;
import dev.postmortem.PreventionMeasure;
import dev.postmortem.Audience;
import dev.postmortem.EvidenceCategory;
import dev.postmortem.Priority;
import dev.postmortem.ResolutionAction;
import dev.postmortem.Responder;
import dev.postmortem.ReviewMeeting;
import dev.postmortem.Severity;
import dev.postmortem.Signoff;
import dev.postmortem.Topic;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.markdown.internal.TableRows.Cell;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a postmortem from Markdown in either layout. commonmark-java finds the blocks and their
 * source spans; the values are then taken from the source itself (not from commonmark's
 * rendering of it), because inline text is CommonMark source and must come back unchanged.
 * Sections are found by their headings (either layout's, any case); a section the reader does
 * not know becomes a custom section.
 */
final class MarkdownReader {
  /**
   * Blocks with their source spans, and no inline parsing at all: every value is read from the
   * source, so the inline tree (a third of the parse time on a 1 000-event timeline, measured with
   * JMH's stack profiler) would be built only to be thrown away.
   */
  static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .inlineParserFactory(context -> (lines, node) -> { })
      .build();
  /** A custom scale's label and rank; ten digits reach every int, the range is checked apart. */
  private static final Pattern RANKED = Pattern.compile("(.+) \\(rank (-?[0-9]{1,10})\\)");
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final Pattern CLOSING_SEQUENCE = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");

  private final SourceText src;
  private final Postmortem.Builder b = Postmortem.builder();
  private final Map<String, Integer> fieldLines = new HashMap<>();
  private ZoneId zone = ZoneOffset.UTC;
  private Optional<LocalDate> date = Optional.empty();

  private MarkdownReader(String text) {
    this.src = new SourceText(text);
  }

  /** Reads one postmortem within {@code limits}; line endings are normalised first. */
  static Postmortem read(String text, ParseLimits limits) {
    return new MarkdownReader(MarkdownSource.of(text, limits)).read(limits);
  }

  /** Parses {@code text} into blocks and checks them against {@code limits}. */
  static Node parseBlocks(String text, ParseLimits limits) {
    Node document = PARSER.parse(text);
    MarkdownLimits.checkTree(document, text, limits);
    return document;
  }

  /** A run of the document: the nodes under one heading, and the lines they span. */
  private record Part(int headingLine, int bodyStart, int bodyEnd, List<Node> nodes) {}

  /** A level-2 section: its heading, direct content and level-3 subsections. */
  private record SectionText(Heading heading, String rawHeading, Part whole, Part direct,
      Map<Subsection, Part> subsections, Optional<Heading> unknownSubsection) {}

  private Postmortem read(ParseLimits limits) {
    Node document = parseBlocks(src.text(), limits);
    List<Node> top = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      top.add(node);
    }
    if (top.isEmpty() || !(top.get(0) instanceof Heading title) || title.getLevel() != 1) {
      int line = top.isEmpty() ? 0 : SourceText.firstLine(top.get(0));
      throw SourceText.fail(line, 0, "a level-1 heading with the title",
          top.isEmpty() ? "an empty document" : describe(top.get(0)));
    }
    b.title(Escapes.unescapeHeadingEnd(headingSource(title)));
    fieldLines.put("title", SourceText.firstLine(title));

    int index = 1;
    List<Node> preamble = new ArrayList<>();
    while (index < top.size() && !isHeading(top.get(index), 2)) {
      preamble.add(top.get(index++));
    }
    // The detailed layout rules off each section, the first one from the metadata: the rule
    // before a heading belongs to no section, not even to block text that ends with a rule.
    boolean ruled = !preamble.isEmpty() && preamble.get(preamble.size() - 1) instanceof ThematicBreak;
    List<SectionText> sections = new ArrayList<>();
    while (index < top.size()) {
      Heading heading = (Heading) top.get(index++);
      List<Node> nodes = new ArrayList<>();
      while (index < top.size() && !isHeading(top.get(index), 2)) {
        nodes.add(top.get(index++));
      }
      int end = index < top.size() ? SourceText.firstLine(top.get(index)) : src.lineCount();
      if (ruled && index < top.size() && !nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof ThematicBreak rule) {
        nodes.remove(nodes.size() - 1);
        end = SourceText.firstLine(rule);
      }
      sections.add(section(heading, nodes, end));
    }
    preamble(preamble);
    for (SectionText section : sections) {
      if (Section.named(section.rawHeading()).equals(Optional.of(Section.TIMELINE))
          && !section.direct().nodes().isEmpty()
          && section.direct().nodes().get(0) instanceof Paragraph paragraph) {
        zoneSentence(paragraph);
      }
    }
    pendingTimes.forEach(Runnable::run);
    for (SectionText section : sections) {
      Optional<Section> known = Section.named(section.rawHeading());
      if (known.isEmpty()) {
        custom(section);
      } else {
        fieldLines.putIfAbsent(known.get().field(), section.whole().headingLine());
        read(known.get(), section);
      }
    }
    Postmortem p;
    try {
      p = b.build();
    } catch (InvalidPostmortemException e) {
      throw invalid(e);
    }
    checklists.ifPresent(part -> checkChecklists(part, p));
    return p;
  }

  /** The detailed layout's checklists, checked against the tracking table once it is read. */
  private Optional<Part> checklists = Optional.empty();

  private void checkChecklists(Part part, Postmortem p) {
    String expected = ActionTracking.checklists(p.actionItems());
    String[] written = src.lines(part.bodyStart(), part.bodyEnd()).split("\n", -1);
    String[] wanted = expected.split("\n", -1);
    int firstLine = part.bodyStart();
    while (firstLine < part.bodyEnd() && src.line(firstLine).isBlank()) {
      firstLine++;
    }
    for (int i = 0; i < Math.max(written.length, wanted.length); i++) {
      String found = i < written.length ? written[i] : null;
      String want = i < wanted.length ? wanted[i] : null;
      if (!java.util.Objects.equals(found, want)) {
        throw SourceText.fail(firstLine + Math.min(i, written.length - 1), 0,
            "the checklists of the Follow-up Actions Tracking table: "
                + (want == null ? "nothing more" : SourceText.quoted(want)),
            found == null ? "the end of the section" : SourceText.quoted(found));
      }
    }
  }

  private SectionText section(Heading heading, List<Node> nodes, int end) {
    int headingLine = SourceText.firstLine(heading);
    Part whole = new Part(headingLine, headingLine + 1, end, nodes);
    List<Node> direct = new ArrayList<>();
    Map<Subsection, Part> subsections = new EnumMap<>(Subsection.class);
    int i = 0;
    while (i < nodes.size() && !isHeading(nodes.get(i), 3)) {
      direct.add(nodes.get(i++));
    }
    int directEnd = i < nodes.size() ? SourceText.firstLine(nodes.get(i)) : end;
    Heading unknown = null;
    while (i < nodes.size()) {
      Heading sub = (Heading) nodes.get(i++);
      List<Node> subNodes = new ArrayList<>();
      while (i < nodes.size() && !isHeading(nodes.get(i), 3)) {
        subNodes.add(nodes.get(i++));
      }
      int subEnd = i < nodes.size() ? SourceText.firstLine(nodes.get(i)) : end;
      Optional<Subsection> subsection = Subsection.named(headingSource(sub));
      int subLine = SourceText.firstLine(sub);
      if (subsection.isEmpty()) {
        unknown = unknown == null ? sub : unknown;
      } else {
        subsections.put(subsection.get(), new Part(subLine, subLine + 1, subEnd, subNodes));
      }
    }
    return new SectionText(heading, headingSource(heading), whole,
        new Part(headingLine, headingLine + 1, directEnd, direct), subsections,
        Optional.ofNullable(unknown));
  }

  // ---- preamble: metadata and the zone ----

  private void preamble(List<Node> nodes) {
    List<String[]> pairs = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof TableBlock) {
        TableRows table = TableRows.read(src, SourceText.firstLine(node), SourceText.lastLine(node));
        for (List<Cell> row : table.rows()) {
          String label = row.isEmpty() ? "" : row.get(0).text();
          if (!label.startsWith("**") || !label.endsWith("**") || label.length() < 5 || row.size() < 2) {
            throw SourceText.fail(row.isEmpty() ? table.firstLine() : row.get(0).line(), 0,
                "a metadata row such as | **Date** | 2024-03-14 |", SourceText.quoted(label));
          }
          pairs.add(new String[] {label.substring(2, label.length() - 2), row.get(1).text()});
          lines.add(row.get(0).line());
        }
      } else if (node instanceof Paragraph paragraph && zoneSentence(paragraph)) {
        continue;
      } else if (node instanceof Paragraph) {
        int line = SourceText.firstLine(node);
        for (String text : src.source(node).split("\n", -1)) {
          String[] pair = labeledPair(text);
          if (pair == null) {
            throw SourceText.fail(line, 0, "a metadata line such as **Date:** 2024-03-14",
                SourceText.quoted(text));
          }
          pairs.add(pair);
          lines.add(line++);
        }
      } else if (!(node instanceof ThematicBreak)) {
        throw SourceText.fail(SourceText.firstLine(node), 0, "metadata before the first section",
            describe(node));
      }
    }
    // The date first: times are read against it.
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i)[0].equalsIgnoreCase(DATE)) {
        date = Optional.of(localDate(pairs.get(i)[1], lines.get(i), 0));
        b.date(date.get());
      }
    }
    List<Runnable> times = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      String label = pairs.get(i)[0];
      String value = pairs.get(i)[1];
      int line = lines.get(i);
      fieldLines.putIfAbsent(METADATA_FIELDS.getOrDefault(label.toLowerCase(Locale.ROOT), label), line);
      switch (label.toLowerCase(Locale.ROOT)) {
        case "incident id" -> b.incidentId(value);
        case "date" -> { }
        case "duration" -> times.add(() -> {
          DurationLine.Span span = DurationLine.readDetailed(value, zone, date).orElseThrow(() -> SourceText.fail(
              line, 0, "a start and an end such as 14:01 - 14:20 (19 min)", SourceText.quoted(value)));
          span.start().ifPresent(b::startedAt);
          span.end().ifPresent(b::endedAt);
        });
        case "severity" -> b.severity(severity(value, line));
        case "owner" -> b.owner(value);
        case "status" -> status(value, line);
        case "document status" -> b.documentStatus(word(DOCUMENT_STATUS, value, line, "a document status"));
        case "incident status" -> b.incidentStatus(word(INCIDENT_STATUS, value, line, "an incident status"));
        case "started" -> times.add(() -> b.startedAt(instant(value, line, 0, true)));
        case "ended" -> times.add(() -> b.endedAt(instant(value, line, 0, true)));
        case "author" -> b.addAuthor(value);
        case "tag" -> b.addTag(value);
        default -> throw SourceText.fail(line, 0, "a metadata label such as Date or Owner",
            SourceText.quoted(label));
      }
    }
    pendingTimes.addAll(times);
  }

  private final List<Runnable> pendingTimes = new ArrayList<>();

  /** The model field each metadata label sets, for the line of a violation. */
  private static final Map<String, String> METADATA_FIELDS = Map.of("incident id", "incidentId",
      "date", "date", "severity", "severity", "owner", "owner", "started", "startedAt", "duration", "startedAt",
      "ended", "endedAt", "author", "authors", "tag", "tags");

  private boolean zoneSentence(Paragraph paragraph) {
    String text = src.source(paragraph);
    if (!text.startsWith(ALL_TIMES) || !text.endsWith(".") || text.contains("\n")) {
      return false;
    }
    String name = text.substring(ALL_TIMES.length(), text.length() - 1);
    zone = ZoneText.parse(name).orElseThrow(() -> SourceText.fail(SourceText.firstLine(paragraph),
        ALL_TIMES.length(), "a time zone such as UTC or Europe/Berlin", SourceText.quoted(name)));
    b.zone(zone);
    return true;
  }

  private void status(String value, int line) {
    Optional<dev.postmortem.DocumentStatus> document = DOCUMENT_STATUS.read(value);
    if (document.isPresent()) {
      b.documentStatus(document.get());
    } else {
      b.incidentStatus(word(INCIDENT_STATUS, value, line, "a document or incident status"));
    }
  }

  // ---- sections ----

  private void read(Section section, SectionText s) {
    if (s.unknownSubsection().isPresent()) {
      Heading sub = s.unknownSubsection().get();
      throw SourceText.fail(SourceText.firstLine(sub), 0, "a subsection this section has",
          SourceText.quoted(headingSource(sub)));
    }
    switch (section) {
      case SUMMARY -> b.summary(summary -> {
        Map<String, Consumer<String>> points = Map.of(WHAT_HAPPENED, summary::whatHappened,
            IMPACT, summary::impact, ROOT_CAUSE, summary::rootCause, RESOLUTION, summary::resolution);
        if (!s.subsections().containsKey(Subsection.KEY_POINTS) && KeyPoints.arePoints(s.direct().nodes(), src)) {
          labeled(s.direct(), points);
        } else {
          blockText(s.direct()).ifPresent(summary::tldr);
          labeled(sub(s, Subsection.KEY_POINTS), points);
        }
      });
      case RESPONDERS -> b.responders(rows(s.direct(), List.of(NAME, ROLE), r -> Responder.builder()
          .name(r.required(0)).role(r.optional(1)).build()));
      case ATTRIBUTES -> rows(s.direct(), List.of(KEY, VALUE), r -> b.putAttribute(r.required(0), r.required(1)));
      case IMPACT -> b.impact(impact -> {
        Map<String, Consumer<String>> labels = new HashMap<>();
        labels.put(USERS_AFFECTED, impact::usersAffected);
        labels.put(SERVICE_DEGRADATION, impact::serviceDegradation);
        labels.put(GEOGRAPHIC_SCOPE, impact::geographicScope);
        labels.put(USER_VISIBLE_SYMPTOMS, impact::userVisibleSymptoms);
        labels.put(WHAT_WORKED, impact::whatWorked);
        labels.put(WHAT_DID_NOT_WORK, impact::whatDidNotWork);
        labels.put(REVENUE_IMPACT, impact::revenueImpact);
        labels.put(MONEY_IMPACT, impact::revenueImpact);
        labels.put(REPUTATION_IMPACT, impact::reputationImpact);
        labels.put(DATA_INTEGRITY, impact::dataIntegrity);
        labels.put(SERVICES_AFFECTED, value -> impact.affectedServices(Signoffs.readList(value)));
        labels.put(PERFORMANCE_DEGRADATION, impact::performanceDegradation);
        int headingLine = s.whole().headingLine();
        labels.put(DURATION, value -> {
          DurationLine.Span span = DurationLine.readCompact(value, zone, date).orElseThrow(() -> SourceText.fail(
              headingLine, 0, "a start and an end such as 14:01 → 14:20 (" + ZoneText.format(zone) + ")",
              SourceText.quoted(value)));
          span.start().ifPresent(b::startedAt);
          span.end().ifPresent(b::endedAt);
        });
        labeled(s.direct(), labels);
        labeled(sub(s, Subsection.USER_IMPACT), labels);
        labeled(sub(s, Subsection.BUSINESS_IMPACT), labels);
        labeled(sub(s, Subsection.SYSTEM_IMPACT), labels);
        if (s.subsections().containsKey(Subsection.SERVICES_AFFECTED)) {
          impact.affectedServices(bullets(sub(s, Subsection.SERVICES_AFFECTED)));
        }
        impact.metrics(rows(sub(s, Subsection.IMPACT_METRICS), List.of(METRIC, QUALIFIER, VALUE),
            r -> ImpactMetric.builder().name(r.required(0)).qualifier(r.optional(1)).value(r.required(2)).build()));
        impact.costs(rows(sub(s, Subsection.COSTS), List.of(KIND, AMOUNT, CURRENCY, DESCRIPTION),
            r -> CostItem.builder().kind(r.word(0, COST_KIND, "a kind of cost"))
                .amount(r.decimal(1)).currency(r.currency(2)).description(r.optional(3)).build()));
      });
      case TIMELINE -> eachRow(tablePart(s.direct(), true), List.of(TIME, KIND, EVENT, ACTION_TAKEN, ACTOR, DATA),
          r -> b.addEvent(e -> {
            r.present(0).ifPresent(t -> e.at(r.time(0, false)));
            r.present(1).ifPresent(k -> e.kind(r.word(1, EVENT_KIND, "a kind of event")));
            e.description(r.required(2)).actionTaken(r.optional(3)).actor(r.optional(4)).dataLink(r.optional(5));
          }));
      case ROOT_CAUSE -> b.rootCause(root -> {
        Optional<String> primary = blockText(s.direct());
        if (primary.isEmpty()) {
          Part part = sub(s, Subsection.PRIMARY_CAUSE);
          Optional<Node> marker = part.nodes().stream().filter(node -> node instanceof Paragraph
              && src.source(node).equals(TechnicalDetails.MARKER)).findFirst();
          if (marker.isPresent()) {
            int line = SourceText.firstLine(marker.get());
            primary = blockText(new Part(part.headingLine(), part.bodyStart(), line, List.of()));
            blockText(new Part(part.headingLine(), line + 1, part.bodyEnd(), List.of()))
                .ifPresent(root::technicalDetails);
          } else {
            primary = blockText(part);
          }
        }
        primary.ifPresent(root::primaryCause);
        labeled(sub(s, Subsection.TRIGGER), Map.of(TRIGGER, root::trigger,
            WHY_SAFEGUARDS_FAILED, root::whySafeguardsFailed));
        blockText(sub(s, Subsection.TECHNICAL_DETAILS)).ifPresent(root::technicalDetails);
        root.contributingFactors(topics(sub(s, Subsection.CONTRIBUTING_FACTORS), FACTOR));
        root.fiveWhys(bullets(sub(s, Subsection.FIVE_WHYS)));
        // The detailed layout keeps what went well, poorly and by luck here, as its template does.
        if (s.subsections().containsKey(Subsection.WENT_WELL)) {
          b.whatWentWell(bullets(sub(s, Subsection.WENT_WELL)));
        }
        if (s.subsections().containsKey(Subsection.WENT_POORLY)) {
          b.whatWentPoorly(bullets(sub(s, Subsection.WENT_POORLY)));
        }
        if (s.subsections().containsKey(Subsection.LUCKY)) {
          b.whereWeGotLucky(bullets(sub(s, Subsection.LUCKY)));
        }
      });
      case DETECTION -> b.detection(d -> labeled(s.direct(), Map.of(
          METHOD, v -> d.method(word(DETECTION_METHOD, v, s.whole().headingLine(), "a detection method")),
          DETAIL, d::detail, DETECTED_BY, d::detectedBy, WHY_NOT_SOONER, d::whyNotSooner)));
      case WENT_WELL -> b.whatWentWell(bullets(s.direct()));
      case WENT_POORLY -> b.whatWentPoorly(bullets(s.direct()));
      case LUCKY -> b.whereWeGotLucky(bullets(s.direct()));
      case RESOLUTION -> b.resolution(r -> {
        Part immediate = sub(s, Subsection.IMMEDIATE_ACTIONS);
        r.immediateActions(immediate.nodes().size() == 1 && immediate.nodes().get(0) instanceof OrderedList list
            ? numbered(list, "**Action:** Time - Result",
                pair -> ImmediateActions.read(pair[0], pair[1], zone, date))
            : rows(immediate, List.of(TIME, ACTION, RESULT),
                row -> ResolutionAction.builder().at(row.present(0).map(t -> row.time(0, true)))
                    .title(row.required(1)).result(row.optional(2)).build()));
        labeled(sub(s, Subsection.SYSTEM_STATE), Map.of(HEALTH_CHECKS, r::healthChecks,
            DATA_CONSISTENCY, r::dataConsistency, PERFORMANCE, r::performance,
            USER_EXPERIENCE, r::userExperience));
      });
      case ACTION_ITEMS -> {
        if (!(s.direct().nodes().size() == 1 && s.direct().nodes().get(0) instanceof TableBlock)) {
          checklists = Optional.of(s.whole()); // the detailed layout's: read from the tracking table
          return;
        }
        eachRow(s.direct(), List.of(ACTION, OWNER, PRIORITY, DUE,
          STATUS, COMPLETED, HORIZON_COLUMN, TYPE, TICKET, NOTES), r -> b.addActionItem(a -> {
            a.description(r.required(0)).owner(r.optional(1));
            r.present(2).ifPresent(v -> a.priority(priority(v, r.line(2), r.column(2))));
            r.present(3).ifPresent(v -> a.dueDate(r.date(3)));
            r.present(4).ifPresent(v -> a.status(r.word(4, ACTION_STATUS, "an action item status")));
            r.present(5).ifPresent(v -> a.completedOn(r.date(5)));
            r.present(6).ifPresent(v -> a.horizon(r.word(6, HORIZON, "a horizon")));
            r.present(7).ifPresent(v -> a.type(r.word(7, ACTION_TYPE, "a type of action")));
            a.ticket(r.optional(8)).notes(r.optional(9));
          }));
      }
      case ACTION_TRACKING -> eachRow(s.direct(), ActionTracking.COLUMNS, r -> b.addActionItem(a -> {
        a.description(r.required(0)).owner(r.optional(1));
        r.present(2).ifPresent(v -> a.dueDate(r.date(2)));
        a.status(r.word(3, ACTION_STATUS, "an action item status"));
        r.present(4).ifPresent(v -> a.completedOn(r.date(4)));
        a.notes(r.optional(5));
        r.present(6).ifPresent(v -> a.priority(priority(v, r.line(6), r.column(6))));
        r.present(7).ifPresent(v -> a.horizon(r.word(7, HORIZON, "a horizon")));
        r.present(8).ifPresent(v -> a.type(r.word(8, ACTION_TYPE, "a type of action")));
        a.ticket(r.optional(9));
      }));
      case PREVENTION -> b.preventionMeasures(s.direct().nodes().isEmpty()
          ? grouped(s, TemplateLists.PREVENTION, PreventionArea.class)
          : rows(s.direct(), List.of(AREA, MEASURE, DETAIL),
              r -> PreventionMeasure.builder().area(r.word(0, PREVENTION_AREA, "an area"))
                  .topic(r.required(1)).detail(r.optional(2)).build()));
      case LESSONS -> b.lessons(l -> {
        blockText(s.direct()).ifPresent(l::takeaway);
        l.technicalLessons(topics(sub(s, Subsection.TECHNICAL_LESSONS), LESSON));
        l.processLessons(topics(sub(s, Subsection.PROCESS_LESSONS), LESSON));
        l.openQuestions(bullets(sub(s, Subsection.QUESTIONS)));
      });
      case EVIDENCE -> b.evidence(s.direct().nodes().isEmpty()
          ? grouped(s, TemplateLists.EVIDENCE, EvidenceCategory.class)
          : rows(s.direct(), List.of(CATEGORY, EVIDENCE, LINK, DETAIL),
          r -> Evidence.builder().category(r.word(0, EVIDENCE_CATEGORY, "a category of evidence"))
              .label(r.required(1)).link(r.optional(2)).detail(r.optional(3)).build()));
      case COMMUNICATIONS -> b.communications(s.direct().nodes().isEmpty()
          ? grouped(s, TemplateLists.communications(zone), Audience.class)
          : rows(s.direct(), List.of(AUDIENCE_COLUMN, SUBJECT,
          CHANNEL, TIME, DETAIL), r -> Communication.builder().audience(r.word(0, AUDIENCE, "an audience"))
              .subject(r.optional(1)).channel(r.optional(2)).at(r.present(3).map(t -> r.time(3, true)))
              .detail(r.required(4)).build()));
      case APPENDIX -> b.appendix(a -> {
        configuration(sub(s, Subsection.SYSTEM_CONFIGURATION), a);
        rows(sub(s, Subsection.FEATURE_FLAGS), List.of(FLAG, VALUE), r -> a.putFeatureFlag(r.required(0), r.required(1)));
        rows(sub(s, Subsection.ENVIRONMENT), List.of(SETTING, VALUE), r -> a.putEnvironment(r.required(0), r.required(1)));
        Part recent = sub(s, Subsection.RECENT_CODE_CHANGES);
        if (recent.headingLine() >= 0) {
          a.codeChanges(labeledValues(recent, "**commit:** description - author - time",
              pair -> AppendixLists.readCodeChange(pair[0], pair[1], zone, date)));
        } else {
          a.codeChanges(rows(sub(s, Subsection.CODE_CHANGES), List.of(COMMIT, DESCRIPTION, AUTHOR_COLUMN, TIME),
              r -> CodeChange.builder().commit(r.required(0)).description(r.optional(1)).author(r.optional(2))
                  .at(r.present(3).map(t -> r.time(3, true))).build()));
        }
        Part similar = sub(s, Subsection.SIMILAR_INCIDENTS);
        if (!similar.nodes().isEmpty() && similar.nodes().get(0) instanceof BulletList) {
          a.similarIncidents(labeledValues(similar, "**date:** description - link",
              pair -> AppendixLists.readPastIncident(pair[0], pair[1])));
        } else {
          a.similarIncidents(rows(similar, List.of(DATE, INCIDENT, LINK),
              r -> PastIncident.builder().date(r.present(0).map(v -> r.date(0))).description(r.required(1))
                  .link(r.optional(2)).build()));
        }
      });
      case REVIEW -> b.review(r -> {
        if (s.direct().nodes().stream().allMatch(Paragraph.class::isInstance)) {
          reviewLines(s.direct(), r);
        }
        rows(s.direct().nodes().stream().allMatch(Paragraph.class::isInstance) ? new Part(-1, 0, 0, List.of())
            : s.direct(), List.of(ROLE, NAME, DATE), row -> {
          Signoff signoff = Signoff.builder().name(row.required(1)).date(row.present(2).map(v -> row.date(2))).build();
          switch (row.text(0).toLowerCase(Locale.ROOT)) {
            case "prepared by" -> r.preparedBy(signoff);
            case "reviewed by" -> r.reviewedBy(signoff);
            case "approved by" -> r.approvedBy(signoff);
            default -> throw SourceText.fail(row.line(0), row.column(0),
                "Prepared by, Reviewed by or Approved by", SourceText.quoted(row.required(0)));
          }
          return signoff;
        });
        if (s.subsections().containsKey(Subsection.DISTRIBUTION)) {
          r.distribution(bullets(sub(s, Subsection.DISTRIBUTION)));
        }
        Part meeting = sub(s, Subsection.REVIEW_MEETING);
        if (!meeting.nodes().isEmpty()) {
          ReviewMeeting.Builder m = ReviewMeeting.builder();
          labeled(meeting, Map.of(MEETING_AT, v -> m.at(instant(v, meeting.headingLine(), 0, true)),
              FACILITATOR, m::facilitator, NOTES, m::notesLink, RECORDING, m::recordingLink));
          r.meeting(built(m::build, meeting.headingLine()));
        }
      });
      default -> throw new IllegalStateException("no reader for " + section);
    }
  }

  private void custom(SectionText s) {
    String heading = Escapes.unescapeCustomHeading(Escapes.unescapeHeadingEnd(s.rawHeading()));
    String body = BlockText.uncontain(src.lines(s.whole().bodyStart(), s.whole().bodyEnd()));
    b.addCustomSection(built(() -> CustomSection.of(heading, body), s.whole().headingLine()));
  }

  private static Part sub(SectionText s, Subsection subsection) {
    return s.subsections().getOrDefault(subsection, new Part(-1, 0, 0, List.of()));
  }

  // ---- parts ----

  private Optional<String> blockText(Part part) {
    if (part.headingLine() < 0) {
      return Optional.empty();
    }
    String text = BlockText.uncontain(src.lines(part.bodyStart(), part.bodyEnd()));
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private void labeled(Part part, Map<String, Consumer<String>> setters) {
    for (Node node : part.nodes()) {
      if (!(node instanceof BulletList)) {
        throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node),
            "a list of **Label:** items", describe(node));
      }
      for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
        String text = itemSource((ListItem) item);
        String[] pair = labeledPair(text);
        Consumer<String> setter = null;
        if (pair != null) {
          for (Map.Entry<String, Consumer<String>> entry : setters.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(pair[0])) {
              setter = entry.getValue();
            }
          }
        }
        if (setter == null) {
          throw SourceText.fail(SourceText.firstLine(item), SourceText.firstColumn(item),
              "one of " + String.join(", ", new java.util.TreeSet<>(setters.keySet())) + " as **Label:** value",
              SourceText.quoted(text));
        }
        if (!pair[1].isEmpty()) {
          setter.accept(pair[1]);
        }
      }
    }
  }

  /** Splits {@code **Label:** value}; null when the text is not of that form. */
  private static String[] labeledPair(String text) {
    if (!text.startsWith("**")) {
      return null;
    }
    int end = text.indexOf(":**", 2);
    if (end < 0 || (end + 3 < text.length() && text.charAt(end + 3) != ' ')) {
      return null;
    }
    String value = end + 4 <= text.length() ? text.substring(end + 4) : "";
    return new String[] {text.substring(2, end), value};
  }

  /** The detailed template's review lines: sign-offs as Name - Date, the distribution as a list. */
  private void reviewLines(Part part, dev.postmortem.Review.Builder r) {
    for (Node node : part.nodes()) {
      int line = SourceText.firstLine(node);
      for (String text : src.source(node).split("\n", -1)) {
        String trimmed = text.endsWith("  ") ? text.substring(0, text.length() - 2) : text;
        String[] pair = labeledPair(trimmed);
        int at = line++;
        if (pair == null) {
          throw SourceText.fail(at, 0, "a line such as **Prepared by:** Name - 2024-03-14", SourceText.quoted(text));
        }
        switch (pair[0].toLowerCase(Locale.ROOT)) {
          case "prepared by" -> r.preparedBy(built(() -> Signoffs.read(pair[1]), at));
          case "reviewed by" -> r.reviewedBy(built(() -> Signoffs.read(pair[1]), at));
          case "approved by" -> r.approvedBy(built(() -> Signoffs.read(pair[1]), at));
          case "distribution" -> r.distribution(Signoffs.readList(pair[1]));
          default -> throw SourceText.fail(at, 0, "Prepared by, Reviewed by, Approved by or Distribution",
              SourceText.quoted(pair[0]));
        }
      }
    }
  }

  /** The detailed template's grouped {@code - **Label:** value} bullets, group by group. */
  private <T, G extends Enum<G>> List<T> grouped(SectionText s, LabeledItems<T, G> items, Class<G> type) {
    List<T> values = new ArrayList<>();
    for (Map.Entry<Subsection, Part> entry : s.subsections().entrySet()) {
      Optional<G> group = items.groupOf(entry.getKey(), type);
      if (group.isEmpty()) {
        throw SourceText.fail(entry.getValue().headingLine(), 0, "a subsection this section has",
            SourceText.quoted(entry.getKey().heading()));
      }
      for (Node node : entry.getValue().nodes()) {
        if (!(node instanceof BulletList)) {
          throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node),
              "a list of **Label:** value items", describe(node));
        }
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
          String text = itemSource((ListItem) item);
          int line = SourceText.firstLine(item);
          values.add(items.read(group.get(), text).orElseThrow(() -> SourceText.fail(line, 0,
              "a **Label:** value item that the model accepts", SourceText.quoted(text))));
        }
      }
    }
    return values;
  }

  /** The appendix's YAML block of feature flags and environment. */
  private void configuration(Part part, dev.postmortem.Appendix.Builder a) {
    if (part.headingLine() < 0) {
      return;
    }
    if (part.nodes().size() != 1 || !(part.nodes().get(0) instanceof FencedCodeBlock block)) {
      throw SourceText.fail(part.headingLine(), 0, "a yaml block of Feature Flags and Environment",
          part.nodes().isEmpty() ? "nothing" : describe(part.nodes().get(0)));
    }
    Map<String, String> flags = new java.util.LinkedHashMap<>();
    Map<String, String> environment = new java.util.LinkedHashMap<>();
    int first = SourceText.firstLine(block) + 1;
    int last = SourceText.lastLine(block);
    String text = first > last - 1 ? "" : String.join("\n", java.util.stream.IntStream.range(first, last)
        .mapToObj(src::line).toList());
    if (!AppendixLists.readConfiguration(text, flags, environment)) {
      throw SourceText.fail(first, 0, "lines such as \"  FLAG: value\" and \"  - Setting: value\"",
          SourceText.quoted(text.lines().findFirst().orElse("")));
    }
    flags.forEach(a::putFeatureFlag);
    environment.forEach(a::putEnvironment);
  }

  /** A bullet list of {@code **Label:** rest} items, each read by {@code read}. */
  private <T> List<T> labeledValues(Part part, String expected, Function<String[], Optional<T>> read) {
    List<T> values = new ArrayList<>();
    for (Node node : part.nodes()) {
      if (!(node instanceof BulletList)) {
        throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node), "a list of " + expected,
            describe(node));
      }
      values.addAll(numbered((org.commonmark.node.ListBlock) node, expected, read));
    }
    return values;
  }

  /** A list of {@code **Title:** rest} items, bullets or numbered, each read by {@code read}. */
  private <T> List<T> numbered(org.commonmark.node.ListBlock list, String expected,
      Function<String[], Optional<T>> read) {
    List<T> values = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      String text = itemSource((ListItem) item);
      int line = SourceText.firstLine(item);
      values.add(NumberedTopics.read(text).flatMap(read).orElseThrow(() -> SourceText.fail(line, 0,
          expected + " that the model accepts", SourceText.quoted(text))));
    }
    return values;
  }

  /** Topics numbered as {@code 1. **Title:** detail}, or a table when a title would not read so. */
  private List<Topic> topics(Part part, String titleColumn) {
    if (part.nodes().size() == 1 && part.nodes().get(0) instanceof TableBlock) {
      return rows(part, List.of(titleColumn, DESCRIPTION),
          r -> Topic.builder().title(r.required(0)).detail(r.optional(1)).build());
    }
    List<Topic> topics = new ArrayList<>();
    for (Node node : part.nodes()) {
      if (!(node instanceof OrderedList)) {
        throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node),
            "a numbered list of **Title:** detail items", describe(node));
      }
      for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
        String text = itemSource((ListItem) item);
        int line = SourceText.firstLine(item);
        int column = SourceText.firstColumn(item);
        String[] pair = NumberedTopics.read(text).orElseThrow(() -> SourceText.fail(line, column,
            "**Title:** detail", SourceText.quoted(text)));
        topics.add(built(() -> Topic.builder().title(pair[0])
            .detail(pair[1].isEmpty() ? Optional.empty() : Optional.of(pair[1])).build(), line));
      }
    }
    return topics;
  }

  private List<String> bullets(Part part) {
    List<String> items = new ArrayList<>();
    for (Node node : part.nodes()) {
      if (!(node instanceof BulletList)) {
        throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node),
            "a bullet list", describe(node));
      }
      for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
        items.add(Escapes.unescapeLineStart(itemSource((ListItem) item)));
      }
    }
    return items;
  }

  private String itemSource(ListItem item) {
    Node child = item.getFirstChild();
    if (child == null) {
      return "";
    }
    if (!(child instanceof Paragraph) || child.getNext() != null) {
      throw SourceText.fail(SourceText.firstLine(item), SourceText.firstColumn(item),
          "a list item of one line of text", describe(child));
    }
    return src.source(child);
  }

  private Part tablePart(Part part, boolean zoneFirst) {
    List<Node> nodes = new ArrayList<>(part.nodes());
    if (zoneFirst && !nodes.isEmpty() && nodes.get(0) instanceof Paragraph paragraph
        && src.source(paragraph).startsWith(ALL_TIMES)) {
      nodes.remove(0);
    }
    return new Part(part.headingLine(), part.bodyStart(), part.bodyEnd(), nodes);
  }

  /** One table row being read, with typed access to its cells by column. */
  private final class Row {
    private final Cell[] cells;
    private final int line;

    Row(Cell[] cells, int line) {
      this.cells = cells;
      this.line = line;
    }

    Optional<String> present(int column) {
      return cells[column] == null || cells[column].text().isEmpty()
          ? Optional.empty() : Optional.of(cells[column].text());
    }

    Optional<String> optional(int column) {
      return present(column);
    }

    String text(int column) {
      return present(column).orElse(null);
    }

    /**
     * The text of a cell the model requires: an empty or missing one is the parse exception a
     * required value left unset would give at build(), here, because the builders refuse null.
     */
    String required(int column) {
      return present(column).orElseThrow(() -> new PostmortemParseException(Problem.INVALID,
          ParseLocation.at(line(column) + 1, 1), "a value the model accepts",
          "an empty cell where a value is required", null));
    }

    int line(int column) {
      return cells[column] == null ? line : cells[column].line();
    }

    int column(int column) {
      return cells[column] == null ? 0 : cells[column].column();
    }

    <E extends Enum<E>> E word(int column, Words<E> words, String what) {
      return MarkdownReader.this.word(words, text(column), line(column), what, column(column));
    }

    Instant time(int column, boolean full) {
      return instant(text(column), line(column), column(column), full);
    }

    LocalDate date(int column) {
      return localDate(text(column), line(column), column(column));
    }

    BigDecimal decimal(int column) {
      String text = text(column);
      if (text == null || !DECIMAL.matcher(text).matches()) {
        throw SourceText.fail(line(column), column(column), "an amount such as 1200.50",
            text == null ? "nothing" : SourceText.quoted(text));
      }
      return new BigDecimal(text);
    }

    Currency currency(int column) {
      String text = text(column);
      try {
        return Currency.getInstance(text == null ? "" : text);
      } catch (IllegalArgumentException e) {
        throw SourceText.fail(line(column), column(column), "an ISO 4217 currency code such as EUR",
            text == null ? "nothing" : SourceText.quoted(text));
      }
    }
  }

  private <T> List<T> rows(Part part, List<String> columns, Function<Row, T> reader) {
    List<T> values = new ArrayList<>();
    eachRow(part, columns, row -> values.add(reader.apply(row)));
    return values;
  }

  private void eachRow(Part part, List<String> columns, Consumer<Row> reader) {
    for (Node node : part.nodes()) {
      if (!(node instanceof TableBlock)) {
        throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node),
            "a table with the columns " + String.join(", ", columns), describe(node));
      }
      TableRows table = TableRows.read(src, SourceText.firstLine(node), SourceText.lastLine(node));
      int[] index = new int[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        index[c] = table.column(columns.get(c)).orElse(-1);
      }
      for (int h = 0; h < table.header().size(); h++) {
        if (table.header().get(h).isEmpty() || !columns.stream().anyMatch(table.header().get(h)::equalsIgnoreCase)) {
          throw SourceText.fail(table.firstLine(), 0, "a table with the columns " + String.join(", ", columns),
              "column " + SourceText.quoted(table.header().get(h)));
        }
      }
      for (List<Cell> cells : table.rows()) {
        Cell[] byColumn = new Cell[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
          byColumn[c] = index[c] >= 0 && index[c] < cells.size() ? cells.get(index[c]) : null;
        }
        int line = cells.isEmpty() ? table.firstLine() : cells.get(0).line();
        Row row = new Row(byColumn, line);
        built(() -> {
          reader.accept(row);
          return row;
        }, line);
      }
    }
  }

  // ---- values ----

  private Instant instant(String text, int line, int column, boolean full) {
    Optional<Instant> instant = text == null ? Optional.empty()
        : TimeText.parse(text, zone, full ? Optional.empty() : date);
    return instant.orElseThrow(() -> SourceText.fail(line, column,
        full ? "a date and time such as 2024-03-14 14:02" : "a time such as 14:02 or 2024-03-15 00:10",
        text == null ? "nothing" : SourceText.quoted(text)));
  }

  private LocalDate localDate(String text, int line, int column) {
    if (text != null) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // reported below, with the text
      }
    }
    throw SourceText.fail(line, column, "a date such as 2024-03-14",
        text == null ? "nothing" : SourceText.quoted(text));
  }


  private <E extends Enum<E>> E word(Words<E> words, String text, int line, String what) {
    return word(words, text, line, what, 0);
  }

  private <E extends Enum<E>> E word(Words<E> words, String text, int line, String what, int column) {
    return (text == null ? Optional.<E>empty() : words.read(text)).orElseThrow(() ->
        SourceText.fail(line, column, what, text == null ? "nothing" : SourceText.quoted(text)));
  }

  private Severity severity(String text, int line) {
    Matcher ranked = RANKED.matcher(text);
    if (ranked.matches()) {
      int rank = rank(ranked.group(2), text, line, 0);
      return built(() -> Severity.of(ranked.group(1), rank), line);
    }
    return Severity.standardValues().stream().filter(s -> s.label().equals(text)).findFirst()
        .orElseThrow(() -> SourceText.fail(line, 0, "a severity such as sev-2, High or \"P1 (rank 1)\"",
            SourceText.quoted(text)));
  }

  private Priority priority(String text, int line, int column) {
    Matcher ranked = RANKED.matcher(text);
    if (ranked.matches()) {
      int rank = rank(ranked.group(2), text, line, column);
      return built(() -> Priority.of(ranked.group(1), rank), line);
    }
    return Priority.standardValues().stream().filter(p -> p.label().equals(text)).findFirst()
        .orElseThrow(() -> SourceText.fail(line, column, "a priority such as high, P1 or \"urgent (rank 0)\"",
            SourceText.quoted(text)));
  }

  /** Reads the digits of a rank, which the pattern has checked, refusing what no int holds. */
  private static int rank(String digits, String text, int line, int column) {
    long rank = Long.parseLong(digits);
    if (rank != (int) rank) {
      throw SourceText.fail(line, column, "a rank from " + Integer.MIN_VALUE + " to "
          + Integer.MAX_VALUE, SourceText.quoted(text));
    }
    return (int) rank;
  }

  /** Builds a value, turning the model's violations into a parse exception at {@code line}. */
  private <T> T built(java.util.function.Supplier<T> build, int line) {
    try {
      return build.get();
    } catch (InvalidPostmortemException e) {
      throw PostmortemParseException.invalid(e, ParseLocation.at(line + 1, 1));
    }
  }

  /** The exception for the postmortem's violations, each at the line its field was read from. */
  private PostmortemParseException invalid(InvalidPostmortemException e) {
    return PostmortemParseException.invalid(e, path -> {
      String field = path.split("[.\\[]", 2)[0];
      int line = fieldLines.getOrDefault(field, fieldLines.getOrDefault("title", 0));
      return ParseLocation.at(line + 1, 1);
    });
  }

  // ---- headings and nodes ----

  private String headingSource(Heading heading) {
    String line = src.line(SourceText.firstLine(heading));
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    while (i < line.length() && line.charAt(i) == '#') {
      i++;
    }
    String content = line.substring(i);
    Matcher closing = CLOSING_SEQUENCE.matcher(content);
    if (closing.find()) {
      content = content.substring(0, closing.start());
    }
    return SourceText.trimBlanks(content);
  }

  private static boolean isHeading(Node node, int level) {
    return node instanceof Heading heading && heading.getLevel() <= level;
  }

  private static String describe(Node node) {
    String name = node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    if (node instanceof Heading heading) {
      return "a level-" + heading.getLevel() + " heading";
    }
    return (name.matches("[aeiou].*") ? "an " : "a ") + name;
  }
}
