package dev.postmortem.markdown.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.markdown.Layout;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a postmortem's Markdown as HTML that is safe to show: raw HTML in the text is escaped
 * (so it shows as text, never as markup) and link and image URLs with unsafe schemes
 * (anything but {@code http}, {@code https} and {@code mailto}: {@code javascript:}, {@code data:}, …) are dropped, both
 * by commonmark-java's renderer. The report site's module ({@code dev.postmortem.report.site})
 * builds its pages with the same renderer, escaping and stylesheet, so that no HTML is escaped
 * twice in two ways.
 */
public final class SafeHtml {
  /**
   * The stylesheet of every page: readable type, tables with borders, colours from the reader's
   * light or dark preference, and black on white without navigation when printed. No fonts,
   * images or imports: a page never fetches anything.
   */
  public static final String STYLESHEET = String.join("\n",
      ":root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#ffffff;--card:#f6f8fa;"
          + "--border:#d1d9e0;--link:#0969da}",
      "@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;"
          + "--card:#161b22;--border:#3d444d;--link:#58a6ff}}",
      "*{box-sizing:border-box}",
      "html{background:var(--bg)}",
      "body{margin:0 auto;max-width:62rem;padding:2rem 1.25rem 4rem;color:var(--fg);background:var(--bg);"
          + "font:16px/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif}",
      "h1{font-size:1.9rem;line-height:1.25;margin:.2rem 0 1rem}",
      "h2{font-size:1.35rem;line-height:1.3;margin:2.2rem 0 .8rem;padding-bottom:.3rem;"
          + "border-bottom:1px solid var(--border)}",
      "h3{font-size:1.1rem;margin:1.6rem 0 .6rem}",
      "h4{font-size:1rem;margin:1.2rem 0 .5rem}",
      "a{color:var(--link);text-underline-offset:.15em}",
      "p,ul,ol,table,pre,blockquote{margin:0 0 1rem}",
      "ul,ol{padding-left:1.6rem}",
      "li{margin:.2rem 0}",
      "table{border-collapse:collapse;display:block;max-width:100%;overflow-x:auto}",
      "th,td{border:1px solid var(--border);padding:.35rem .7rem;text-align:left;vertical-align:top}",
      "th{background:var(--card);font-weight:600}",
      "td:first-child strong{font-weight:600;white-space:nowrap}",
      "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;"
          + "background:var(--card);border:1px solid var(--border);border-radius:4px;padding:.05em .3em}",
      "pre{background:var(--card);border:1px solid var(--border);border-radius:6px;padding:.8rem;overflow-x:auto}",
      "pre code{border:0;padding:0;background:none}",
      "blockquote{padding:0 1rem;border-left:4px solid var(--border);color:var(--muted)}",
      "hr{border:0;border-top:1px solid var(--border);margin:2rem 0}",
      "@media print{:root{--fg:#000;--muted:#333;--bg:#fff;--card:#f2f2f2;--border:#999;--link:#000}"
          + "body{max-width:none;padding:0;font-size:11pt}a{text-decoration:none}nav{display:none}"
          + "h2,h3{break-after:avoid}table,tr,pre,figure,svg{break-inside:avoid}table{display:table}}");

  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .postProcessor(SafeHtml::tidyTables)
      .build();
  /** Inline text only: no block starts, so a title that begins with {@code #} or {@code 1.} stays a title. */
  private static final Parser INLINE_PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();
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
    String body = markdown(MarkdownWriter.render(postmortem, layout));
    if (fragment) {
      return body;
    }
    return page(plainText(postmortem.title()), "", body);
  }

  /** Returns Markdown block source as safe HTML. */
  public static String markdown(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  /**
   * Returns one line of inline Markdown (a title, a table cell) as safe HTML without a paragraph
   * around it; links inside it become their text, so that it can itself be a link's text.
   */
  public static String inline(String markdown) {
    Node document = INLINE_PARSER.parse(markdown);
    unlink(document);
    String html = RENDERER.render(document);
    if (html.startsWith("<p>") && html.endsWith("</p>\n")) {
      return html.substring(3, html.length() - 5);
    }
    return html.strip();
  }

  /** Returns what a reader sees of one line of inline Markdown, as plain text (not escaped). */
  public static String plainText(String markdown) {
    StringBuilder text = new StringBuilder();
    INLINE_PARSER.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Text node) {
        text.append(node.getLiteral());
      }

      @Override
      public void visit(Code node) {
        text.append(node.getLiteral());
      }

      @Override
      public void visit(HtmlInline node) {
        text.append(node.getLiteral()); // raw HTML in a title is text, as the page shows it
      }

      @Override
      public void visit(SoftLineBreak node) {
        text.append(' ');
      }
    });
    return text.toString().strip();
  }

  /**
   * Returns a standalone page: {@code lang}, a title, the stylesheet followed by {@code extraCss}
   * in one {@code <style>} element, and {@code body} (HTML) as the body's content.
   */
  public static String page(String title, String extraCss, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(title) + "</title>\n<style>\n" + STYLESHEET + "\n" + extraCss + (extraCss.isEmpty() ? "" : "\n")
        + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
  }

  /** Escapes text for an element's content or a double- or single-quoted attribute. */
  public static String escape(String text) {
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

  /**
   * A key/value table in Markdown needs a header row, and the templates leave it empty; in HTML an
   * empty header row is only a stripe of empty cells, so it goes. Repeated keys (one
   * {@code **Tag**} row per tag) become one row whose values are joined with commas.
   */
  private static Node tidyTables(Node document) {
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        if (block instanceof TableBlock table) {
          tidy(table);
        } else {
          visitChildren(block);
        }
      }
    });
    return document;
  }

  private static void tidy(TableBlock table) {
    if (table.getFirstChild() instanceof TableHead head && isEmpty(head)) {
      head.unlink();
    }
    if (!(table.getLastChild() instanceof TableBody body)) {
      return;
    }
    TableRow previous = null;
    String previousKey = null;
    Node row = body.getFirstChild();
    while (row != null) {
      Node next = row.getNext();
      String key = row instanceof TableRow r ? key(r) : null;
      if (key != null && key.equals(previousKey)) {
        mergeInto(previous, (TableRow) row);
      } else {
        previous = key == null ? null : (TableRow) row;
        previousKey = key;
      }
      row = next;
    }
  }

  private static boolean isEmpty(TableHead head) {
    for (Node row = head.getFirstChild(); row != null; row = row.getNext()) {
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        if (cell.getFirstChild() != null) {
          return false;
        }
      }
    }
    return true;
  }

  /** The label of a two-cell row whose first cell is one bold text, such as {@code **Tag**}. */
  private static String key(TableRow row) {
    Node first = row.getFirstChild();
    if (!(first instanceof TableCell) || first.getNext() == null || first.getNext().getNext() != null) {
      return null;
    }
    Node strong = first.getFirstChild();
    if (strong instanceof StrongEmphasis && strong.getNext() == null
        && strong.getFirstChild() instanceof Text text && text.getNext() == null) {
      return text.getLiteral();
    }
    return null;
  }

  private static void mergeInto(TableRow kept, TableRow merged) {
    Text label = (Text) kept.getFirstChild().getFirstChild().getFirstChild();
    String literal = label.getLiteral();
    if (!literal.endsWith("s") && !literal.endsWith(")")) {
      label.setLiteral(literal + "s");
    }
    Node into = kept.getLastChild();
    into.appendChild(new Text(", "));
    Node value = merged.getLastChild().getFirstChild();
    while (value != null) {
      Node next = value.getNext();
      into.appendChild(value);
      value = next;
    }
    merged.unlink();
  }

  /** Replaces every link by its content. */
  private static void unlink(Node document) {
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        visitChildren(link);
        Node child = link.getFirstChild();
        while (child != null) {
          Node next = child.getNext();
          link.insertBefore(child);
          child = next;
        }
        link.unlink();
      }

      @Override
      public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
      }
    });
  }
}
