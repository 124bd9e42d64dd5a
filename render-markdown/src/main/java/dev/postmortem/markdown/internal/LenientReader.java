package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.ACTION_STATUS;
import static dev.postmortem.markdown.internal.Vocabulary.ACTION_TYPE;
import static dev.postmortem.markdown.internal.Vocabulary.DETECTION_METHOD;
import static dev.postmortem.markdown.internal.Vocabulary.DOCUMENT_STATUS;
import static dev.postmortem.markdown.internal.Vocabulary.EVENT_KIND;
import static dev.postmortem.markdown.internal.Vocabulary.HORIZON;
import static dev.postmortem.markdown.internal.Vocabulary.INCIDENT_STATUS;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.CustomSection;
import dev.postmortem.Detection;
import dev.postmortem.EventKind;
import dev.postmortem.Horizon;
import dev.postmortem.Impact;
import dev.postmortem.ImpactMetric;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Lessons;
import dev.postmortem.Postmortem;
import dev.postmortem.Resolution;
import dev.postmortem.ResolutionAction;
import dev.postmortem.Responder;
import dev.postmortem.RootCause;
import dev.postmortem.Summary;
import dev.postmortem.TimelineEvent;
import dev.postmortem.Topic;
import dev.postmortem.Violation;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.LintRule;
import dev.postmortem.lint.Placeholders;
import dev.postmortem.markdown.internal.TableRows.Cell;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Reads a postmortem written by hand: either template filled in or not, the Google SRE book's and
 * PagerDuty's layouts, metadata as a table, bold-label lines or YAML front matter, timelines and
 * action items as tables, bullets or checklists. It never fails for layout reasons: what it
 * recognises goes into the model's fields, everything else into custom sections (or, before the
 * first section, the summary), in order, so that no text is lost. Placeholders read as empty and
 * values that cannot be read as their type are kept as text; both are reported as findings with
 * their line.
 */
final class LenientReader {
  /** What a part of the document is read into. */
  private enum Target {
    SUMMARY, WHAT_HAPPENED, RESPONDERS, IMPACT, SERVICES, TIMELINE, ROOT_CAUSE, TRIGGER,
    TECHNICAL_DETAILS, CONTRIBUTING, FIVE_WHYS, DETECTION, WENT_WELL, WENT_POORLY, LUCKY,
    RESOLUTION, SYSTEM_STATE, ACTION_ITEMS, LESSONS, TECHNICAL_LESSONS, PROCESS_LESSONS,
    QUESTIONS, CUSTOM
  }

  private static final Map<String, Target> HEADINGS = new HashMap<>();

  static {
    heading(Target.SUMMARY, "tl;dr", "tldr", "executive summary", "summary", "overview",
        "incident summary", "description", "key points");
    heading(Target.WHAT_HAPPENED, "what happened", "what happened?");
    heading(Target.RESPONDERS, "responders", "people involved", "participants", "incident team",
        "roles", "responder");
    heading(Target.IMPACT, "impact", "impact assessment", "customer impact", "user impact",
        "business impact", "system impact", "impact metrics");
    heading(Target.SERVICES, "services affected", "affected services", "affected systems");
    heading(Target.TIMELINE, "timeline", "incident timeline", "timeline of events", "chronology");
    heading(Target.ROOT_CAUSE, "root cause", "root causes", "root cause analysis", "root cause(s)",
        "primary cause", "cause", "causes");
    heading(Target.TRIGGER, "trigger", "trigger and safeguards");
    heading(Target.TECHNICAL_DETAILS, "technical details");
    heading(Target.CONTRIBUTING, "contributing factors", "contributing factor");
    heading(Target.FIVE_WHYS, "five whys", "whys", "5 whys");
    heading(Target.DETECTION, "detection", "how we detected it");
    heading(Target.WENT_WELL, "what went well", "what went well?", "what worked well",
        "what went right", "things that went well");
    heading(Target.WENT_POORLY, "what went poorly", "what went wrong", "what went wrong?",
        "what didn't go so well", "what didn't go so well?", "what went badly",
        "what could have gone better", "what could have gone better?", "what went poorly?");
    heading(Target.LUCKY, "where we got lucky", "where we got lucky?", "where did we get lucky?");
    heading(Target.RESOLUTION, "resolution", "resolution and recovery", "recovery", "mitigation",
        "immediate actions taken", "mitigation and resolution");
    heading(Target.SYSTEM_STATE, "system state after resolution");
    heading(Target.ACTION_ITEMS, "action items", "follow-up actions tracking", "follow-up actions",
        "follow-ups", "follow ups", "next steps", "remediation", "remediation items",
        "corrective actions", "action items / follow-ups");
    heading(Target.LESSONS, "lessons learned", "lessons", "takeaways", "key takeaways");
    heading(Target.TECHNICAL_LESSONS, "technical lessons");
    heading(Target.PROCESS_LESSONS, "process lessons");
    heading(Target.QUESTIONS, "questions for further investigation", "open questions");
  }

  private static void heading(Target target, String... keys) {
    for (String key : keys) {
      HEADINGS.put(key, target);
    }
  }

  private static final Pattern EVENT = Pattern.compile(
      "(?:\\*\\*|__)?(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})?[ T]?(?<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?)"
          + "(?:[ ]?(?<zone>UTC|GMT|Z|[A-Z]{2,5}))?(?:\\*\\*|__)?(?<sep>[ \\t]*(?:[-—–:|][ \\t]+|[ \\t]))?(?<rest>.*)",
      Pattern.DOTALL);
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?:\\*\\*|__)?(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:\\*\\*|__)?[ \\t]*(?:\\((?:all )?times? (?:in )?(?<zone>[A-Za-z/_+0-9:-]+)\\))?");
  private static final Pattern ALL_TIMES = Pattern.compile(
      "(?i)[_*]?all times (?:are )?(?:in )?(?<zone>[A-Za-z][A-Za-z/_+0-9:-]*)");
  private static final Pattern HEADING_ZONE = Pattern.compile(
      "(?i).*\\((?:all )?(?:times? )?(?:are )?(?:in )?(?<zone>[A-Za-z][A-Za-z/_+0-9:-]*)\\)");
  private static final Pattern TASK = Pattern.compile("\\[([ xX])\\][ \\t]+(.*)", Pattern.DOTALL);
  private static final Pattern SEPARATOR = Pattern.compile("[ \\t]+[-—–|][ \\t]+|;[ \\t]+|,[ \\t]+(?=[A-Za-z ]{1,12}:)");
  private static final Pattern TICKET = Pattern.compile("[A-Z][A-Z0-9]+-[0-9]+|#[0-9]+|https?://\\S+");
  private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9._-]+");
  private static final Pattern STATUS_MARKER = Pattern.compile("(.*?)[ \t]*\\*\\*([A-Za-z' ]+)\\*\\*");
  /** Values that say there is nothing, such as a ticket written {@code n/a}: read as empty. */
  private static final java.util.Set<String> NOTHING = java.util.Set.of("n/a", "na", "none", "-", "—", "");
  private static final Pattern MARKER = Pattern.compile("\\*\\*([^*]+)\\*\\*");

  private final SourceText src;
  private final List<LintFinding> findings = new ArrayList<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();

  private final Postmortem.Builder b = Postmortem.builder();
  private final Map<String, String> inline = new LinkedHashMap<>();
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<String> tldr = new ArrayList<>();
  private final List<String> primaryCause = new ArrayList<>();
  private final List<String> technicalDetails = new ArrayList<>();
  private final List<String> takeaway = new ArrayList<>();
  private final Impact.Builder impact = Impact.builder();
  private final RootCause.Builder rootCause = RootCause.builder();
  private final Lessons.Builder lessons = Lessons.builder();
  private final Resolution.Builder resolution = Resolution.builder();
  private final List<CustomSection> customs = new ArrayList<>();
  private int events;
  private int responders;
  private String title;
  private int actionItems;
  private ZoneId zone = ZoneOffset.UTC;
  private boolean zoneSet;
  private Optional<LocalDate> date = Optional.empty();
  private Optional<LocalDate> day = Optional.empty();

  private LenientReader(String text) {
    this.src = new SourceText(text);
  }

  /** The imported postmortem and what the import noticed, lines 1-based. */
  record Result(Postmortem postmortem, List<LintFinding> findings, Map<String, Integer> lines) {}

  /** Reads {@code text}, whose line endings are already {@code \n}. */
  static Result read(String text, ParseLimits limits) {
    return new LenientReader(text).read(limits);
  }

  /** A run of the document under one heading. */
  private static final class Part {
    final String heading;
    final int line;
    final int level;
    final Target target;
    final Optional<Horizon> horizon;
    final List<Node> nodes = new ArrayList<>();
    final List<String> leftovers = new ArrayList<>();

    Part(String heading, int line, int level, Target target, Optional<Horizon> horizon) {
      this.heading = heading;
      this.line = line;
      this.level = level;
      this.target = target;
      this.horizon = horizon;
    }
  }

  private Result read(ParseLimits limits) {
    FrontMatter front = FrontMatter.read(src);
    String body = front == null ? src.text() : blankedFrontMatter(front.endLine());
    Node document = MarkdownReader.parseBlocks(body, limits);
    List<Node> top = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      top.add(node);
    }
    int index = 0;
    Optional<String> frontTitle = front == null ? Optional.empty() : front.entries().stream()
        .filter(e -> e.key().equalsIgnoreCase("title") && !e.values().isEmpty())
        .map(e -> e.values().get(0)).findFirst();
    int titleLine;
    if (!top.isEmpty() && top.get(0) instanceof Heading h && h.getLevel() == 1) {
      title = headingText(h);
      titleLine = SourceText.firstLine(h);
      index = 1;
    } else if (frontTitle.isPresent()) {
      title = Lenient.oneLine(frontTitle.get());
      titleLine = front.entries().stream().filter(e -> e.key().equalsIgnoreCase("title"))
          .findFirst().get().line();
    } else if (!top.isEmpty() && top.get(0) instanceof Heading h && target(headingText(h), null).isEmpty()) {
      title = headingText(h);
      titleLine = SourceText.firstLine(h);
      index = 1;
    } else {
      int first = firstTextLine();
      if (first < 0) {
        throw new PostmortemParseException(Problem.UNEXPECTED, ParseLocation.at(1, 1),
            "a postmortem document", "a document without text", null);
      }
      title = Lenient.oneLine(src.line(first).replaceFirst("^[#>*+\\-\\s]+", ""));
      titleLine = first;
      if (title.isEmpty()) {
        title = Lenient.oneLine(src.line(first));
      }
    }
    b.title(title);
    this.title = title;
    lines.put("title", titleLine + 1);
    if (Placeholders.isPlaceholder(title)) {
      finding(LintRule.UNFILLED_PLACEHOLDER, "title", titleLine,
          "the title \"" + title + "\" is a template placeholder");
    }

    List<Node> preamble = new ArrayList<>();
    while (index < top.size() && !(top.get(index) instanceof Heading h && h.getLevel() <= 3)) {
      preamble.add(top.get(index++));
    }
    List<Part> parts = new ArrayList<>();
    List<Part> stack = new ArrayList<>();
    for (; index < top.size(); index++) {
      Node node = top.get(index);
      if (node instanceof Heading h && (h.getLevel() <= 3 || target(headingText(h), parent(stack, h.getLevel())).isPresent())) {
        while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= h.getLevel()) {
          stack.remove(stack.size() - 1);
        }
        Part parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        String text = headingText(h);
        Optional<Horizon> horizon = parent != null && parent.target == Target.ACTION_ITEMS
            ? horizon(text) : Optional.empty();
        Target target = horizon.isPresent() ? Target.ACTION_ITEMS
            : target(text, parent).orElse(Target.CUSTOM);
        Part part = new Part(text, SourceText.firstLine(h), h.getLevel(), target,
            horizon.isPresent() ? horizon : parent != null && parent.target == target ? parent.horizon : Optional.empty());
        parts.add(part);
        stack.add(part);
      } else if (parts.isEmpty()) {
        preamble.add(node);
      } else {
        parts.get(parts.size() - 1).nodes.add(node);
      }
    }

    for (Part part : parts) {
      if (part.target == Target.TIMELINE) {
        findZone(part.heading, part.nodes);
      }
    }
    if (front != null) {
      frontMatter(front);
    }
    preamble(preamble);
    if (date.isEmpty()) {
      dateFromTitle(title);
    }
    for (Part part : parts) {
      read(part);
      part.leftovers.removeIf(String::isBlank);
      if (!part.leftovers.isEmpty() || part.target == Target.CUSTOM && part.nodes.isEmpty()
          && !hasChildPart(parts, part)) {
        custom(part.heading, String.join("\n\n", part.leftovers), part.line);
      }
    }
    return new Result(build(), List.copyOf(findings), Map.copyOf(lines));
  }

  /** A title such as {@code Checkout latency — 2023-11-08} gives the date when nothing else does. */
  private void dateFromTitle(String title) {
    Matcher iso = Pattern.compile("(?<![0-9])([0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9])").matcher(title);
    if (iso.find()) {
      Optional<LocalDate> d = Lenient.date(iso.group(1));
      if (d.isPresent()) {
        date = d;
        day = d;
        b.date(d.get());
      }
    }
  }

  private static boolean hasChildPart(List<Part> parts, Part part) {
    int i = parts.indexOf(part);
    return i + 1 < parts.size() && parts.get(i + 1).level > part.level;
  }

  private static Part parent(List<Part> stack, int level) {
    for (int i = stack.size() - 1; i >= 0; i--) {
      if (stack.get(i).level < level) {
        return stack.get(i);
      }
    }
    return null;
  }

  private static Optional<Target> target(String heading, Part parent) {
    String key = Lenient.headingKey(heading);
    if (parent != null && parent.target == Target.ACTION_ITEMS && horizon(heading).isPresent()) {
      return Optional.of(Target.ACTION_ITEMS);
    }
    Target target = HEADINGS.get(key);
    if (target == null && key.endsWith(")") && key.lastIndexOf(" (") > 0) {
      // "Timeline (UTC)", "Action items (as of March)": a note after a known heading.
      target = HEADINGS.get(key.substring(0, key.lastIndexOf(" (")));
    }
    return Optional.ofNullable(target);
  }

  private static Optional<Horizon> horizon(String heading) {
    String key = Lenient.headingKey(heading);
    if (key.startsWith("immediate")) {
      return Optional.of(Horizon.IMMEDIATE);
    }
    if (key.startsWith("short-term") || key.startsWith("short term")) {
      return Optional.of(Horizon.SHORT_TERM);
    }
    if (key.startsWith("long-term") || key.startsWith("long term")) {
      return Optional.of(Horizon.LONG_TERM);
    }
    return Optional.empty();
  }

  // ---- front matter and preamble ----

  private void frontMatter(FrontMatter front) {
    for (FrontMatter.Entry entry : front.entries()) {
      if (entry.key().equalsIgnoreCase("title")) {
        if (entry.values().size() == 1 && Lenient.oneLine(entry.values().get(0)).equals(title)) {
          continue;
        }
      }
      if (entry.values().isEmpty()) {
        continue;
      }
      for (String value : entry.values()) {
        metadata(entry.key(), value, entry.line(), null);
      }
    }
    for (int line : front.otherLines()) {
      tldr.add(src.line(line).strip());
    }
  }

  private void preamble(List<Node> nodes) {
    for (Node node : nodes) {
      if (node instanceof TableBlock) {
        TableRows table = TableRows.read(src, SourceText.firstLine(node), SourceText.lastLine(node));
        List<List<Cell>> rows = new ArrayList<>(table.rows());
        List<String> header = table.header();
        if (header.size() >= 2 && isMetadataLabel(Lenient.unwrap(header.get(0)))) {
          List<Cell> headerCells = new ArrayList<>();
          for (String h : header) {
            headerCells.add(new Cell(h, table.firstLine(), 0));
          }
          rows.add(0, headerCells);
        }
        for (List<Cell> row : rows) {
          String label = row.isEmpty() ? "" : Lenient.unwrap(row.get(0).text());
          List<String> values = new ArrayList<>();
          for (int i = 1; i < row.size(); i++) {
            if (!row.get(i).text().isEmpty()) {
              values.add(row.get(i).text());
            }
          }
          int line = row.isEmpty() ? table.firstLine() : row.get(0).line();
          if (label.isEmpty() && values.isEmpty()) {
            continue;
          }
          if (label.isEmpty()) {
            tldr.add(src.line(line).strip());
          } else {
            metadata(label, String.join(" | ", values), line, null);
          }
        }
      } else if (node instanceof Paragraph) {
        int line = SourceText.firstLine(node);
        List<String> rest = new ArrayList<>();
        for (String text : src.source(node).split("\n", -1)) {
          String[] pair = label(text);
          if (pair != null && (text.startsWith("**") || text.startsWith("__") || isMetadataLabel(pair[0]))) {
            metadata(pair[0], pair[1], line, null);
          } else {
            rest.add(text);
          }
          line++;
        }
        if (!rest.isEmpty()) {
          String paragraph = String.join("\n", rest);
          if (Placeholders.isInstruction(paragraph)) {
            dropped("summary", SourceText.firstLine(node), paragraph);
          } else {
            tldr.add(paragraph);
          }
        }
      } else if (node instanceof ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          String text = itemText((ListItem) item);
          String[] pair = text == null ? null : label(text);
          if (pair != null && isMetadataLabel(pair[0])) {
            metadata(pair[0], pair[1], SourceText.firstLine(item), null);
          } else {
            tldr.add(raw(item));
          }
        }
      } else if (!(node instanceof ThematicBreak)) {
        if (Placeholders.isInstruction(raw(node))) {
          dropped("summary", SourceText.firstLine(node), raw(node));
        } else {
          tldr.add(raw(node));
        }
      }
    }
  }

  private static boolean isMetadataLabel(String label) {
    String key = Lenient.headingKey(label);
    return metadataField(key) != null || HEADINGS.containsKey(key);
  }

  private static String metadataField(String key) {
    return switch (key) {
      case "date", "incident date", "day" -> "date";
      case "incident id", "id", "incident", "incident number", "incident #" -> "incidentId";
      case "severity", "sev", "severity level", "level" -> "severity";
      case "owner", "incident owner", "incident commander", "ic", "lead", "incident lead",
          "postmortem owner", "document owner" -> "owner";
      case "status" -> "status";
      case "document status", "doc status", "postmortem status" -> "documentStatus";
      case "incident status" -> "incidentStatus";
      case "author", "authors", "written by" -> "authors";
      case "tag", "tags", "labels" -> "tags";
      case "started", "start", "start time", "began", "incident start", "started at" -> "startedAt";
      case "ended", "end", "end time", "incident end", "ended at", "resolved at" -> "endedAt";
      case "services", "affected services", "services affected", "service", "components" -> "services";
      case "zone", "timezone", "time zone" -> "zone";
      default -> null;
    };
  }

  /** Reads one metadata value; what it cannot read is kept as an attribute under its label. */
  private void metadata(String label, String value, int line, Part part) {
    String key = Lenient.headingKey(label);
    String field = metadataField(key);
    String v = Lenient.oneLine(value);
    if (v.isEmpty()) {
      return;
    }
    if (Placeholders.isPlaceholder(v) || field != null && isChoice(v, field)) {
      finding(LintRule.UNFILLED_PLACEHOLDER, field == null ? "attributes" : field, line,
          label + " \"" + v + "\" is a template placeholder; read as empty");
      return;
    }
    if (field == null && HEADINGS.containsKey(key)) {
      sectionLine(HEADINGS.get(key), label, v, line);
      return;
    }
    if (field == null) {
      attribute(label, v, line);
      return;
    }
    lines.putIfAbsent(field, line + 1);
    switch (field) {
      case "date" -> {
        Optional<LocalDate> d = Lenient.date(v);
        if (d.isPresent() && date.isEmpty()) {
          date = d;
          day = d;
          b.date(d.get());
        } else {
          unreadable(field, line, label, v, "a date such as 2024-03-14");
        }
      }
      case "incidentId", "owner" -> setInline(field, Lenient.unwrap(v), () -> attribute(label, v, line));
      case "severity" -> Lenient.severity(v).ifPresentOrElse(s -> {
        if (inline.putIfAbsent("severity", "set") == null) {
          b.severity(s);
        } else {
          attribute(label, v, line);
        }
      }, () -> unreadable(field, line, label, v, "a severity such as sev-2 or High"));
      case "status", "documentStatus", "incidentStatus" -> status(field, label, v, line);
      case "authors" -> splitList(v).forEach(b::addAuthor);
      case "tags" -> splitList(v).forEach(b::addTag);
      case "services" -> splitList(v).forEach(impact::addAffectedService);
      case "startedAt", "endedAt" -> {
        Optional<Instant> at = instant(v);
        if (at.isPresent() && inline.putIfAbsent(field, "set") == null) {
          if (field.equals("startedAt")) {
            b.startedAt(at.get());
          } else {
            b.endedAt(at.get());
          }
        } else {
          unreadable(field, line, label, v, "a date and time such as 2024-03-14 14:02");
        }
      }
      case "zone" -> {
        Optional<ZoneId> z = ZoneText.parse(Lenient.unwrap(v));
        if (z.isPresent() && !zoneSet) {
          zone = z.get();
          zoneSet = true;
        } else if (z.isEmpty()) {
          unreadable(field, line, label, v, "a time zone such as UTC or Europe/Berlin");
        }
      }
      default -> attribute(label, v, line);
    }
  }

  /** A value such as {@code draft / final} or {@code sev-1 / sev-2 / sev-3}: a choice not made. */
  private static boolean isChoice(String value, String field) {
    if (!value.contains("/") || value.contains("://")) {
      return false;
    }
    String[] options = value.split("/");
    int readable = 0;
    for (String option : options) {
      String o = option.strip();
      boolean ok = switch (field) {
        case "severity" -> Lenient.severity(o).isPresent();
        case "status", "documentStatus", "incidentStatus" ->
            DOCUMENT_STATUS.read(o).isPresent() || INCIDENT_STATUS.read(o).isPresent();
        default -> false;
      };
      readable += ok ? 1 : 0;
    }
    return readable >= 2;
  }

  private void status(String field, String label, String v, int line) {
    String w = Lenient.unwrap(v);
    var document = field.equals("incidentStatus") ? Optional.<dev.postmortem.DocumentStatus>empty() : DOCUMENT_STATUS.read(w);
    var incident = field.equals("documentStatus") ? Optional.<dev.postmortem.IncidentStatus>empty() : INCIDENT_STATUS.read(w);
    if (document.isPresent() && inline.putIfAbsent("documentStatus", "set") == null) {
      b.documentStatus(document.get());
    } else if (incident.isPresent() && inline.putIfAbsent("incidentStatus", "set") == null) {
      b.incidentStatus(incident.get());
    } else if (document.isEmpty() && incident.isEmpty()) {
      unreadable(field, line, label, v, "a status such as draft, final or resolved");
    } else {
      attribute(label, v, line);
    }
  }

  private static List<String> splitList(String value) {
    List<String> items = new ArrayList<>();
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        items.add(Lenient.oneLine(part));
      }
    }
    return items;
  }

  private void attribute(String label, String value, int line) {
    String key = Lenient.oneLine(label);
    String unique = key;
    for (int n = 2; attributes.containsKey(unique); n++) {
      unique = key + " (" + n + ")";
    }
    attributes.put(unique, Lenient.oneLine(value));
    lines.putIfAbsent("attributes", line + 1);
  }

  /** A {@code **Summary:** text} line before the first section, SRE-book style. */
  private void sectionLine(Target target, String label, String value, int line) {
    switch (target) {
      case SUMMARY, WHAT_HAPPENED -> setInline("summary.whatHappened", value, () -> tldr.add(value));
      case IMPACT -> setInline("summary.impact", value, () -> custom(label, value, line));
      case ROOT_CAUSE -> setInline("summary.rootCause", value, () -> primaryCause.add(value));
      case RESOLUTION -> setInline("summary.resolution", value, () -> custom(label, value, line));
      case TRIGGER -> setInline("rootCause.trigger", value, () -> custom(label, value, line));
      case DETECTION -> setInline("detection.detail", value, () -> custom(label, value, line));
      default -> custom(label, value, line);
    }
  }

  // ---- sections ----

  private void read(Part part) {
    switch (part.target) {
      case SUMMARY -> eachNode(part, "summary", (node, item) -> {
        String[] pair = item == null ? null : label(item);
        String field = pair == null ? null : switch (Lenient.headingKey(pair[0])) {
          case "what happened" -> "summary.whatHappened";
          case "impact" -> "summary.impact";
          case "root cause" -> "summary.rootCause";
          case "resolution" -> "summary.resolution";
          default -> null;
        };
        if (field != null && !pair[1].isEmpty()) {
          setInline(field, pair[1], () -> tldr.add(raw(node)));
        } else {
          tldr.add(raw(node));
        }
        return true;
      });
      case WHAT_HAPPENED, TRIGGER -> {
        String field = part.target == Target.TRIGGER ? "rootCause.trigger" : "summary.whatHappened";
        if (part.nodes.size() == 1 && part.nodes.get(0) instanceof Paragraph p && !inline.containsKey(field)
            && !Placeholders.isInstruction(src.source(p))) {
          setInline(field, Lenient.oneLine(src.source(p)), () -> part.leftovers.add(raw(p)));
        } else {
          eachNode(part, field, (node, item) -> false);
        }
      }
      case RESPONDERS -> responders(part);
      case IMPACT -> eachNode(part, "impact", (node, item) -> item != null && impactLine(item, part));
      case SERVICES -> eachNode(part, "impact.affectedServices", (node, item) -> {
        if (item == null || !(node instanceof ListItem)) {
          return false;
        }
        impact.addAffectedService(item);
        return true;
      });
      case TIMELINE -> timeline(part);
      case ROOT_CAUSE -> eachNode(part, "rootCause", (node, item) -> {
        String[] pair = item == null ? null : label(item);
        String key = pair == null ? "" : Lenient.headingKey(pair[0]);
        if (pair != null && !pair[1].isEmpty() && (key.equals("trigger") || key.startsWith("why"))) {
          String field = key.equals("trigger") ? "rootCause.trigger" : "rootCause.whySafeguardsFailed";
          setInline(field, pair[1], () -> primaryCause.add(raw(node)));
        } else {
          primaryCause.add(raw(node));
        }
        return true;
      });
      case TECHNICAL_DETAILS -> eachNode(part, "rootCause.technicalDetails", (node, item) -> technicalDetails.add(raw(node)));
      case CONTRIBUTING -> eachNode(part, "rootCause.contributingFactors",
          (node, item) -> topic(node, item, rootCause::addContributingFactor));
      case FIVE_WHYS -> eachNode(part, "rootCause.fiveWhys", (node, item) -> {
        if (item == null || !(node instanceof ListItem)) {
          return false;
        }
        rootCause.addFiveWhy(item);
        return true;
      });
      case DETECTION -> eachNode(part, "detection", (node, item) -> detectionLine(node, item));
      case WENT_WELL -> listField(part, "whatWentWell", b::addWhatWentWell);
      case WENT_POORLY -> listField(part, "whatWentPoorly", b::addWhatWentPoorly);
      case LUCKY -> listField(part, "whereWeGotLucky", b::addWhereWeGotLucky);
      case RESOLUTION -> eachNode(part, "resolution", (node, item) -> resolutionLine(node, item));
      case SYSTEM_STATE -> eachNode(part, "resolution", (node, item) -> resolutionLine(node, item));
      case ACTION_ITEMS -> actionItems(part);
      case LESSONS -> eachNode(part, "lessons.takeaway", (node, item) -> takeaway.add(raw(node)));
      case TECHNICAL_LESSONS -> eachNode(part, "lessons.technicalLessons",
          (node, item) -> topic(node, item, lessons::addTechnicalLesson));
      case PROCESS_LESSONS -> eachNode(part, "lessons.processLessons",
          (node, item) -> topic(node, item, lessons::addProcessLesson));
      case QUESTIONS -> eachNode(part, "lessons.openQuestions", (node, item) -> {
        if (item == null || !(node instanceof ListItem)) {
          return false;
        }
        lessons.addOpenQuestion(item);
        return true;
      });
      case CUSTOM -> eachNode(part, "customSections", (node, item) -> false);
      default -> throw new IllegalStateException("no reader for " + part.target);
    }
  }

  /** Reads one block or list item; returns whether it was taken (else it is kept as custom text). */
  private interface NodeReader {
    boolean read(Node node, String itemText);
  }

  /**
   * Feeds {@code reader} each list item (with its text when it is one paragraph) and each other
   * block (paragraphs with their text), after dropping instructions and placeholders; whatever the
   * reader does not take becomes the part's leftover text, in order.
   */
  private void eachNode(Part part, String field, NodeReader reader) {
    for (Node node : part.nodes) {
      if (node instanceof ListBlock list) {
        List<String> kept = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          String text = itemText((ListItem) item);
          if (text != null && isPlaceholderItem(text)) {
            dropped(field, SourceText.firstLine(item), text);
          } else if (!reader.read(item, text)) {
            kept.add(raw(item));
          }
        }
        if (!kept.isEmpty()) {
          part.leftovers.add(String.join("\n", kept));
        }
      } else if (node instanceof Paragraph p) {
        String text = src.source(p);
        if (Placeholders.isInstruction(text)) {
          dropped(field, SourceText.firstLine(p), text);
        } else if (!reader.read(p, Lenient.oneLine(text))) {
          part.leftovers.add(withoutPlaceholderLines(p, field));
        }
      } else if (node instanceof ThematicBreak) {
        continue;
      } else if (!reader.read(node, null)) {
        part.leftovers.add(raw(node));
      }
    }
  }

  /**
   * The source of a paragraph without its lines that are placeholders on their own, such as
   * {@code **Prepared by:** [Name] - [Date]} in a paragraph of such lines.
   */
  private String withoutPlaceholderLines(Paragraph p, String field) {
    List<String> kept = new ArrayList<>();
    int line = SourceText.firstLine(p);
    for (int i = line; i <= SourceText.lastLine(p); i++) {
      String text = src.line(i);
      if (isPlaceholderItem(Lenient.oneLine(text))) {
        dropped(field, i, text);
      } else {
        kept.add(text);
      }
    }
    return String.join("\n", kept);
  }

  private boolean isPlaceholderItem(String text) {
    Matcher task = TASK.matcher(text);
    String t = task.matches() ? task.group(2) : text;
    String[] pair = label(t);
    if (pair != null && (pair[1].isEmpty() || Placeholders.isPlaceholder(pair[1]))) {
      return true;
    }
    return Placeholders.isInstruction(t);
  }

  private void listField(Part part, String field, Consumer<String> add) {
    eachNode(part, field, (node, item) -> {
      if (item == null || !(node instanceof ListItem || node instanceof Paragraph)) {
        return false;
      }
      add.accept(item);
      lines.putIfAbsent(field, SourceText.firstLine(node) + 1);
      return true;
    });
  }

  private boolean topic(Node node, String item, Consumer<Topic> add) {
    if (item == null || !(node instanceof ListItem)) {
      return false;
    }
    String[] pair = label(item);
    add.accept(pair != null && !pair[1].isEmpty() ? Topic.of(pair[0], pair[1])
        : Topic.builder().title(Lenient.unwrap(item)).build());
    return true;
  }

  private boolean impactLine(String item, Part part) {
    String[] pair = label(item);
    if (pair == null || pair[1].isEmpty()) {
      return false;
    }
    String field = switch (Lenient.headingKey(pair[0])) {
      case "users affected", "affected users", "customers affected" -> "impact.usersAffected";
      case "service degradation" -> "impact.serviceDegradation";
      case "geographic scope", "regions", "region" -> "impact.geographicScope";
      case "user-visible symptoms", "symptoms" -> "impact.userVisibleSymptoms";
      case "what worked", "what worked for users" -> "impact.whatWorked";
      case "what didn't work", "what didn't work for users", "what did not work" -> "impact.whatDidNotWork";
      case "revenue impact", "revenue" -> "impact.revenueImpact";
      case "reputation impact" -> "impact.reputationImpact";
      case "data integrity", "data loss" -> "impact.dataIntegrity";
      case "performance degradation" -> "impact.performanceDegradation";
      case "services affected", "affected services", "services" -> "services";
      default -> null;
    };
    if ("services".equals(field)) {
      splitList(pair[1]).forEach(impact::addAffectedService);
    } else if (field != null) {
      setInline(field, pair[1], () -> impact.addMetric(ImpactMetric.of(pair[0], pair[1])));
    } else {
      impact.addMetric(ImpactMetric.of(pair[0], pair[1]));
    }
    return true;
  }

  private boolean detectionLine(Node node, String item) {
    String[] pair = item == null ? null : label(item);
    if (pair == null) {
      if (node instanceof Paragraph && item != null && !inline.containsKey("detection.detail")) {
        setInline("detection.detail", item, () -> { });
        return true;
      }
      return false;
    }
    String key = Lenient.headingKey(pair[0]);
    if (pair[1].isEmpty()) {
      return false;
    }
    if (key.equals("method")) {
      var method = DETECTION_METHOD.read(Lenient.unwrap(pair[1]));
      method.ifPresent(m -> inline.put("detection.method", m.name()));
      return method.isPresent();
    }
    String field = switch (key) {
      case "detail", "details", "how" -> "detection.detail";
      case "detected by", "who" -> "detection.detectedBy";
      case "why not sooner", "why not detected sooner" -> "detection.whyNotSooner";
      default -> null;
    };
    if (field == null || inline.containsKey(field)) {
      return false;
    }
    setInline(field, pair[1], () -> { });
    return true;
  }

  private boolean resolutionLine(Node node, String item) {
    if (item == null || !(node instanceof ListItem)) {
      return false;
    }
    String[] pair = label(item);
    if (pair != null && !pair[1].isEmpty()) {
      String field = switch (Lenient.headingKey(pair[0])) {
        case "health check status", "health checks" -> "resolution.healthChecks";
        case "data consistency" -> "resolution.dataConsistency";
        case "performance metrics", "performance" -> "resolution.performance";
        case "user experience" -> "resolution.userExperience";
        default -> null;
      };
      if (field != null && !inline.containsKey(field)) {
        setInline(field, pair[1], () -> { });
        return true;
      }
      resolution.addImmediateAction(ResolutionAction.builder().title(pair[0]).result(pair[1]).build());
      return true;
    }
    resolution.addImmediateAction(ResolutionAction.builder().title(Lenient.unwrap(item)).build());
    return true;
  }

  private void responders(Part part) {
    eachNode(part, "responders", (node, item) -> {
      if (node instanceof TableBlock) {
        TableRows table = TableRows.read(src, SourceText.firstLine(node), SourceText.lastLine(node));
        int name = column(table, "name", "person", "who", "responder", "people");
        int role = column(table, "role", "position", "responsibility");
        if (name < 0) {
          return false;
        }
        for (List<Cell> row : table.rows()) {
          String n = cell(row, name);
          String r = role < 0 ? "" : cell(row, role);
          if (n.isEmpty() || Placeholders.isPlaceholder(n)) {
            if (!n.isEmpty() || !r.isEmpty()) {
              dropped("responders", row.get(0).line(), String.join(" | ", n, r));
            }
            continue;
          }
          if (Placeholders.isPlaceholder(r)) {
            finding(LintRule.UNFILLED_PLACEHOLDER, "responders[" + responders + "].role", row.get(0).line(),
                "role \"" + r + "\" is a template placeholder; read as empty");
          }
          addResponder(n, r.isEmpty() || Placeholders.isPlaceholder(r) ? null : r, row.get(0).line());
        }
        return true;
      }
      if (item == null || !(node instanceof ListItem)) {
        return false;
      }
      String[] pair = label(item);
      if (pair != null && !pair[1].isEmpty()) {
        addResponder(pair[1], pair[0], SourceText.firstLine(node));
        return true;
      }
      Matcher paren = Pattern.compile("(.+?)[ \\t]*\\(([^()]+)\\)").matcher(item);
      if (paren.matches()) {
        addResponder(paren.group(1), paren.group(2), SourceText.firstLine(node));
        return true;
      }
      Matcher dash = Pattern.compile("(.+?)[ \\t]+[-—–][ \\t]+(.+)").matcher(item);
      if (dash.matches()) {
        addResponder(dash.group(1), dash.group(2), SourceText.firstLine(node));
      } else {
        addResponder(item, null, SourceText.firstLine(node));
      }
      return true;
    });
  }

  private void addResponder(String name, String role, int line) {
    lines.putIfAbsent("responders[" + responders++ + "]", line + 1);
    b.addResponder(Responder.builder().name(Lenient.unwrap(name)).role(Optional.ofNullable(role)
        .map(String::strip).filter(r -> !r.isEmpty())).build());
  }

  // ---- timeline ----

  private void findZone(String heading, List<Node> nodes) {
    // A heading note, "Timeline (UTC)" or "Timeline (all times Europe/Berlin)", comes first.
    Matcher note = HEADING_ZONE.matcher(heading.strip());
    if (note.matches() && zoneFrom(note.group("zone"))) {
      return;
    }
    for (Node node : nodes) {
      if (node instanceof Paragraph p) {
        Matcher m = ALL_TIMES.matcher(src.source(p));
        if (m.lookingAt()) {
          zoneFrom(m.group("zone").replaceAll("[.,_*]+$", ""));
          return;
        }
      }
    }
  }

  /** Sets the document's zone from its name, unless already set; returns whether it is a zone. */
  private boolean zoneFrom(String name) {
    Optional<ZoneId> z = ZoneText.parse(name.toUpperCase(Locale.ROOT).equals("UTC") ? "UTC" : name);
    if (z.isPresent() && !zoneSet) {
      zone = z.get();
      zoneSet = true;
      b.zone(zone);
    }
    return z.isPresent();
  }

  private void timeline(Part part) {
    eachNode(part, "timeline", (node, item) -> {
      if (node instanceof Paragraph p) {
        String text = src.source(p);
        Matcher all = ALL_TIMES.matcher(text);
        if (all.lookingAt()) {
          String rest = text.substring(all.end()).strip();
          return rest.equals(".") || rest.isEmpty();
        }
        boolean any = false;
        List<String> rest = new ArrayList<>();
        int line = SourceText.firstLine(p);
        for (String l : text.split("\n")) {
          if (!event(l.strip(), line)) {
            rest.add(l);
          } else {
            any = true;
          }
          line++;
        }
        if (any && !rest.isEmpty()) {
          part.leftovers.add(String.join("\n", rest));
        }
        return any;
      }
      if (node instanceof TableBlock) {
        return timelineTable(node);
      }
      if (node instanceof ListItem li && item != null) {
        return event(item, SourceText.firstLine(li));
      }
      return false;
    });
  }

  /** Reads one timeline line such as {@code 14:02 — alert fires}; false when it is not one. */
  private boolean event(String text, int line) {
    String t = text;
    Matcher dateLine = DATE_LINE.matcher(t);
    if (dateLine.matches()) {
      Optional<LocalDate> d = Lenient.date(dateLine.group("date"));
      if (d.isPresent()) {
        day = d;
        return dateLine.group("zone") == null || ZoneText.parse(dateLine.group("zone")).isPresent();
      }
    }
    Matcher m = EVENT.matcher(t);
    if (!m.matches() || m.group("time") == null) {
      return false;
    }
    String rest = m.group("rest").strip();
    String description = rest.isEmpty() ? t : rest;
    Optional<Instant> at = time(m.group("date"), m.group("time"), m.group("zone"));
    int index = events++;
    lines.put("timeline[" + index + "]", line + 1);
    TimelineEvent.Builder e = TimelineEvent.builder();
    if (at.isEmpty()) {
      description = t;
      finding(LintRule.UNREADABLE_VALUE, "timeline[" + index + "].at", line,
          "\"" + m.group("time") + "\" is not a time this document can place"
              + (day.isEmpty() && m.group("date") == null ? " (the postmortem has no date)" : "")
              + "; the line is kept as the event's description");
    } else {
      e.at(at.get());
    }
    e.description(description);
    kind(description).ifPresent(e::kind);
    b.addEvent(e.build());
    return true;
  }

  private Optional<Instant> time(String dateText, String timeText, String zoneText) {
    Optional<LocalDate> d = dateText != null ? Lenient.date(dateText) : day;
    if (d.isEmpty()) {
      return Optional.empty();
    }
    if (dateText != null) {
      day = d;
    }
    LocalTime time;
    try {
      time = LocalTime.parse(timeText.length() == 4 || timeText.indexOf(':') == 1 ? "0" + timeText : timeText);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    ZoneId z = zone;
    if (zoneText != null) {
      Optional<ZoneId> parsed = zoneText.equals("Z") || zoneText.equals("GMT") ? Optional.of(ZoneOffset.UTC)
          : ZoneText.parse(zoneText).or(() -> Optional.ofNullable(ZoneId.SHORT_IDS.get(zoneText)).map(ZoneId::of));
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      z = parsed.get();
    }
    return Optional.of(d.get().atTime(time).atZone(z).toInstant());
  }

  private Optional<Instant> instant(String text) {
    String t = Lenient.unwrap(text);
    Matcher m = EVENT.matcher(t);
    if (m.matches() && m.group("rest").isBlank()) {
      return time(m.group("date"), m.group("time"), m.group("zone"));
    }
    return Optional.empty();
  }

  /** The milestone a description marks, from a bold marker such as **OUTAGE BEGINS** or its words. */
  static Optional<EventKind> kind(String description) {
    Matcher marker = MARKER.matcher(description);
    boolean marked = marker.find();
    if (marked) {
      // A marker that is a kind's own name, "**Alerted**:" or "**MITIGATED**", is that kind.
      String name = marker.group(1).replaceAll("[:.]+$", "").strip().toUpperCase(Locale.ROOT)
          .replace(' ', '_');
      for (EventKind kind : EventKind.values()) {
        if (kind.name().equals(name)) {
          return Optional.of(kind);
        }
      }
    }
    String text = (marked ? marker.group(1) : description).toLowerCase(Locale.ROOT);
    String[][] rules = {
        {"\\b(outage|incident|impact|issue|problem)s? (begins|began|starts|started)\\b", "STARTED"},
        {"\\balerts? (fire|fires|fired|triggered|went off)\\b|\\bpaged\\b|^alert\\b", "ALERTED"},
        {"\\b(ack|acked|acknowledged|acknowledges)\\b", "ACKNOWLEDGED"},
        {"\\bescalat", "ESCALATED"},
        {"\\bverif(y|ied|ication)\\b", "VERIFIED"},
        {"\\b(outage|incident|impact) (ends|ended|over)\\b|\\bresolved\\b|\\ball clear\\b", "RESOLVED"},
        {"\\bmitigat(ed|ion)\\b", "MITIGATED"},
        {"\\b(root cause )?identified\\b", "IDENTIFIED"},
        {"\\b(detected|noticed|reported by|first report)\\b", "DETECTED"},
    };
    for (String[] rule : rules) {
      if (Pattern.compile(rule[0]).matcher(text).find()) {
        return Optional.of(EventKind.valueOf(rule[1]));
      }
    }
    return Optional.empty();
  }

  private boolean timelineTable(Node node) {
    TableRows table = TableRows.read(src, SourceText.firstLine(node), SourceText.lastLine(node));
    int time = column(table, "time", "when", "timestamp", "time (utc)", "date/time", "date", "time utc");
    int description = column(table, "event", "description", "what", "what happened", "details", "summary");
    if (description < 0) {
      return false;
    }
    int action = column(table, "action taken", "action", "response", "actions");
    int actor = column(table, "actor", "who", "owner", "by", "person");
    int kind = column(table, "kind", "type", "milestone");
    int data = column(table, "data", "link", "dashboard");
    for (List<Cell> row : table.rows()) {
      int line = row.isEmpty() ? table.firstLine() : row.get(0).line();
      List<String> others = new ArrayList<>();
      TimelineEvent.Builder e = TimelineEvent.builder();
      String desc = null;
      int index = events;
      String path = "timeline[" + index + "]";
      boolean anything = false;
      List<String> placeholders = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        String v = Lenient.oneLine(row.get(c).text());
        if (v.isEmpty()) {
          continue;
        }
        String header = c < table.header().size() ? table.header().get(c) : "Column " + (c + 1);
        if (Placeholders.isPlaceholder(v)) {
          placeholders.add(header + " \"" + v + "\" is a template placeholder; read as empty");
          continue;
        }
        anything = true;
        if (c == time) {
          Optional<Instant> at = instant(v);
          if (at.isPresent()) {
            e.at(at.get());
          } else {
            unreadableKept(path + ".at", line, header, v,
                day.isEmpty() ? "a time this document can place (the postmortem has no date)" : "a time such as 14:02",
                "the event's action taken");
            others.add(header + ": " + v);
          }
        } else if (c == description) {
          desc = v;
        } else if (c == action) {
          others.add(0, v);
        } else if (c == actor) {
          e.actor(v);
        } else if (c == kind && EVENT_KIND.read(Lenient.unwrap(v)).isPresent()) {
          e.kind(EVENT_KIND.read(Lenient.unwrap(v)).get());
        } else if (c == data && !v.matches(".*\\s.*")) {
          e.dataLink(v);
        } else {
          others.add(header + ": " + v);
        }
      }
      for (String message : placeholders) {
        finding(LintRule.UNFILLED_PLACEHOLDER, anything ? path : "timeline", line,
            message + (anything ? "" : " (the whole row is, so it was left out)"));
      }
      if (!anything) {
        continue;
      }
      if (desc == null && !others.isEmpty()) {
        desc = String.join("; ", others);
        others.clear();
      } else if (desc == null) {
        desc = Lenient.oneLine(src.line(line)); // only a time, an actor or a kind: the row as written
      }
      e.description(desc);
      if (!others.isEmpty()) {
        e.actionTaken(String.join("; ", others));
      }
      if (kind < 0 || row.size() <= kind || row.get(kind).text().isEmpty()) {
        kind(desc).ifPresent(e::kind);
      }
      lines.put(path, line + 1);
      events++;
      b.addEvent(e.build());
    }
    return true;
  }

  // ---- action items ----

  private void actionItems(Part part) {
    eachNode(part, "actionItems", (node, item) -> {
      if (node instanceof TableBlock) {
        return actionTable(node, part.horizon);
      }
      if (node instanceof ListItem li && item != null) {
        return checklistItem(item, SourceText.firstLine(li), part.horizon);
      }
      return false;
    });
  }

  private boolean actionTable(Node node, Optional<Horizon> horizon) {
    TableRows table = TableRows.read(src, SourceText.firstLine(node), SourceText.lastLine(node));
    int description = column(table, "action", "action item", "item", "task", "description", "what",
        "title", "follow-up", "action items");
    if (description < 0) {
      return false;
    }
    for (List<Cell> row : table.rows()) {
      int line = row.isEmpty() ? table.firstLine() : row.get(0).line();
      Fields fields = new Fields("actionItems[" + actionItems + "]", line);
      for (int c = 0; c < row.size(); c++) {
        String v = row.get(c).text();
        String header = c < table.header().size() ? table.header().get(c) : "Column " + (c + 1);
        if (!v.isEmpty()) {
          fields.put(c == description ? "description" : header, v);
        }
      }
      addActionItem(fields, horizon);
    }
    return true;
  }

  private boolean checklistItem(String text, int line, Optional<Horizon> horizon) {
    Fields fields = new Fields("actionItems[" + actionItems + "]", line);
    String t = text;
    Matcher task = TASK.matcher(t);
    if (task.matches()) {
      fields.status = Optional.of(task.group(1).isBlank() ? ActionStatus.OPEN : ActionStatus.DONE);
      t = task.group(2);
    }
    // A trailing parenthesis of fields: "Fix it (owner: @bob, due 2024-04-01)".
    Matcher paren = Pattern.compile("(.*?)[ \\t]*\\(([^()]*(?::|@|[0-9]{4}-[0-9]{2}-[0-9]{2})[^()]*)\\)[ \\t]*").matcher(t);
    List<String> trailing = new ArrayList<>();
    if (paren.matches()) {
      List<String> parts = List.of(paren.group(2).split("[,;][ \\t]*"));
      if (parts.stream().allMatch(p -> fields.recognises(p.strip()))) {
        t = paren.group(1);
        trailing.addAll(parts);
      }
    }
    Matcher sep = SEPARATOR.matcher(t);
    List<int[]> cuts = new ArrayList<>();
    while (sep.find()) {
      cuts.add(new int[] {sep.start(), sep.end()});
    }
    int end = t.length();
    List<String> parsed = new ArrayList<>();
    for (int i = cuts.size() - 1; i >= 0; i--) {
      String segment = t.substring(cuts.get(i)[1], end).strip();
      if (!fields.recognises(segment)) {
        break;
      }
      parsed.add(0, segment);
      end = cuts.get(i)[0];
    }
    fields.put("description", t.substring(0, end).strip());
    for (String p : parsed) {
      fields.putSegment(p.strip());
    }
    for (String p : trailing) {
      fields.putSegment(p.strip());
    }
    addActionItem(fields, horizon);
    return true;
  }

  /** The fields of one action item as written, by column or inline label. */
  private final class Fields {
    final String path;
    final int line;
    final Map<String, String> values = new LinkedHashMap<>();
    Optional<ActionStatus> status = Optional.empty();

    Fields(String path, int line) {
      this.path = path;
      this.line = line;
    }

    void put(String label, String written) {
      String value = written;
      // The SRE book writes the status as a bold marker after the bug: "Bug 5554823 **TODO**".
      Matcher marker = STATUS_MARKER.matcher(value);
      if (marker.matches() && actionStatus(marker.group(2)).isPresent()) {
        status = actionStatus(marker.group(2));
        value = marker.group(1);
      }
      if (NOTHING.contains(value.strip().toLowerCase(Locale.ROOT))) {
        return;
      }
      String key = actionField(label);
      values.merge(key == null ? label : key, value, (a, c) -> a + "; " + c);
    }

    /** Whether {@code segment} is a field written inline: {@code Owner: @bob}, {@code @bob}, a date. */
    boolean recognises(String segment) {
      String[] pair = label(segment);
      if (pair != null && actionField(pair[0]) != null && !actionField(pair[0]).equals("description")) {
        return true;
      }
      String s = Lenient.unwrap(segment);
      String lower = s.toLowerCase(Locale.ROOT);
      if (lower.startsWith("due ") || lower.startsWith("by ")) {
        return Lenient.date(s.substring(s.indexOf(' ') + 1)).isPresent();
      }
      return HANDLE.matcher(s).matches() || Lenient.date(s).isPresent() || TICKET.matcher(s).matches()
          || Lenient.priority(s).isPresent() || Placeholders.isPlaceholder(s);
    }

    void putSegment(String segment) {
      String[] pair = label(segment);
      if (pair != null && actionField(pair[0]) != null) {
        put(pair[0], pair[1]);
        return;
      }
      String s = Lenient.unwrap(segment);
      String lower = s.toLowerCase(Locale.ROOT);
      if (lower.startsWith("due ") || lower.startsWith("by ")) {
        put("due", s.substring(s.indexOf(' ') + 1));
      } else if (HANDLE.matcher(s).matches() && !values.containsKey("owner")) {
        put("owner", s);
      } else if (Lenient.date(s).isPresent() && !values.containsKey("due")) {
        put("due", s);
      } else if (TICKET.matcher(s).matches() && !values.containsKey("ticket")) {
        put("ticket", s);
      } else if (Lenient.priority(s).isPresent() && !values.containsKey("priority")) {
        put("priority", s);
      } else if (Placeholders.isPlaceholder(s)) {
        finding(LintRule.UNFILLED_PLACEHOLDER, path, line, "\"" + s + "\" is a template placeholder; read as empty");
      } else {
        put("notes", s);
      }
    }
  }

  private static String actionField(String label) {
    return switch (Lenient.headingKey(label)) {
      case "action", "action item", "item", "task", "description", "what", "title", "follow-up",
          "action items" -> "description";
      case "owner", "assignee", "who", "responsible", "owners", "assigned to" -> "owner";
      case "priority", "prio" -> "priority";
      case "due", "due date", "deadline", "target date", "eta", "date" -> "due";
      case "status", "state" -> "status";
      case "completed", "completion date", "done on", "completed on", "closed" -> "completed";
      case "horizon", "timeframe" -> "horizon";
      case "type", "kind", "category" -> "type";
      case "ticket", "bug", "issue", "jira", "tracking", "tracker", "ref", "link" -> "ticket";
      case "notes", "comments", "note", "comment" -> "notes";
      default -> null;
    };
  }

  private void addActionItem(Fields f, Optional<Horizon> horizon) {
    ActionItem.Builder a = ActionItem.builder();
    List<String> notes = new ArrayList<>();
    String path = f.path;
    boolean real = false;
    List<String[]> placeholders = new ArrayList<>();
    Optional<ActionStatus> status = f.status;
    Optional<LocalDate> completed = Optional.empty();
    String description = null;
    for (Map.Entry<String, String> entry : f.values.entrySet()) {
      String key = entry.getKey();
      String v = Lenient.oneLine(entry.getValue());
      if (v.isEmpty()) {
        continue;
      }
      if (Placeholders.isPlaceholder(v) || key.equals("status") && v.contains("/") && isStatusChoice(v)) {
        placeholders.add(new String[] {key, v});
        continue;
      }
      real = true;
      switch (key) {
        case "description" -> description = Lenient.unwrap(v);
        case "owner" -> a.owner(v);
        case "priority" -> Lenient.priority(v).ifPresentOrElse(a::priority,
            () -> unreadableNote(path + ".priority", f.line, "Priority", v, "a priority such as high or P1", notes));
        case "due" -> Lenient.date(v).ifPresentOrElse(a::dueDate,
            () -> unreadableNote(path + ".dueDate", f.line, "Due", v, "a date such as 2024-03-14", notes));
        case "status" -> {
          Optional<ActionStatus> s = actionStatus(v);
          if (s.isPresent()) {
            status = s;
          } else {
            unreadableNote(path + ".status", f.line, "Status", v, "a status such as open or done", notes);
          }
        }
        case "completed" -> {
          Optional<LocalDate> d = Lenient.date(v);
          if (d.isPresent()) {
            completed = d;
          } else {
            unreadableNote(path + ".completedOn", f.line, "Completed", v, "a date such as 2024-03-14", notes);
          }
        }
        case "horizon" -> HORIZON.read(Lenient.unwrap(v)).or(() -> horizon(v)).ifPresentOrElse(a::horizon,
            () -> unreadableNote(path + ".horizon", f.line, "Horizon", v, "immediate, short term or long term", notes));
        case "type" -> ACTION_TYPE.read(Lenient.unwrap(v)).ifPresentOrElse(a::type,
            () -> unreadableNote(path + ".type", f.line, "Type", v, "mitigate, prevent or detect", notes));
        case "ticket" -> {
          if (v.matches(".*\\s.*")) {
            notes.add("Ticket: " + v);
          } else {
            a.ticket(v);
          }
        }
        case "notes" -> notes.add(v);
        default -> notes.add(key + ": " + v);
      }
    }
    for (String[] placeholder : placeholders) {
      String field = switch (placeholder[0]) {
        case "due" -> "dueDate";
        case "completed" -> "completedOn";
        default -> placeholder[0];
      };
      finding(LintRule.UNFILLED_PLACEHOLDER, real ? path + "." + field : "actionItems", f.line,
          field + " \"" + placeholder[1] + "\" is a template placeholder; read as empty"
              + (real ? "" : " (the whole item is, so it was left out)"));
    }
    if (!real) {
      return;
    }
    if (description == null) {
      description = notes.isEmpty() ? "(no description)" : notes.remove(0);
    }
    if (completed.isPresent()) {
      if (status.isEmpty() || status.get() == ActionStatus.DONE) {
        status = Optional.of(ActionStatus.DONE);
        a.completedOn(completed.get());
      } else {
        notes.add("Completed: " + completed.get());
        finding(LintRule.UNREADABLE_VALUE, path + ".completedOn", f.line,
            "a completion date on an item that is " + status.get() + "; kept in the item's notes");
      }
    }
    status.ifPresent(a::status);
    if (horizon.isPresent() && !f.values.containsKey("horizon")) {
      a.horizon(horizon.get());
    }
    a.description(description);
    if (!notes.isEmpty()) {
      a.notes(String.join("; ", notes));
    }
    lines.put(path, f.line + 1);
    actionItems++;
    b.addActionItem(a.build());
  }

  private static boolean isStatusChoice(String v) {
    int readable = 0;
    for (String option : v.split("/")) {
      readable += actionStatus(option.strip()).isPresent() ? 1 : 0;
    }
    return readable >= 2;
  }

  private static Optional<ActionStatus> actionStatus(String text) {
    String t = Lenient.unwrap(text);
    Optional<ActionStatus> status = ACTION_STATUS.read(t);
    if (status.isPresent()) {
      return status;
    }
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "todo", "to do", "not started", "pending", "planned", "[ ]" -> Optional.of(ActionStatus.OPEN);
      case "wip", "ongoing", "started", "in-progress", "doing" -> Optional.of(ActionStatus.IN_PROGRESS);
      case "complete", "completed", "closed", "fixed", "finished", "✅", "[x]" -> Optional.of(ActionStatus.DONE);
      case "won't fix", "wontfix", "cancelled", "canceled", "dropped", "won't do" -> Optional.of(ActionStatus.WONT_DO);
      default -> Optional.empty();
    };
  }

  // ---- helpers ----

  private static int column(TableRows table, String... names) {
    for (int i = 0; i < table.header().size(); i++) {
      String key = Lenient.headingKey(Lenient.unwrap(table.header().get(i)));
      for (String name : names) {
        if (key.equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String cell(List<Cell> row, int column) {
    return column >= 0 && column < row.size() ? row.get(column).text() : "";
  }

  /** {@code **Label:** value}, {@code **Label**: value} or {@code Label: value}; null otherwise. */
  private static String[] label(String text) {
    String[] pair = Lenient.boldLabel(text);
    return pair != null ? pair : Lenient.plainLabel(text);
  }

  /** The text of a list item of one paragraph, on one line; null for anything else. */
  private String itemText(ListItem item) {
    Node child = item.getFirstChild();
    if (child == null || !(child instanceof Paragraph) || child.getNext() != null) {
      return null;
    }
    String text = Lenient.oneLine(src.source(child));
    return text.isEmpty() ? null : text;
  }

  /** The source lines of a node as written, indentation and markers included. */
  private String raw(Node node) {
    return src.lines(SourceText.firstLine(node), SourceText.lastLine(node) + 1);
  }

  private void setInline(String field, String value, Runnable ifTaken) {
    String v = Lenient.oneLine(value);
    if (v.isEmpty()) {
      return;
    }
    if (inline.containsKey(field)) {
      ifTaken.run();
    } else {
      inline.put(field, v);
    }
  }

  private void dropped(String field, int line, String text) {
    finding(LintRule.UNFILLED_PLACEHOLDER, field, line,
        "\"" + Lenient.oneLine(text) + "\" is a template placeholder or instruction; read as empty");
  }

  private void unreadable(String field, int line, String label, String value, String expected) {
    attribute(label, value, line);
    finding(LintRule.UNREADABLE_VALUE, field, line, label + " \"" + value + "\" is not " + expected
        + "; kept as the attribute \"" + label + "\"");
  }

  private void unreadableKept(String path, int line, String label, String value, String expected, String where) {
    finding(LintRule.UNREADABLE_VALUE, path, line, label + " \"" + value + "\" is not " + expected
        + "; kept in " + where);
  }

  private void unreadableNote(String path, int line, String label, String value, String expected, List<String> notes) {
    notes.add(label + ": " + value);
    unreadableKept(path, line, label, value, expected, "the item's notes");
  }

  private void finding(LintRule rule, String path, int line, String message) {
    findings.add(LintFinding.of(rule, path, message, line + 1));
  }

  private void custom(String heading, String body, int line) {
    String h = Lenient.oneLine(heading);
    String safe = safeBlock(Lenient.trim(body));
    customs.add(CustomSection.of(h.isEmpty() ? "Section" : h, safe));
    lines.putIfAbsent("customSections[" + (customs.size() - 1) + "]", line + 1);
  }

  /**
   * Returns {@code body} if the model takes it as block text; else the same text in a fenced code
   * block, which keeps every character (a heading inside a block quote, say, cannot be block text).
   */
  private static String safeBlock(String body) {
    if (body.isEmpty()) {
      return body;
    }
    try {
      CustomSection.of("x", body);
      return body;
    } catch (InvalidPostmortemException e) {
      String fence = "~~~";
      while (body.contains(fence)) {
        fence += "~";
      }
      return fence + "\n" + body + "\n" + fence;
    }
  }

  private String headingText(Heading heading) {
    String line = src.line(SourceText.firstLine(heading));
    String text = line.strip();
    if (text.startsWith("#")) {
      text = text.replaceFirst("^#+", "").replaceFirst("[ \\t]+#+[ \\t]*$", "");
    } else {
      text = src.source(heading).split("\n")[0];
    }
    return Lenient.oneLine(Lenient.unwrap(text.strip()));
  }

  private int firstTextLine() {
    for (int i = 0; i < src.lineCount(); i++) {
      if (!src.line(i).isBlank() && !src.line(i).strip().matches("[-=*_#> ]*")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text with the front matter's characters turned into spaces: commonmark-java then sees blank
   * lines there, and every source span still points at the same place in the original text.
   */
  private String blankedFrontMatter(int endLine) {
    char[] chars = src.text().toCharArray();
    int line = 0;
    for (int i = 0; i < chars.length && line <= endLine; i++) {
      if (chars[i] == '\n') {
        line++;
      } else {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  // ---- building ----

  private Postmortem build() {
    Summary.Builder summary = Summary.builder();
    Detection.Builder detection = Detection.builder();
    for (Map.Entry<String, String> entry : inline.entrySet()) {
      String v = entry.getValue();
      switch (entry.getKey()) {
        case "incidentId" -> b.incidentId(v);
        case "owner" -> b.owner(v);
        case "summary.whatHappened" -> summary.whatHappened(v);
        case "summary.impact" -> summary.impact(v);
        case "summary.rootCause" -> summary.rootCause(v);
        case "summary.resolution" -> summary.resolution(v);
        case "impact.usersAffected" -> impact.usersAffected(v);
        case "impact.serviceDegradation" -> impact.serviceDegradation(v);
        case "impact.geographicScope" -> impact.geographicScope(v);
        case "impact.userVisibleSymptoms" -> impact.userVisibleSymptoms(v);
        case "impact.whatWorked" -> impact.whatWorked(v);
        case "impact.whatDidNotWork" -> impact.whatDidNotWork(v);
        case "impact.revenueImpact" -> impact.revenueImpact(v);
        case "impact.reputationImpact" -> impact.reputationImpact(v);
        case "impact.dataIntegrity" -> impact.dataIntegrity(v);
        case "impact.performanceDegradation" -> impact.performanceDegradation(v);
        case "rootCause.trigger" -> rootCause.trigger(v);
        case "rootCause.whySafeguardsFailed" -> rootCause.whySafeguardsFailed(v);
        case "detection.method" -> detection.method(dev.postmortem.DetectionMethod.valueOf(v));
        case "detection.detail" -> detection.detail(v);
        case "detection.detectedBy" -> detection.detectedBy(v);
        case "detection.whyNotSooner" -> detection.whyNotSooner(v);
        case "resolution.healthChecks" -> resolution.healthChecks(v);
        case "resolution.dataConsistency" -> resolution.dataConsistency(v);
        case "resolution.performance" -> resolution.performance(v);
        case "resolution.userExperience" -> resolution.userExperience(v);
        default -> { } // markers of typed fields already set
      }
    }
    block(tldr).ifPresent(summary::tldr);
    block(primaryCause).ifPresent(rootCause::primaryCause);
    block(technicalDetails).ifPresent(rootCause::technicalDetails);
    block(takeaway).ifPresent(lessons::takeaway);
    attributes.forEach(b::putAttribute);
    if (zoneSet) {
      b.zone(zone);
    }
    try {
      b.summary(summary.build()).impact(impact.build()).rootCause(rootCause.build())
          .detection(detection.build()).resolution(resolution.build()).lessons(lessons.build());
      customs.forEach(b::addCustomSection);
      return b.build();
    } catch (InvalidPostmortemException e) {
      Violation first = e.violations().get(0);
      String field = first.path().split("[.\\[]", 2)[0];
      int line = lines.getOrDefault(first.path().replaceAll("\\.[a-zA-Z]+$", ""), lines.getOrDefault(field, 1));
      throw new PostmortemParseException(Problem.INVALID, ParseLocation.at(line, 1),
          "a value the model accepts", first.path() + " \"" + first.message() + "\"", e);
    }
  }

  private static Optional<String> block(List<String> blocks) {
    List<String> present = blocks.stream().map(Lenient::trim).filter(s -> !s.isEmpty()).toList();
    return present.isEmpty() ? Optional.empty() : Optional.of(safeBlock(String.join("\n\n", present)));
  }
}
