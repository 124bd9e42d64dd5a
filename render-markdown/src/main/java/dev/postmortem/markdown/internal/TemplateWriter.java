package dev.postmortem.markdown.internal;

import dev.postmortem.markdown.Layout;
import java.util.EnumMap;
import java.util.Map;

/**
 * The blank fill-in template of each layout: the template teams already use, heading for heading
 * and label for label, with every placeholder in brackets so that the importer and the linter
 * know it for one. Each section's part is its handler's ({@link SectionHandler#blank}), put in the
 * layout's order, the one the writer follows; a test holds the result to the templates' structure
 * and imports each without a section left over.
 */
final class TemplateWriter {
  private static final Map<Layout, String> BLANKS = new EnumMap<>(Layout.class);

  static {
    for (Layout layout : Layout.values()) {
      BLANKS.put(layout, assemble(LayoutStyle.of(layout)));
    }
  }

  private TemplateWriter() {}

  /** Returns the blank template of {@code layout}. */
  static String blank(Layout layout) {
    return BLANKS.get(layout);
  }

  private static String assemble(LayoutStyle style) {
    Blocks out = new Blocks();
    out.paragraph(MetadataBlock.blank(style));
    for (Section section : style.order()) {
      SectionRegistry.handler(section).blank(style).ifPresent(body -> {
        SectionOutput.heading(out, style, section);
        out.paragraph(body);
      });
    }
    return out.text();
  }
}
