package dev.postmortem.report.site.internal;

import static dev.postmortem.markdown.internal.SafeHtml.escape;

import dev.postmortem.lint.Finding;
import dev.postmortem.markdown.HtmlFormat;
import dev.postmortem.markdown.Layout;
import dev.postmortem.markdown.internal.SafeHtml;
import dev.postmortem.report.ReportEntry;
import java.util.Locale;

/**
 * The page of one postmortem: a bar back to the index and to the Markdown source, the postmortem
 * as the {@code html} format renders it in a layout, and what its import or lint noticed.
 */
public final class PostmortemPage {
  private PostmortemPage() {}

  /** Returns the page of {@code entry}, showing it in {@code layout}. */
  public static String write(ReportEntry entry, Layout layout) {
    StringBuilder h = new StringBuilder();
    h.append("<nav class=\"crumbs\"><a href=\"").append(escape(SitePaths.indexFromPage("index.html")))
        .append("\">← All postmortems</a><a href=\"").append(escape(SitePaths.sourceFromPage(entry.name())))
        .append("\">Markdown source</a></nav>\n<main>\n")
        .append(HtmlFormat.builder().layout(layout).fragment(true).build().renderer().render(entry.postmortem()))
        .append("</main>\n");
    if (!entry.findings().isEmpty()) {
      h.append("<aside class=\"findings\">\n<h2>").append(Plural.of(entry.findings().size(), "lint finding"))
          .append("</h2>\n<ul>\n");
      for (Finding f : entry.findings()) {
        h.append("<li>").append(Findings.html(f)).append("</li>\n");
      }
      h.append("</ul>\n</aside>\n");
    }
    return SafeHtml.page(SafeHtml.plainText(entry.postmortem().title()), SiteStyle.CSS, h.toString());
  }

  /** One finding, of the import or the linter, as a line of HTML. */
  static final class Findings {
    private Findings() {}

    static String html(Finding f) {
      return "<span class=\"sev sev-" + f.severity().name().toLowerCase(Locale.ROOT) + "\">"
          + f.severity().name().toLowerCase(Locale.ROOT) + "</span> <code>" + escape(f.ruleId()) + "</code>"
          + f.line().map(line -> " line " + line).orElse("") + ": " + escape(f.message());
    }
  }
}
