package dev.postmortem.markdown.internal;

import dev.postmortem.CustomSection;
import dev.postmortem.Postmortem;
import dev.postmortem.markdown.Layout;
import java.util.List;
import java.util.function.ToIntFunction;

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
   * How many timeline events or action items {@link #estimatedLength} measures at most, and how
   * many a document must have for it to estimate at all.
   */
  private static final int SAMPLES = 256;

  /**
   * About how many characters {@code p} takes: its timeline and action items, which make the
   * length of a long document, with their cells' text and the table around it, plus a tenth; 0
   * for a document with fewer than {@value #SAMPLES} of them, which grows as it is written. A
   * long list is measured on at most {@value #SAMPLES} of its entries spread over it: measuring
   * every one touched every string of the document an extra time (a tenth of a 10 000-event
   * render). An estimate short of the truth costs one more copy, never a wrong document.
   */
  private static int estimatedLength(Postmortem p) {
    if (p.timeline().size() + p.actionItems().size() < SAMPLES) {
      return 0; // short enough to grow as it goes (Blocks sizes only long documents)
    }
    long length = 4096 + sampled(p.timeline(), e -> 48 + e.description().length()
        + e.actionTaken().map(String::length).orElse(0) + e.actor().map(String::length).orElse(0)
        + e.dataLink().map(String::length).orElse(0));
    length += sampled(p.actionItems(), a -> 96 + a.description().length() + a.owner().map(String::length).orElse(0)
        + a.ticket().map(String::length).orElse(0) + a.notes().map(String::length).orElse(0));
    for (CustomSection custom : p.customSections()) {
      length += 16 + custom.heading().length() + custom.body().length();
    }
    return (int) Math.min(length + length / 10, Integer.MAX_VALUE - 16);
  }

  /** The summed length of {@code values}, measured on at most {@value #SAMPLES} of them. */
  private static <T> long sampled(List<T> values, ToIntFunction<T> length) {
    int n = values.size();
    int step = Math.max(1, (n + SAMPLES - 1) / SAMPLES);
    long measured = 0;
    int count = 0;
    for (int i = 0; i < n; i += step) {
      measured += length.applyAsInt(values.get(i));
      count++;
    }
    return count == 0 ? 0 : measured * n / count;
  }
}
