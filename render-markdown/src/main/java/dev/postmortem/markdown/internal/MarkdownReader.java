package dev.postmortem.markdown.internal;

import dev.postmortem.CustomSection;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Postmortem;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a postmortem from Markdown in either layout. commonmark-java finds the blocks and their
 * source spans; the values are then taken from the source itself (not from commonmark's
 * rendering of it), because inline text is CommonMark source and must come back unchanged.
 * Sections are found by their headings (either layout's, any case) and read by their
 * {@link SectionHandler}; a section the reader does not know becomes a custom section.
 */
final class MarkdownReader {
  /**
   * Blocks with their source spans, and no inline parsing at all: every value is read from the
   * source, so the inline tree (a third of the parse time on a 1 000-event timeline, measured with
   * JMH's stack profiler) would be built only to be thrown away; for the same reason tables are
   * {@link TableLines}, without the table extension's rows and cells.
   */
  static final Parser PARSER = Parser.builder()
      .customBlockParserFactory(new TableLines.Factory())
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .inlineParserFactory(context -> (lines, node) -> { })
      .build();

  private final SourceText src;
  private final SectionInput in;

  private MarkdownReader(String text) {
    this.src = new SourceText(text);
    this.in = new SectionInput(src);
  }

  /**
   * What the strict reader gives besides the postmortem.
   *
   * @param postmortem the postmortem read
   * @param fieldLines the 1-based line each top-level field was first read from
   */
  record Reading(Postmortem postmortem, Map<String, Integer> fieldLines) {}

  /** Reads one postmortem within {@code limits}, after {@link MarkdownSource} has prepared it. */
  static Postmortem read(String text, ParseLimits limits) {
    return readPrepared(MarkdownSource.of(text, limits), limits).postmortem();
  }

  /** Reads {@code source}, which {@link MarkdownSource#of} has prepared already. */
  static Reading readPrepared(String source, ParseLimits limits) {
    MarkdownReader reader = new MarkdownReader(source);
    Postmortem p = reader.read(limits);
    return new Reading(p, reader.in.fieldLines());
  }

  /** Parses {@code text} into blocks and checks them against {@code limits}. */
  static Node parseBlocks(String text, ParseLimits limits) {
    Node document = PARSER.parse(text);
    MarkdownLimits.checkTree(document, text, limits);
    return document;
  }

  private Postmortem read(ParseLimits limits) {
    Node document = parseBlocks(src.text(), limits);
    List<Node> top = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      top.add(node);
    }
    if (top.isEmpty() || !(top.get(0) instanceof Heading title) || title.getLevel() != 1) {
      int line = top.isEmpty() ? 0 : SourceText.firstLine(top.get(0));
      throw SourceText.fail(line, 0, "a level-1 heading with the title",
          top.isEmpty() ? "an empty document" : SectionInput.describe(top.get(0)));
    }
    in.builder().title(Escapes.unescapeHeadingEnd(in.headingSource(title)));
    in.fieldLine("title", SourceText.firstLine(title));

    int index = 1;
    List<Node> preamble = new ArrayList<>();
    while (index < top.size() && !SectionInput.isHeading(top.get(index), 2)) {
      preamble.add(top.get(index++));
    }
    // The detailed layout rules off each section, the first one from the metadata: the rule
    // before a heading belongs to no section, not even to block text that ends with a rule.
    boolean ruled = !preamble.isEmpty() && preamble.get(preamble.size() - 1) instanceof ThematicBreak;
    List<SectionText> sections = new ArrayList<>();
    while (index < top.size()) {
      Heading heading = (Heading) top.get(index++);
      List<Node> nodes = new ArrayList<>();
      while (index < top.size() && !SectionInput.isHeading(top.get(index), 2)) {
        nodes.add(top.get(index++));
      }
      int end = index < top.size() ? SourceText.firstLine(top.get(index)) : src.lineCount();
      if (ruled && index < top.size() && !nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof ThematicBreak rule) {
        nodes.remove(nodes.size() - 1);
        end = SourceText.firstLine(rule);
      }
      sections.add(section(heading, nodes, end));
    }
    MetadataBlock.read(in, preamble);
    // The timeline's sentence names the zone that the metadata's times are read in.
    for (SectionText section : sections) {
      if (Section.named(section.rawHeading()).equals(Optional.of(Section.TIMELINE))
          && !section.direct().nodes().isEmpty()
          && section.direct().nodes().get(0) instanceof Paragraph paragraph) {
        MetadataBlock.zoneSentence(in, paragraph);
      }
    }
    in.readZoned();
    for (SectionText section : sections) {
      Optional<Section> known = Section.named(section.rawHeading());
      if (known.isEmpty()) {
        custom(section);
      } else {
        in.fieldLine(known.get().field(), section.whole().headingLine());
        if (section.unknownSubsection().isPresent()) {
          Heading sub = section.unknownSubsection().get();
          throw SourceText.fail(SourceText.firstLine(sub), 0, "a subsection this section has",
              SourceText.quoted(in.headingSource(sub)));
        }
        SectionRegistry.handler(known.get()).read(in, section);
      }
    }
    Postmortem p;
    try {
      p = in.builder().build();
    } catch (InvalidPostmortemException e) {
      throw invalid(e);
    }
    in.checkBuilt(p);
    return p;
  }

  /** Cuts a level-2 section at its level-3 headings. */
  private SectionText section(Heading heading, List<Node> nodes, int end) {
    int headingLine = SourceText.firstLine(heading);
    SectionPart whole = new SectionPart(headingLine, headingLine + 1, end, nodes);
    List<Node> direct = new ArrayList<>();
    Map<Subsection, SectionPart> subsections = new EnumMap<>(Subsection.class);
    int i = 0;
    while (i < nodes.size() && !SectionInput.isHeading(nodes.get(i), 3)) {
      direct.add(nodes.get(i++));
    }
    int directEnd = i < nodes.size() ? SourceText.firstLine(nodes.get(i)) : end;
    Heading unknown = null;
    while (i < nodes.size()) {
      Heading sub = (Heading) nodes.get(i++);
      List<Node> subNodes = new ArrayList<>();
      while (i < nodes.size() && !SectionInput.isHeading(nodes.get(i), 3)) {
        subNodes.add(nodes.get(i++));
      }
      int subEnd = i < nodes.size() ? SourceText.firstLine(nodes.get(i)) : end;
      Optional<Subsection> subsection = Subsection.named(in.headingSource(sub));
      int subLine = SourceText.firstLine(sub);
      if (subsection.isEmpty()) {
        unknown = unknown == null ? sub : unknown;
      } else {
        subsections.put(subsection.get(), new SectionPart(subLine, subLine + 1, subEnd, subNodes));
      }
    }
    return new SectionText(in.headingSource(heading), whole,
        new SectionPart(headingLine, headingLine + 1, directEnd, direct), subsections,
        Optional.ofNullable(unknown));
  }

  private void custom(SectionText s) {
    String heading = Escapes.unescapeCustomHeading(Escapes.unescapeHeadingEnd(s.rawHeading()));
    String body = BlockText.uncontain(src.lines(s.whole().bodyStart(), s.whole().bodyEnd()));
    in.builder().addCustomSection(SectionInput.built(() -> CustomSection.of(heading, body), s.whole().headingLine()));
  }

  /** The exception for the postmortem's violations, each at the line its field was read from. */
  private PostmortemParseException invalid(InvalidPostmortemException e) {
    return PostmortemParseException.invalid(e, path -> {
      String field = path.split("[.\\[]", 2)[0];
      return ParseLocation.at(in.lineOf(field), 1);
    });
  }
}
