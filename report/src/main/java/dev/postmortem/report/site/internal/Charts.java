package dev.postmortem.report.site.internal;

import static dev.postmortem.markdown.internal.SafeHtml.escape;

import dev.postmortem.Postmortem;
import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.PostmortemReport.ActionCounts;
import dev.postmortem.report.ReportEntry;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The index's three charts as inline SVG: time to resolve per incident, incidents by severity per
 * month, open and overdue action items by owner. Each axis is fitted to its data (ticks at round
 * values just above the largest one, one slot per incident or month), every shape stays inside
 * the view box, and each mark has a {@code <title>} that a pointer or screen reader can read.
 */
final class Charts {
  private static final String[] SEVERITY_COLOURS = {"#cf222e", "#e16f24", "#bf8700", "#1a7f37", "#0969da",
      "#8250df", "#1b7c83", "#953800"};
  private static final String UNKNOWN_COLOUR = "#8c959f";
  private static final String OPEN_COLOUR = "#0969da";
  private static final String OVERDUE_COLOUR = "#cf222e";
  private static final int WIDTH = 720;
  private static final long[] MINUTE_STEPS = {1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 480, 720, 1440,
      2880, 4320, 7200, 10080, 20160, 43200, 86400, 129600, 259200, 525600};

  private Charts() {}

  /** The colour of each severity of the report, by rank, grey for unknown. */
  static Map<String, String> severityColours(PostmortemReport report) {
    Map<String, String> colours = new LinkedHashMap<>();
    int i = 0;
    for (String severity : report.bySeverity().keySet()) {
      colours.put(severity, severity.equals(PostmortemReport.UNKNOWN_SEVERITY) ? UNKNOWN_COLOUR
          : SEVERITY_COLOURS[i++ % SEVERITY_COLOURS.length]);
    }
    return colours;
  }

  /** One point per postmortem with a day and a time to resolve, oldest left; each links to its page. */
  static String timeToResolve(PostmortemReport report) {
    List<ReportEntry> points = new ArrayList<>();
    for (ReportEntry entry : report.entries()) {
      if (SitePaths.day(entry.postmortem()).isPresent() && entry.postmortem().milestones().timeToResolve().isPresent()) {
        points.add(0, entry);
      }
    }
    if (points.isEmpty()) {
      return "<p class=\"muted\">No postmortem has both a date and a time to resolve.</p>\n";
    }
    Map<String, String> colours = severityColours(report);
    long maxMinutes = 1;
    for (ReportEntry e : points) {
      maxMinutes = Math.max(maxMinutes, minutes(e.postmortem()));
    }
    long step = step(MINUTE_STEPS, maxMinutes);
    long top = ceil(maxMinutes, step);
    int height = 300;
    Frame f = new Frame(WIDTH, height, 64, 16, 20, 46);
    Svg svg = new Svg(WIDTH, height, "Time to resolve per incident, oldest first");
    for (long t = 0; t <= top; t += step) {
      double y = f.y(t, top);
      svg.line(f.left, y, f.right(), y, "grid");
      svg.text(f.left - 8, y + 4, "end", Durations.format(Duration.ofMinutes(t)));
    }
    double slot = f.width() / points.size();
    int every = (int) Math.ceil(84 / slot);
    StringBuilder path = new StringBuilder();
    List<double[]> xy = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      double x = f.left + slot * (i + 0.5);
      double y = f.y(minutes(points.get(i).postmortem()), top);
      xy.add(new double[] {x, y});
      path.append(i == 0 ? "" : " ").append(Svg.num(x)).append(',').append(Svg.num(y));
      if (i % every == 0) {
        svg.text(x, f.bottom() + 18, "middle", SitePaths.day(points.get(i).postmortem()).orElseThrow().toString());
      }
    }
    svg.line(f.left, f.bottom(), f.right(), f.bottom(), "axis");
    if (points.size() > 1) {
      svg.raw("<polyline class=\"trend\" points=\"" + path + "\"/>\n");
    }
    for (int i = 0; i < points.size(); i++) {
      Postmortem p = points.get(i).postmortem();
      String tip = SitePaths.day(p).orElseThrow() + " · " + p.title() + " · " + PostmortemReport.severity(p)
          + " · resolved in " + Durations.format(p.milestones().timeToResolve().orElseThrow());
      svg.raw("<a href=\"" + escape(SitePaths.pageFromIndex(points.get(i).name())) + "\">");
      svg.circle(xy.get(i)[0], xy.get(i)[1], 6, colours.get(PostmortemReport.severity(p)), tip);
      svg.raw("</a>\n");
    }
    return figure(svg, "Time from the start of each incident to its resolution, one point per incident in date "
        + "order (spacing is by incident, not by time). Select a point to open its postmortem.", legend(colours));
  }

  /** A stacked bar per month, one colour per severity; every month of the span when it is short. */
  static String severityByMonth(PostmortemReport report) {
    Map<YearMonth, Map<String, Integer>> byMonth = report.byMonth();
    if (byMonth.isEmpty()) {
      return "<p class=\"muted\">No postmortem has a date.</p>\n";
    }
    List<YearMonth> months = new ArrayList<>(byMonth.keySet());
    YearMonth first = months.get(0);
    YearMonth last = months.get(months.size() - 1);
    boolean continuous = first.until(last, ChronoUnit.MONTHS) < 24;
    if (continuous) {
      months.clear();
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        months.add(m);
      }
    }
    Map<String, String> colours = severityColours(report);
    int max = 1;
    for (Map<String, Integer> counts : byMonth.values()) {
      max = Math.max(max, counts.values().stream().mapToInt(Integer::intValue).sum());
    }
    long step = step(new long[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}, max);
    long top = ceil(max, step);
    int height = 260;
    Frame f = new Frame(WIDTH, height, 40, 16, 16, 46);
    Svg svg = new Svg(WIDTH, height, "Incidents by severity per month");
    for (long t = 0; t <= top; t += step) {
      double y = f.y(t, top);
      svg.line(f.left, y, f.right(), y, "grid");
      svg.text(f.left - 8, y + 4, "end", Long.toString(t));
    }
    double slot = f.width() / months.size();
    double bar = Math.min(48, slot * 0.7);
    int every = (int) Math.ceil(64 / slot);
    for (int i = 0; i < months.size(); i++) {
      YearMonth month = months.get(i);
      double x = f.left + slot * (i + 0.5);
      double base = f.bottom();
      Map<String, Integer> counts = byMonth.getOrDefault(month, Map.of());
      for (Map.Entry<String, String> severity : colours.entrySet()) {
        int n = counts.getOrDefault(severity.getKey(), 0);
        if (n > 0) {
          double h = f.height() * n / top;
          base -= h;
          svg.rect(x - bar / 2, base, bar, h, severity.getValue(),
              monthLabel(month) + " · " + Plural.of(n, "incident") + " · " + severity.getKey());
        }
      }
      if (i % every == 0) {
        svg.text(x, f.bottom() + 18, "middle", monthLabel(month));
      }
    }
    svg.line(f.left, f.bottom(), f.right(), f.bottom(), "axis");
    String caption = continuous ? "Incidents per month, stacked by severity."
        : "Incidents per month, stacked by severity; months without incidents are left out.";
    if (report.undated() > 0) {
      caption += " Not shown: " + Plural.of(report.undated(), "postmortem") + " without a date.";
    }
    return figure(svg, caption, legend(colours));
  }

  /** A horizontal bar per owner with pending items: overdue ones, then the rest. */
  static String actionsByOwner(PostmortemReport report) {
    Map<String, ActionCounts> owners = new LinkedHashMap<>();
    report.actionsByOwner().entrySet().stream().filter(e -> e.getValue().open() > 0)
        .sorted((a, b) -> a.getValue().open() != b.getValue().open() ? b.getValue().open() - a.getValue().open()
            : a.getKey().compareTo(b.getKey()))
        .forEach(e -> owners.put(e.getKey(), e.getValue()));
    if (owners.isEmpty()) {
      return "<p class=\"muted\">No open action items.</p>\n";
    }
    int max = owners.values().stream().mapToInt(ActionCounts::open).max().orElse(1);
    long step = step(new long[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}, max);
    long top = ceil(max, step);
    int row = 30;
    int height = 16 + owners.size() * row + 30;
    Frame f = new Frame(WIDTH, height, 150, 24, 12, 30);
    Svg svg = new Svg(WIDTH, height, "Open and overdue action items by owner");
    for (long t = 0; t <= top; t += step) {
      double x = f.left + f.width() * t / top;
      svg.line(x, f.top, x, f.bottom(), "grid");
      svg.text(x, f.bottom() + 18, "middle", Long.toString(t));
    }
    int i = 0;
    for (Map.Entry<String, ActionCounts> owner : owners.entrySet()) {
      ActionCounts c = owner.getValue();
      double y = f.top + i * row + 5;
      double h = row - 10;
      double overdue = f.width() * c.overdue() / top;
      double pending = f.width() * (c.open() - c.overdue()) / top;
      svg.text(f.left - 10, y + h / 2 + 4, "end", shorten(owner.getKey(), 20));
      if (c.overdue() > 0) {
        svg.rect(f.left, y, overdue, h, OVERDUE_COLOUR, owner.getKey() + " · " + c.overdue() + " overdue");
      }
      if (c.open() > c.overdue()) {
        svg.rect(f.left + overdue, y, pending, h, OPEN_COLOUR,
            owner.getKey() + " · " + (c.open() - c.overdue()) + " open, not overdue");
      }
      i++;
    }
    svg.line(f.left, f.top, f.left, f.bottom(), "axis");
    Map<String, String> legend = new LinkedHashMap<>();
    legend.put("overdue", OVERDUE_COLOUR);
    legend.put("open, not overdue", OPEN_COLOUR);
    return figure(svg, "Action items not done (open or in progress) by owner, as of " + report.today() + ".",
        legend(legend));
  }

  private static long minutes(Postmortem p) {
    return Math.max(0, p.milestones().timeToResolve().orElseThrow().toMinutes());
  }

  /** The smallest step of {@code steps} that reaches {@code max} in at most five ticks. */
  private static long step(long[] steps, long max) {
    for (long s : steps) {
      if (max <= s * 5) {
        return s;
      }
    }
    long s = steps[steps.length - 1];
    while (max > s * 5) {
      s *= 2;
    }
    return s;
  }

  private static long ceil(long value, long step) {
    return Math.max(step, (value + step - 1) / step * step);
  }

  private static String monthLabel(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String legend(Map<String, String> colours) {
    StringBuilder h = new StringBuilder("<ul class=\"legend\">");
    colours.forEach((label, colour) -> h.append("<li><i style=\"background:").append(colour).append("\"></i>")
        .append(escape(label)).append("</li>"));
    return h.append("</ul>\n").toString();
  }

  private static String figure(Svg svg, String caption, String legend) {
    return "<figure>\n" + svg.end() + legend + "<figcaption>" + escape(caption) + "</figcaption>\n</figure>\n";
  }

  /** The plotting area inside a view box: margins for the axes' labels. */
  private record Frame(int w, int h, int left, int rightMargin, int top, int bottomMargin) {
    double width() {
      return w - left - rightMargin;
    }

    double height() {
      return h - top - bottomMargin;
    }

    double right() {
      return w - rightMargin;
    }

    double bottom() {
      return h - bottomMargin;
    }

    double y(long value, long max) {
      return bottom() - height() * value / max;
    }
  }

  /** An SVG element being written; numbers with one decimal, text escaped. */
  private static final class Svg {
    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height, String label) {
      out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
          .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">\n<title>").append(escape(label))
          .append("</title>\n");
    }

    void line(double x1, double y1, double x2, double y2, String cls) {
      out.append("<line class=\"").append(cls).append("\" x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
          .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append("\"/>\n");
    }

    void text(double x, double y, String anchor, String text) {
      out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
          .append(anchor).append("\">").append(escape(text)).append("</text>\n");
    }

    void rect(double x, double y, double w, double h, String fill, String title) {
      out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
          .append("\" height=\"").append(num(h)).append("\" rx=\"2\" fill=\"").append(fill).append("\"><title>")
          .append(escape(title)).append("</title></rect>\n");
    }

    void circle(double x, double y, double r, String fill, String title) {
      out.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"").append(num(r))
          .append("\" fill=\"").append(fill).append("\"><title>").append(escape(title)).append("</title></circle>");
    }

    void raw(String svg) {
      out.append(svg);
    }

    String end() {
      return out.append("</svg>\n").toString();
    }

    static String num(double value) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
  }
}
