package dev.postmortem.report.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.PostmortemReport.ActionCounts;
import dev.postmortem.report.PostmortemReport.Measure;
import dev.postmortem.report.PostmortemReport.Percentiles;
import dev.postmortem.report.ReportEntry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a report as one HTML page that is also well-formed XML: inline CSS, two inline SVG charts
 * (incidents per month by severity, time to resolve over time), no script and no external asset.
 * Every text is escaped; titles are shown as their Markdown source.
 */
public final class ReportHtml {
  private static final String[] COLOURS = {"#b71c1c", "#e65100", "#f9a825", "#2e7d32", "#1565c0",
      "#6a1b9a", "#00838f", "#5d4037", "#9e9e9e"};
  private static final int WIDTH = 640;
  private static final int HEIGHT = 240;
  private static final int PAD = 40;

  private ReportHtml() {}

  /** Returns the page for {@code report}. */
  public static String write(PostmortemReport report) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<title>Postmortem report</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}\n")
        .append("svg{border:1px solid #eee;background:#fff}.legend span{margin-right:1em}\n")
        .append("</style>\n</head>\n<body>\n<h1>Postmortem report</h1>\n<p>")
        .append(report.entries().size()).append(" postmortems, as of ").append(report.today()).append(".</p>\n");
    h.append("<h2>Postmortems</h2>\n<table>\n<tr><th>Date</th><th>Postmortem</th><th>Severity</th><th>Time to resolve</th><th>Findings</th></tr>\n");
    for (ReportEntry entry : report.entries()) {
      Postmortem p = entry.postmortem();
      h.append("<tr><td>").append(p.date().map(Object::toString).orElse("")).append("</td><td><a href=\"")
          .append(escape(Links.relative(entry.name()))).append("\">").append(escape(p.title())).append("</a></td><td>")
          .append(escape(PostmortemReport.severity(p))).append("</td><td>")
          .append(p.milestones().timeToResolve().map(Durations::format).orElse("")).append("</td><td>")
          .append(entry.findings().size()).append("</td></tr>\n");
    }
    h.append("</table>\n<h2>Incidents per month</h2>\n");
    monthChart(h, report);
    h.append("<h2>Time to resolve over time</h2>\n");
    resolveChart(h, report);
    h.append("<h2>Time to detect, mitigate and resolve</h2>\n<p>Median and 90th percentile (nearest rank).</p>\n")
        .append("<table>\n<tr><th>Severity</th><th>Measure</th><th>Incidents</th><th>Median</th><th>90th percentile</th></tr>\n");
    for (String severity : report.bySeverity().keySet()) {
      for (Measure measure : Measure.values()) {
        Percentiles p = report.times(measure).get(severity);
        if (p != null) {
          h.append("<tr><td>").append(escape(severity)).append("</td><td>")
              .append(measure.name().toLowerCase(Locale.ROOT)).append("</td><td>").append(p.count())
              .append("</td><td>").append(Durations.format(p.median())).append("</td><td>")
              .append(Durations.format(p.p90())).append("</td></tr>\n");
        }
      }
    }
    h.append("</table>\n<h2>Action items by owner</h2>\n<table>\n<tr><th>Owner</th><th>Open</th><th>Overdue</th><th>Done</th></tr>\n");
    for (Map.Entry<String, ActionCounts> owner : report.actionsByOwner().entrySet()) {
      ActionCounts c = owner.getValue();
      h.append("<tr><td>").append(escape(owner.getKey())).append("</td><td>").append(c.open())
          .append("</td><td>").append(c.overdue()).append("</td><td>").append(c.done()).append("</td></tr>\n");
    }
    h.append("</table>\n");
    recurring(h, "Recurring tags", report.recurringTags());
    recurring(h, "Recurring services", report.recurringServices());
    h.append("<h2>Lint findings</h2>\n");
    for (ReportEntry entry : report.entries()) {
      if (entry.findings().isEmpty()) {
        continue;
      }
      h.append("<h3>").append(escape(entry.name())).append("</h3>\n<ul>\n");
      for (LintFinding f : entry.findings()) {
        h.append("<li>").append(f.severity().name().toLowerCase(Locale.ROOT)).append(" <code>")
            .append(escape(f.ruleId())).append("</code>").append(f.line() > 0 ? " line " + f.line() : "")
            .append(": ").append(escape(f.message())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    return h.append("</body>\n</html>\n").toString();
  }

  private static void recurring(StringBuilder h, String title, Map<String, Integer> counts) {
    h.append("<h2>").append(title).append("</h2>\n");
    if (counts.isEmpty()) {
      h.append("<p>None in two postmortems or more.</p>\n");
      return;
    }
    h.append("<table>\n<tr><th>Name</th><th>Postmortems</th></tr>\n");
    counts.forEach((name, n) -> h.append("<tr><td>").append(escape(name)).append("</td><td>").append(n).append("</td></tr>\n"));
    h.append("</table>\n");
  }

  /** A stacked bar per month, one colour per severity, with a legend. */
  private static void monthChart(StringBuilder h, PostmortemReport report) {
    List<String> severities = new ArrayList<>(report.bySeverity().keySet());
    List<YearMonth> months = new ArrayList<>(report.byMonth().keySet());
    int max = 1;
    for (Map<String, Integer> counts : report.byMonth().values()) {
      max = Math.max(max, counts.values().stream().mapToInt(Integer::intValue).sum());
    }
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"Incidents per month by severity\">\n");
    axes(h, max + " incidents");
    double slot = months.isEmpty() ? 0 : (WIDTH - 2.0 * PAD) / months.size();
    for (int i = 0; i < months.size(); i++) {
      double x = PAD + i * slot + slot * 0.15;
      double bottom = HEIGHT - PAD;
      Map<String, Integer> counts = report.byMonth().get(months.get(i));
      for (int s = 0; s < severities.size(); s++) {
        int n = counts.getOrDefault(severities.get(s), 0);
        if (n == 0) {
          continue;
        }
        double height = n * (HEIGHT - 2.0 * PAD) / max;
        bottom -= height;
        h.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(bottom)).append("\" width=\"")
            .append(fmt(slot * 0.7)).append("\" height=\"").append(fmt(height)).append("\" fill=\"")
            .append(colour(s)).append("\"><title>").append(months.get(i)).append(' ')
            .append(escape(severities.get(s))).append(": ").append(n).append("</title></rect>\n");
      }
      h.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - PAD + 14)
          .append("\" font-size=\"10\">").append(months.get(i)).append("</text>\n");
    }
    h.append("</svg>\n<p class=\"legend\">");
    for (int s = 0; s < severities.size(); s++) {
      h.append("<span style=\"color:").append(colour(s)).append("\">■ ").append(escape(severities.get(s))).append("</span>");
    }
    h.append("</p>\n");
  }

  /** One point per postmortem with a date and a time to resolve: date across, minutes up. */
  private static void resolveChart(StringBuilder h, PostmortemReport report) {
    List<LocalDate> dates = new ArrayList<>();
    List<Duration> durations = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (ReportEntry entry : report.entries()) {
      Postmortem p = entry.postmortem();
      if (p.date().isPresent() && p.milestones().timeToResolve().isPresent()) {
        dates.add(p.date().get());
        durations.add(p.milestones().timeToResolve().get());
        titles.add(p.title());
      }
    }
    long maxMinutes = Math.max(1, durations.stream().mapToLong(Duration::toMinutes).max().orElse(1));
    long first = dates.stream().mapToLong(LocalDate::toEpochDay).min().orElse(0);
    long last = dates.stream().mapToLong(LocalDate::toEpochDay).max().orElse(0);
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"Time to resolve over time\">\n");
    axes(h, Durations.format(Duration.ofMinutes(maxMinutes)));
    for (int i = 0; i < dates.size(); i++) {
      double x = PAD + (last == first ? 0.5 : (dates.get(i).toEpochDay() - first) / (double) (last - first))
          * (WIDTH - 2.0 * PAD);
      double y = HEIGHT - PAD - Math.max(0, durations.get(i).toMinutes()) * (HEIGHT - 2.0 * PAD) / maxMinutes;
      h.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"#1565c0\"><title>")
          .append(dates.get(i)).append(' ').append(escape(titles.get(i))).append(": ")
          .append(Durations.format(durations.get(i))).append("</title></circle>\n");
    }
    if (!dates.isEmpty()) {
      h.append("<text x=\"").append(PAD).append("\" y=\"").append(HEIGHT - PAD + 14).append("\" font-size=\"10\">")
          .append(LocalDate.ofEpochDay(first)).append("</text>\n<text x=\"").append(WIDTH - PAD - 60).append("\" y=\"")
          .append(HEIGHT - PAD + 14).append("\" font-size=\"10\">").append(LocalDate.ofEpochDay(last)).append("</text>\n");
    }
    h.append("</svg>\n");
  }

  private static void axes(StringBuilder h, String top) {
    h.append("<line x1=\"").append(PAD).append("\" y1=\"").append(PAD).append("\" x2=\"").append(PAD).append("\" y2=\"")
        .append(HEIGHT - PAD).append("\" stroke=\"#999\"/>\n<line x1=\"").append(PAD).append("\" y1=\"").append(HEIGHT - PAD)
        .append("\" x2=\"").append(WIDTH - PAD).append("\" y2=\"").append(HEIGHT - PAD).append("\" stroke=\"#999\"/>\n")
        .append("<text x=\"2\" y=\"").append(PAD).append("\" font-size=\"10\">").append(escape(top)).append("</text>\n");
  }

  private static String colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** Escapes text for an element or a quoted attribute. */
  static String escape(String text) {
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
