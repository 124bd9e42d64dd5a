package dev.postmortem.markdown.internal;

import dev.postmortem.internal.Nulls;
import dev.postmortem.Postmortem;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.markdown.Layout;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** The Markdown renderer and parser for one layout. Immutable and thread-safe. */
public final class MarkdownCodec implements PostmortemRenderer, PostmortemParser {
  private final Layout layout;
  private final ParseLimits limits;

  /** Creates the codec for {@code layout}, parsing within {@code limits}. */
  public MarkdownCodec(Layout layout, ParseLimits limits) {
    this.layout = layout;
    this.limits = limits;
  }

  /**
   * Writes straight into a {@link StringBuilder} (which is what {@link #render(Postmortem)} gives
   * it), and into any other {@link Appendable} as one piece.
   */
  @Override
  public void render(Postmortem postmortem, Appendable out) throws IOException {
    Nulls.check(postmortem, "postmortem");
    Nulls.check(out, "out");
    if (out instanceof StringBuilder builder) {
      MarkdownWriter.write(postmortem, layout, builder);
    } else {
      out.append(MarkdownWriter.write(postmortem, layout, new StringBuilder()));
    }
  }

  @Override
  public Postmortem parse(Reader in) throws IOException {
    return MarkdownReader.read(MarkdownSource.read(Nulls.check(in, "in"), limits), limits);
  }

  @Override
  public Postmortem parse(InputStream in) throws IOException {
    return MarkdownReader.read(MarkdownSource.read(Nulls.check(in, "in"), limits), limits);
  }

  @Override
  public Postmortem parse(String text) {
    return MarkdownReader.read(Nulls.check(text, "text"), limits);
  }

  /** Returns the blank fill-in template of this layout. */
  public String blankTemplate() {
    return TemplateWriter.blank(layout);
  }

  @Override
  public String toString() {
    return "MarkdownCodec{layout=" + layout + ", limits=" + limits + "}";
  }
}
