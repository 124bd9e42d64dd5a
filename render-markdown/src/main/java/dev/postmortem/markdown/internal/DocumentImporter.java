package dev.postmortem.markdown.internal;

import dev.postmortem.Horizon;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Postmortem;
import dev.postmortem.Violation;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.lint.ImportFinding;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.Placeholders;
import dev.postmortem.markdown.ImportedSection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads a postmortem written by hand: cuts the document into parts by its headings (and by bold
 * lines that name a section, such as {@code **Root Causes:**}), gives each part its model home
 * from the heading table ({@link SectionHome}), and hands it to the reader of that home. What no
 * reader takes becomes a custom section under its heading, in order, so no text is lost; which
 * part went where is reported as {@link ImportedSection}s.
 */
final class DocumentImporter {
  /** Reads one part of the document into the model. */
  private interface SectionReader {
    void read(SourcePart part);
  }

  private static final Pattern BOLD_HEADING = Pattern.compile(
      "[ ]{0,3}(?:\\*\\*|__)(?<label>[^*_\\n]{2,60}?)[ \\t]*:?(?:\\*\\*|__)[ \\t]*:?[ \\t]*");
  private static final Pattern ATX = Pattern.compile("[ ]{0,3}(#{1,6})(?:[ \\t]|$)");

  private final ImportState state;
  private final SpanReader spans;
  private static final Pattern RUN_IN = Pattern.compile("\\*\\*([^*\\n]{1,60}?)[.:]\\*\\*[ \\t]+(\\S.*)", Pattern.DOTALL);
  private final MetadataImporter metadata;
  private final TimelineImporter timeline;
  private final ResolutionImporter resolution;
  private final Map<SectionHome, SectionReader> readers = new EnumMap<>(SectionHome.class);

  private DocumentImporter(String text, ImportOptions options) {
    state = new ImportState(text, options);
    spans = new SpanReader(state);
    metadata = new MetadataImporter(state, spans);
    timeline = new TimelineImporter(state);
    NarrativeImporter narrative = new NarrativeImporter(state, metadata);
    ImpactImporter impact = new ImpactImporter(state, spans);
    ActionItemImporter actions = new ActionItemImporter(state);
    state.announcedItems = actions::announcedItem;
    resolution = new ResolutionImporter(state, timeline);
    SupportingImporter supporting = new SupportingImporter(state, timeline);
    for (SectionHome home : SectionHome.values()) {
      SectionReader reader = switch (home) {
        case METADATA -> metadata::section;
        case RESPONDERS -> metadata::responders;
        case SUMMARY, WHAT_HAPPENED, ROOT_CAUSE, TRIGGER, TECHNICAL_DETAILS, CONTRIBUTING, FIVE_WHYS,
            WENT_WELL, WENT_POORLY, LUCKY, LESSONS, TECHNICAL_LESSONS, PROCESS_LESSONS, QUESTIONS -> narrative::read;
        case IMPACT, SERVICES -> impact::read;
        case TIMELINE -> timeline::read;
        case DETECTION, RESOLUTION, SYSTEM_STATE -> resolution::read;
        case ACTION_ITEMS, FOLLOW_UP_TRACKING -> actions::read;
        case PREVENTION, EVIDENCE, COMMUNICATIONS, APPENDIX, CONFIGURATION, FEATURE_FLAGS, ENVIRONMENT,
            CODE_CHANGES, SIMILAR_INCIDENTS, REVIEW, DISTRIBUTION -> supporting::read;
        case CUSTOM -> part -> state.eachNode(part, "customSections",
            (node, item) -> timeline.structuralTable(node) || actions.taskItem(node, item) || runIn(node));
      };
      readers.put(home, reader);
    }
  }

  /**
   * A paragraph that opens with a section's name in bold, run in: {@code **Root cause.** Label
   * creation calls …}, as a status page's postmortem writes its parts. It goes where that section
   * would; false when the bold words name no section.
   */
  private boolean runIn(Node node) {
    if (!(node instanceof Paragraph)) {
      return false;
    }
    Matcher m = RUN_IN.matcher(state.src.source(node));
    if (!m.matches()) {
      return false;
    }
    Optional<SectionHome> home = SectionHome.of(m.group(1)).filter(h -> h != SectionHome.CUSTOM);
    home.ifPresent(h -> metadata.sectionLine(h, m.group(1), m.group(2), SourceText.firstLine(node)));
    return home.isPresent();
  }

  /** What an import gives: the postmortem, the findings, each field's line and each section's home. */
  record Result(Postmortem postmortem, List<ImportFinding> findings, Map<String, Integer> lines,
      List<ImportedSection> sections) {}

  /** Reads {@code text}, whose line endings are already {@code \n}. */
  static Result read(String text, ParseLimits limits, ImportOptions options) {
    // Line for line the same text, so every line the import reports is the document's own.
    return new DocumentImporter(DocsExport.undo(text), options).read(limits);
  }

  private Result read(ParseLimits limits) {
    SourceText src = state.src;
    FrontMatter front = FrontMatter.read(src);
    String body = front == null ? src.text() : blankedFrontMatter(front.endLine());
    Node document = MarkdownReader.parseBlocks(boldHeadingsAsHeadings(body), limits);
    List<Node> top = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      top.add(node);
    }
    int index = title(front, top);
    List<Node> preamble = new ArrayList<>();
    while (index < top.size() && !isSectionStart(top.get(index))) {
      Node node = top.get(index++);
      // "_All times PDT._" under the title is the zone of every time below.
      Optional<java.time.ZoneId> zone = node instanceof Paragraph
          ? TimelineImporter.zoneNote(state.src.source(node)) : Optional.empty();
      if (zone.isPresent()) {
        state.zone(zone.get());
      } else {
        preamble.add(node);
      }
    }
    List<SourcePart> parts = outline(top.subList(index, top.size()));
    parts.forEach(part -> state.homes.add(part.home));

    for (SourcePart part : parts) {
      if (part.home == SectionHome.TIMELINE) {
        timeline.findZone(part);
      }
    }
    if (front != null) {
      metadata.frontMatter(front);
    }
    metadata.preamble(preamble);
    metadata.fromTitle(state.title, state.lines().getOrDefault("title", 1) - 1);
    metadata.fromProse(preamble, parts);
    for (SourcePart part : parts) {
      SourcePart read = (part.home == SectionHome.CUSTOM || part.home == SectionHome.WHAT_HAPPENED)
          && timeline.isAllEvents(part) ? part.as(SectionHome.TIMELINE) : part;
      int events = state.model.events.size();
      int items = state.model.actionItems.size();
      blockOf(read).filter(text -> SectionHome.of(part.heading).isEmpty())
          // "### The expired certificate" under Root Cause Analysis: a heading inside its text.
          .ifPresent(text -> text.add("#### " + part.heading));
      try {
        readers.get(read.home).read(read);
      } catch (InvalidPostmortemException e) {
        // A value the model refuses, in a shape no reader foresaw: the section is kept as
        // written rather than failing the import, and the refusal is reported at its line.
        Violation first = e.violations().get(0);
        read.leftovers.clear();
        part.leftovers.clear();
        part.nodes.forEach(node -> part.leftovers.add(state.raw(node)));
        state.finding(ImportRule.UNREADABLE_VALUE, read.home.path(), part.line, "the section \""
            + part.heading + "\" holds a value the model refuses (" + first.path() + " " + first.message()
            + "); kept as written in a custom section");
        read = part.as(SectionHome.CUSTOM);
      }
      part.leftovers.addAll(read == part ? List.of() : read.leftovers);
      part.leftovers.removeIf(String::isBlank);
      String home = read.home == SectionHome.CUSTOM ? structuralHome(events, items) : read.home.path();
      if (!part.leftovers.isEmpty() || part.home == SectionHome.CUSTOM && part.nodes.isEmpty()
          && !hasChild(parts, part)) {
        String custom = state.custom(part.heading, String.join("\n\n", part.leftovers), part.line);
        home = home == null ? custom : home + " + " + custom;
      }
      state.sections.add(new ImportedSection(part.heading, home == null ? "(sub-sections)" : home,
          part.line + 1, part.lastLine + 1));
    }
    resolution.methodFromTimeline();
    if (state.date.isEmpty()) {
      // A document that states its date nowhere else has it in its timeline, or else in its byline.
      state.model.events.stream().flatMap(e -> e.at().stream()).findFirst()
          .ifPresent(at -> state.date(at.atZone(state.zone).toLocalDate()));
      state.published.ifPresent(state::date);
    }
    spans.finish();
    state.attributes().forEach(state.model.postmortem::putAttribute);
    if (state.zoneSet) {
      state.model.postmortem.zone(state.zone);
    }
    return new Result(build(), state.findings(), state.lines(), List.copyOf(state.sections));
  }

  /** The block text a part of prose is gathered into, for the homes that have one. */
  private Optional<List<String>> blockOf(SourcePart part) {
    return Optional.ofNullable(switch (part.home) {
      case SUMMARY -> state.model.tldr;
      case ROOT_CAUSE -> state.model.primaryCause;
      case TECHNICAL_DETAILS -> state.model.technicalDetails;
      case LESSONS -> state.model.takeaway;
      default -> null;
    });
  }

  /** Where an unrecognised section's tables of times and checklists went, if anywhere. */
  private String structuralHome(int eventsBefore, int itemsBefore) {
    List<String> homes = new ArrayList<>();
    if (state.model.events.size() > eventsBefore) {
      homes.add(SectionHome.TIMELINE.path());
    }
    if (state.model.actionItems.size() > itemsBefore) {
      homes.add(SectionHome.ACTION_ITEMS.path());
    }
    return homes.isEmpty() ? null : String.join(" + ", homes);
  }

  /** Reads the title; returns the index of the first block after it. */
  private int title(FrontMatter front, List<Node> top) {
    Optional<FrontMatter.Entry> frontTitle = front == null ? Optional.empty() : front.entries().stream()
        .filter(e -> e.key().equalsIgnoreCase("title") && !e.values().isEmpty()
            && !HandWritten.oneLine(e.values().get(0)).isEmpty()).findFirst();
    int index = 0;
    int titleLine;
    String title;
    boolean heading = !top.isEmpty() && top.get(0) instanceof Heading h && !headingText(h).isEmpty()
        && (h.getLevel() == 1 || SectionHome.of(headingText(h)).isEmpty());
    if (frontTitle.isPresent()) {
      // The front matter's title wins: it is what site generators show. A different first
      // heading is kept as an attribute, so that no text is lost.
      title = HandWritten.oneLine(frontTitle.get().values().get(0));
      titleLine = frontTitle.get().line();
      if (!top.isEmpty() && top.get(0) instanceof Heading h && h.getLevel() == 1) {
        String h1 = headingText(h);
        if (!h1.equals(title)) {
          state.attribute("Heading", h1, SourceText.firstLine(h));
        }
        index = 1;
      }
    } else if (heading) {
      title = headingText((Heading) top.get(0));
      titleLine = SourceText.firstLine(top.get(0));
      index = 1;
    } else {
      int first = firstTextLine();
      if (first < 0) {
        throw new PostmortemParseException(Problem.UNEXPECTED, ParseLocation.at(1, 1),
            "a postmortem document", "a document without text", null);
      }
      title = HandWritten.oneLine(state.src.line(first).replaceFirst("^[#>*+\\-\\s]+", ""));
      titleLine = first;
      if (title.isEmpty()) {
        title = HandWritten.oneLine(state.src.line(first));
      }
    }
    state.title = title;
    state.model.postmortem.title(title);
    state.line("title", titleLine);
    if (Placeholders.isPlaceholder(title)) {
      state.finding(ImportRule.UNFILLED_PLACEHOLDER, "title", titleLine,
          "the title \"" + title + "\" is a template placeholder");
    }
    return index;
  }

  private boolean isSectionStart(Node node) {
    return node instanceof Heading h && (h.getLevel() <= 3 || SectionHome.of(headingText(h)).isPresent());
  }

  /**
   * Turns each line that is only a bold label naming a section ({@code **Root Causes:**}, with the
   * section's text on the lines below) into a heading one level below the heading above it, line
   * for line, so that the parser cuts the document there as a writer of such a line means it.
   */
  private static String boldHeadingsAsHeadings(String body) {
    String[] lines = body.split("\n", -1);
    int level = 1;
    String fence = null;
    for (int i = 0; i < lines.length; i++) {
      String t = HandWritten.trim(lines[i]);
      if (fence != null) {
        fence = t.startsWith(fence) ? null : fence;
        continue;
      }
      if (t.startsWith("```") || t.startsWith("~~~")) {
        fence = t.substring(0, 3);
        continue;
      }
      Matcher atx = ATX.matcher(lines[i]);
      if (atx.lookingAt()) {
        level = atx.group(1).length();
        continue;
      }
      Matcher bold = BOLD_HEADING.matcher(lines[i]);
      if (bold.matches() && SectionHome.of(bold.group("label")).isPresent()
          && (i == 0 || lines[i - 1].isBlank() || !HandWritten.trim(lines[i - 1]).startsWith("|"))) {
        lines[i] = "#".repeat(Math.min(level + 1, 6)) + " " + bold.group("label");
      }
    }
    return String.join("\n", lines);
  }

  /** Cuts the blocks after the preamble into parts, each under its heading. */
  private List<SourcePart> outline(List<Node> nodes) {
    List<SourcePart> parts = new ArrayList<>();
    List<SourcePart> stack = new ArrayList<>();
    for (Node node : nodes) {
      String text = null;
      int level = 0;
      if (node instanceof Heading h && (h.getLevel() <= 3 || SectionHome.of(headingText(h)).isPresent()
          || within(stack, SectionHome.TIMELINE) && isTimeHeading(headingText(h)))) {
        text = headingText(h);
        level = h.getLevel();
      }
      if (text == null) {
        if (parts.isEmpty()) {
          // Text before any heading that the preamble did not take cannot happen: it ends at one.
          throw new IllegalStateException("text before the first section");
        }
        SourcePart last = parts.get(parts.size() - 1);
        last.nodes.add(node);
        last.lastLine = Math.max(last.lastLine, SourceText.lastLine(node));
        continue;
      }
      while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= level) {
        stack.remove(stack.size() - 1);
      }
      SourcePart parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
      SectionHome home = home(text, parent);
      Optional<Horizon> horizon = parent != null && parent.within(SectionHome.ACTION_ITEMS)
          ? SectionHome.horizon(text).or(() -> parent.horizon) : Optional.empty();
      SourcePart part = new SourcePart(text, SourceText.firstLine(node), level, home, horizon, parent);
      parts.add(part);
      stack.add(part);
    }
    return parts;
  }

  /** The home of a heading: its own, else what its parent makes of an unknown sub-heading. */
  private SectionHome home(String heading, SourcePart parent) {
    Optional<SectionHome> own = SectionHome.of(heading);
    if (parent != null && parent.within(SectionHome.ACTION_ITEMS) && SectionHome.horizon(heading).isPresent()) {
      return SectionHome.ACTION_ITEMS;
    }
    if (own.isPresent()) {
      return own.get();
    }
    if (isTimeHeading(heading) && (parent == null || parent.within(SectionHome.TIMELINE))) {
      return SectionHome.TIMELINE;
    }
    if (parent == null) {
      return SectionHome.CUSTOM;
    }
    return switch (parent.home) {
      case ACTION_ITEMS, FOLLOW_UP_TRACKING, TIMELINE, PREVENTION, EVIDENCE, COMMUNICATIONS, REVIEW, IMPACT,
          SUMMARY, ROOT_CAUSE, TECHNICAL_DETAILS, LESSONS -> parent.home;
      default -> SectionHome.CUSTOM;
    };
  }

  /** A heading that is a day or a time: {@code 2023-07-19}, {@code May 12}, {@code 4:27}. */
  private boolean isTimeHeading(String heading) {
    String h = HandWritten.unwrap(heading).replaceAll("[ \\t]*\\([^)]*\\)$", "").replaceAll("[:.]$", "");
    return WrittenTime.date(h, Optional.of(java.time.LocalDate.of(2000, 1, 1)), false).isPresent()
        || h.matches("(?:" + WrittenTime.DATE + "[ \\t,T]+)?" + WrittenTime.TIME + "(?:[ \\t]*" + WrittenTime.ZONE + ")?.*");
  }

  private static boolean within(List<SourcePart> stack, SectionHome home) {
    return !stack.isEmpty() && stack.get(stack.size() - 1).within(home);
  }

  private static boolean hasChild(List<SourcePart> parts, SourcePart part) {
    int i = parts.indexOf(part);
    return i + 1 < parts.size() && parts.get(i + 1).parent == part;
  }

  private Postmortem build() {
    try {
      return state.model.build();
    } catch (InvalidPostmortemException e) {
      Map<String, Integer> lines = state.lines();
      throw PostmortemParseException.invalid(e, path -> {
        // The line of the value holding the field (timeline[3] for timeline[3].at), else the
        // line of its section.
        int line = lines.getOrDefault(path.replaceAll("\\.[a-zA-Z]+$", ""),
            lines.getOrDefault(path.split("[.\\[]", 2)[0], 1));
        return ParseLocation.at(line, 1);
      });
    }
  }

  private String headingText(Heading heading) {
    String line = state.src.line(SourceText.firstLine(heading));
    String text = HandWritten.trim(line);
    Matcher bold = BOLD_HEADING.matcher(line);
    if (text.startsWith("#")) {
      text = text.replaceFirst("^#+", "").replaceFirst("[ \\t]+#+[ \\t]*$", "");
    } else if (bold.matches()) {
      text = bold.group("label"); // a bold line read as a heading
    } else {
      text = state.src.source(heading).split("\n")[0];
    }
    return HandWritten.oneLine(HandWritten.unwrap(HandWritten.trim(text)));
  }

  private int firstTextLine() {
    for (int i = 0; i < state.src.lineCount(); i++) {
      if (!state.src.line(i).isBlank() && !HandWritten.trim(state.src.line(i)).matches("[-=*_#>+ ]*")) {
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
    char[] chars = state.src.text().toCharArray();
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
}
