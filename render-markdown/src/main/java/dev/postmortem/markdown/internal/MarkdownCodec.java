package dev.postmortem.markdown.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.markdown.Layout;
import java.io.IOException;
import java.io.Reader;

/** The Markdown renderer and parser for one layout. Immutable and thread-safe. */
public final class MarkdownCodec implements PostmortemRenderer, PostmortemParser {
  private final Layout layout;

  /** Creates the codec for {@code layout}. */
  public MarkdownCodec(Layout layout) {
    this.layout = layout;
  }

  @Override
  public void render(Postmortem postmortem, Appendable out) throws IOException {
    out.append(MarkdownWriter.render(postmortem, layout));
  }

  @Override
  public String render(Postmortem postmortem) {
    return MarkdownWriter.render(postmortem, layout);
  }

  @Override
  public Postmortem parse(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
    }
    return MarkdownReader.read(text.toString());
  }

  @Override
  public Postmortem parse(String text) {
    return MarkdownReader.read(text);
  }

  /** Returns the blank fill-in template of this layout. */
  public String blankTemplate() {
    return TemplateWriter.blank(layout);
  }

  @Override
  public String toString() {
    return "MarkdownCodec{layout=" + layout + "}";
  }
}
