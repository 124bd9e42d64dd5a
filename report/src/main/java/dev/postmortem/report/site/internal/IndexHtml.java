package dev.postmortem.report.site.internal;

import static dev.postmortem.markdown.internal.SafeHtml.escape;

import dev.postmortem.Postmortem;
import dev.postmortem.lint.Finding;
import dev.postmortem.markdown.internal.SafeHtml;
import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.PostmortemReport.ActionCounts;
import dev.postmortem.report.PostmortemReport.Measure;
import dev.postmortem.report.PostmortemReport.Percentiles;
import dev.postmortem.report.ReportEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site's {@code index.html}: the headline figures, every postmortem newest first with a link
 * to its page, the three charts, and the tables of the report. Text goes through the Markdown
 * module's safe HTML: titles are rendered as the inline Markdown they are, everything else escaped.
 */
public final class IndexHtml {
  private IndexHtml() {}

  /** Returns the page for {@code report}, whose entries are in the order to list them. */
  public static String write(PostmortemReport report) {
    StringBuilder h = new StringBuilder();
    Map<String, String> colours = Charts.severityColours(report);
    int open = 0;
    int overdue = 0;
    for (ActionCounts c : report.actionsByOwner().values()) {
      open += c.open();
      overdue += c.overdue();
    }
    h.append("<header>\n<h1>Postmortem report</h1>\n<p class=\"lede\">")
        .append(Plural.of(report.entries().size(), "postmortem")).append(span(report))
        .append(", as of ").append(report.today()).append(". The Markdown of this page is in ")
        .append("<a href=\"index.md\">index.md</a>.</p>\n</header>\n");
    h.append("<section class=\"tiles\">\n");
    tile(h, Integer.toString(report.entries().size()), report.entries().size() == 1 ? "postmortem" : "postmortems", false);
    tile(h, medianResolve(report), "median time to resolve", false);
    tile(h, Integer.toString(open), open == 1 ? "action item open" : "action items open", false);
    tile(h, Integer.toString(overdue), overdue == 1 ? "action item overdue" : "action items overdue", overdue > 0);
    h.append("</section>\n");

    h.append("<h2 id=\"postmortems\">Postmortems</h2>\n<table>\n<thead><tr><th>Date</th><th>Postmortem</th>")
        .append("<th>Severity</th><th class=\"num\">Time to resolve</th><th class=\"num\">Action items</th>")
        .append("<th class=\"num\">Lint findings</th></tr></thead>\n<tbody>\n");
    for (ReportEntry entry : report.entries()) {
      Postmortem p = entry.postmortem();
      String severity = PostmortemReport.severity(p);
      h.append("<tr><td class=\"nowrap\">").append(SitePaths.day(p).map(LocalDate::toString).orElse("<span class=\"muted\">undated</span>"))
          .append("</td><td><a href=\"").append(escape(SitePaths.pageFromIndex(entry.name()))).append("\">")
          .append(SafeHtml.inline(p.title())).append("</a></td><td><span class=\"badge\" style=\"background:")
          .append(colours.get(severity)).append("\">").append(escape(severity)).append("</span></td><td class=\"num\">")
          .append(p.milestones().timeToResolve().map(Durations::format).orElse("—")).append("</td><td class=\"num\">")
          .append(p.actionItems().size()).append("</td><td class=\"num\">").append(entry.findings().size())
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");

    h.append("<h2 id=\"time-to-resolve\">Time to resolve</h2>\n").append(Charts.timeToResolve(report));
    h.append("<h2 id=\"by-month\">Incidents by severity per month</h2>\n").append(Charts.severityByMonth(report));
    h.append("<h2 id=\"actions\">Open and overdue action items</h2>\n").append(Charts.actionsByOwner(report));

    h.append("<h2 id=\"times\">Time to detect, mitigate and resolve</h2>\n")
        .append("<p>Median and 90th percentile (nearest rank), from the start of each incident.</p>\n")
        .append("<table>\n<thead><tr><th>Severity</th><th>Measure</th><th class=\"num\">Incidents</th>")
        .append("<th class=\"num\">Median</th><th class=\"num\">90th percentile</th></tr></thead>\n<tbody>\n");
    for (String severity : report.bySeverity().keySet()) {
      for (Measure measure : Measure.values()) {
        Percentiles p = report.times(measure).get(severity);
        if (p != null) {
          h.append("<tr><td>").append(escape(severity)).append("</td><td>")
              .append(measure.name().toLowerCase(Locale.ROOT)).append("</td><td class=\"num\">").append(p.count())
              .append("</td><td class=\"num\">").append(Durations.format(p.median())).append("</td><td class=\"num\">")
              .append(Durations.format(p.p90())).append("</td></tr>\n");
        }
      }
    }
    h.append("</tbody>\n</table>\n");

    h.append("<h2 id=\"owners\">Action items by owner</h2>\n");
    if (report.actionsByOwner().isEmpty()) {
      h.append("<p class=\"muted\">No action items.</p>\n");
    } else {
      h.append("<table>\n<thead><tr><th>Owner</th><th class=\"num\">Open</th><th class=\"num\">Overdue</th>")
          .append("<th class=\"num\">Done</th></tr></thead>\n<tbody>\n");
      for (Map.Entry<String, ActionCounts> owner : report.actionsByOwner().entrySet()) {
        ActionCounts c = owner.getValue();
        h.append("<tr><td>").append(escape(owner.getKey())).append("</td><td class=\"num\">").append(c.open())
            .append("</td><td class=\"num\">").append(c.overdue()).append("</td><td class=\"num\">").append(c.done())
            .append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    recurring(h, "Recurring tags", "tags", report.recurringTags());
    recurring(h, "Recurring services", "services", report.recurringServices());

    h.append("<h2 id=\"findings\">Lint findings</h2>\n");
    boolean any = false;
    for (ReportEntry entry : report.entries()) {
      if (entry.findings().isEmpty()) {
        continue;
      }
      any = true;
      h.append("<h3><a href=\"").append(escape(SitePaths.pageFromIndex(entry.name()))).append("\">")
          .append(escape(entry.name())).append("</a></h3>\n<ul>\n");
      for (Finding f : entry.findings()) {
        h.append("<li>").append(PostmortemPage.Findings.html(f)).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    if (!any) {
      h.append("<p class=\"muted\">None.</p>\n");
    }
    return SafeHtml.page("Postmortem report", SiteStyle.CSS, h.toString());
  }

  private static void tile(StringBuilder h, String figure, String label, boolean alert) {
    h.append("<div class=\"tile").append(alert ? " alert" : "").append("\"><b>").append(escape(figure))
        .append("</b> <span>").append(escape(label)).append("</span></div>\n");
  }

  /** The median time to resolve over every postmortem that has one. */
  private static String medianResolve(PostmortemReport report) {
    List<java.time.Duration> durations = report.entries().stream()
        .map(e -> e.postmortem().milestones().timeToResolve()).flatMap(Optional::stream).sorted().toList();
    if (durations.isEmpty()) {
      return "—";
    }
    return Durations.format(durations.get((int) Math.ceil(durations.size() / 2.0) - 1));
  }

  /** ", from 2015-10-21 to 2026-03-14" over the dated postmortems, or nothing. */
  private static String span(PostmortemReport report) {
    List<LocalDate> days = report.entries().stream().map(e -> SitePaths.day(e.postmortem()))
        .flatMap(Optional::stream).sorted().toList();
    if (days.isEmpty()) {
      return "";
    }
    String span = days.size() == 1 ? " on " + days.get(0) : " from " + days.get(0) + " to " + days.get(days.size() - 1);
    int undated = report.entries().size() - days.size();
    return span + (undated > 0 ? " (" + undated + " undated)" : "");
  }

  private static void recurring(StringBuilder h, String title, String what, Map<String, Integer> counts) {
    h.append("<h2>").append(title).append("</h2>\n");
    if (counts.isEmpty()) {
      h.append("<p class=\"muted\">No ").append(what).append(" in two postmortems or more.</p>\n");
      return;
    }
    h.append("<table>\n<thead><tr><th>Name</th><th class=\"num\">Postmortems</th></tr></thead>\n<tbody>\n");
    counts.forEach((name, n) -> h.append("<tr><td>").append(escape(name)).append("</td><td class=\"num\">").append(n)
        .append("</td></tr>\n"));
    h.append("</tbody>\n</table>\n");
  }
}
