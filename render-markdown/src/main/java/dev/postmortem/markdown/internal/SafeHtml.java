package dev.postmortem.markdown.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.markdown.Layout;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a postmortem's Markdown as HTML that is safe to show: raw HTML in the text is escaped
 * (so it shows as text, never as markup) and link and image URLs with unsafe schemes
 * (anything but {@code http}, {@code https} and {@code mailto}: {@code javascript:}, {@code data:}, …) are dropped, both
 * by commonmark-java's renderer.
 */
public final class SafeHtml {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .extensions(List.of(TablesExtension.create()))
      .escapeHtml(true)
      .sanitizeUrls(true)
      // Only these schemes, and relative URLs; the default list would also let data: links through.
      .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
      .build();

  private final Layout layout;
  private final boolean fragment;

  /** Creates the renderer for one layout, as a page or a fragment. */
  public SafeHtml(Layout layout, boolean fragment) {
    this.layout = layout;
    this.fragment = fragment;
  }

  /** Returns the HTML of {@code postmortem}. */
  public String render(Postmortem postmortem) {
    String body = RENDERER.render(PARSER.parse(MarkdownWriter.render(postmortem, layout)));
    if (fragment) {
      return body;
    }
    return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + escape(postmortem.title()) + "</title>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
