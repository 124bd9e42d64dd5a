package dev.postmortem.markdown.internal;

import dev.postmortem.CustomSection;
import dev.postmortem.Postmortem;
import dev.postmortem.internal.Lengths;
import dev.postmortem.markdown.Layout;

/**
 * Writes one postmortem in one layout: the title, the metadata, then every section of the
 * layout's order that holds something, each by its {@link SectionHandler}, then the custom
 * sections. The content of a section is the same in both layouts wherever the layout's style
 * does not name a form of its own, so that one reader reads both. Block text goes directly under
 * its heading, with nothing else before the next heading, so that it reads back line for line.
 */
final class MarkdownWriter {
  private MarkdownWriter() {}

  /** Returns {@code p} written in {@code layout}, ending with a line feed. */
  static String render(Postmortem p, Layout layout) {
    return write(p, layout, new StringBuilder()).toString();
  }

  /** Appends {@code p} written in {@code layout}, ending with a line feed, to {@code target}. */
  static StringBuilder write(Postmortem p, Layout layout, StringBuilder target) {
    LayoutStyle style = LayoutStyle.of(layout);
    Blocks blocks = new Blocks(target, estimatedLength(p));
    SectionOutput out = new SectionOutput(p, style, blocks);
    blocks.heading(1, p.title());
    MetadataBlock.write(out);
    for (SectionHandler handler : SectionRegistry.handlers(style)) {
      handler.write(out);
    }
    for (CustomSection custom : p.customSections()) {
      // A custom heading the importer would read as a section ("Root cause of the outage") is
      // escaped like one the strict reader knows, so that our own output reads back exactly.
      boolean known = Section.named(custom.heading()).isPresent() || SectionHome.of(custom.heading()).isPresent();
      out.separator();
      blocks.rawHeading(2, Escapes.headingEnd(Escapes.customHeading(custom.heading(), known)));
      if (!custom.body().isEmpty()) {
        blocks.blockText(custom.body());
      }
    }
    return blocks.end();
  }

  /**
   * The room a document too short to be worth measuring ({@link Lengths#isLong}) is given, in
   * characters: a generated 10-event document takes about 6 000, and growing to it from
   * {@code StringBuilder}'s 16 copied it nine times (an eighth of its render in a flight
   * recording).
   */
  private static final int SHORT_DOCUMENT = 8192;

  /**
   * About how many characters {@code p} takes: its timeline and action items, which make the
   * length of a long document, with the table around their text, plus its custom sections and a
   * tenth; {@value #SHORT_DOCUMENT} for a short document.
   */
  private static int estimatedLength(Postmortem p) {
    if (!Lengths.isLong(p)) {
      return SHORT_DOCUMENT;
    }
    long length = 4096 + Lengths.timeline(p, 48) + Lengths.actionItems(p, 96);
    for (CustomSection custom : p.customSections()) {
      length += 16 + custom.heading().length() + custom.body().length();
    }
    return (int) Math.min(length + length / 10, Integer.MAX_VALUE - 16);
  }
}
