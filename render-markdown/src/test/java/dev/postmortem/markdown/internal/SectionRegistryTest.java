package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.Postmortem;
import dev.postmortem.markdown.Layout;
import dev.postmortem.testing.PostmortemGenerator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The section handlers and the layouts' orders agree: one handler per section, each layout's
 * order a list of distinct sections, and the writer and the blank template both follow it.
 */
class SectionRegistryTest {

  @Test
  void everySectionHasExactlyOneHandler() {
    for (Section section : Section.values()) {
      long handlers = SectionRegistry.HANDLERS.stream().filter(h -> h.section() == section).count();
      assertEquals(1, handlers, section + " handlers");
      assertEquals(section, SectionRegistry.handler(section).section());
    }
    assertEquals(Section.values().length, SectionRegistry.HANDLERS.size());
  }

  @ParameterizedTest
  @EnumSource(LayoutStyle.class)
  void eachLayoutListsEachSectionItWritesOnce(LayoutStyle style) {
    assertEquals(style.order().size(), new HashSet<>(style.order()).size(), style.order().toString());
  }

  /** A section no layout writes would be read, and never written: a round trip could not hold it. */
  @Test
  void everySectionIsWrittenBySomeLayout() {
    Set<Section> written = EnumSet.noneOf(Section.class);
    for (LayoutStyle style : LayoutStyle.values()) {
      written.addAll(style.order());
    }
    assertEquals(EnumSet.allOf(Section.class), written);
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void theBlankTemplateFollowsTheLayoutsOrder(Layout layout) {
    LayoutStyle style = LayoutStyle.of(layout);
    List<Section> expected = style.order().stream()
        .filter(section -> SectionRegistry.handler(section).blank(style).isPresent()).toList();
    assertEquals(expected, sections(TemplateWriter.blank(layout)));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void theWriterFollowsTheLayoutsOrder(Layout layout) {
    LayoutStyle style = LayoutStyle.of(layout);
    Set<Section> seen = EnumSet.noneOf(Section.class);
    for (long seed = 0; seed < 50; seed++) {
      Postmortem p = PostmortemGenerator.create(seed).realistic();
      List<Section> written = sections(MarkdownWriter.render(p, layout));
      List<Section> inOrder = style.order().stream().filter(written::contains).toList();
      assertEquals(inOrder, written, "seed " + seed);
      seen.addAll(written);
    }
    // The generator fills every section some time, so the order above was checked for each.
    assertEquals(EnumSet.copyOf(style.order()), seen);
  }

  /** The importer reads a section under our own heading into the model where the writer took it. */
  @ParameterizedTest
  @EnumSource(LayoutStyle.class)
  void eachHandlersHomeIsWhereTheImporterPutsItsHeading(LayoutStyle style) {
    for (SectionHandler handler : SectionRegistry.HANDLERS) {
      String heading = style.heading(handler.section());
      assertEquals(handler.home(), SectionHome.of(heading), heading);
    }
  }

  /** The known sections a document's level-2 headings name, in the document's order. */
  private static List<Section> sections(String markdown) {
    SectionInput in = new SectionInput(new SourceText(markdown));
    List<Section> sections = new ArrayList<>();
    for (Node node = MarkdownReader.PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() == 2) {
        Section.named(in.headingSource(heading)).ifPresent(sections::add);
      }
    }
    return sections;
  }
}
