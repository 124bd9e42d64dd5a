package dev.postmortem.markdown.internal;

import dev.postmortem.markdown.Layout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The blank fill-in template of each layout: the template teams already use, heading for heading
 * and label for label, with every placeholder in brackets so that the importer and the linter
 * know it for one. The text is data, {@code blank-compact.md} and {@code blank-detailed.md}
 * beside this class; a test holds them to the templates' structure and imports each without a
 * section left over.
 */
final class TemplateWriter {
  private static final Map<Layout, String> BLANKS = new EnumMap<>(Layout.class);

  static {
    BLANKS.put(Layout.COMPACT, load("blank-compact.md"));
    BLANKS.put(Layout.DETAILED, load("blank-detailed.md"));
  }

  private TemplateWriter() {}

  static String blank(Layout layout) {
    return BLANKS.get(layout);
  }

  private static String load(String name) {
    try (InputStream in = TemplateWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + TemplateWriter.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
