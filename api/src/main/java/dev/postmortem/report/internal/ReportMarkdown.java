package dev.postmortem.report.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.PostmortemReport.ActionCounts;
import dev.postmortem.report.PostmortemReport.Measure;
import dev.postmortem.report.PostmortemReport.Percentiles;
import dev.postmortem.report.ReportEntry;
import java.time.YearMonth;
import java.util.Map;

/** Writes a report as a Markdown index: GitHub-flavoured tables, each postmortem linked. */
public final class ReportMarkdown {
  private ReportMarkdown() {}

  /** Returns the Markdown of {@code report}. */
  public static String write(PostmortemReport report) {
    StringBuilder md = new StringBuilder("# Postmortem report\n\n");
    md.append(report.entries().size()).append(" postmortems, as of ").append(report.today()).append(".\n\n");
    md.append("## Postmortems\n\n| Date | Postmortem | Severity | Time to resolve | Findings |\n|---|---|---|---|---|\n");
    for (ReportEntry entry : report.entries()) {
      Postmortem p = entry.postmortem();
      md.append("| ").append(p.date().map(Object::toString).orElse("")).append(" | [")
          .append(cell(p.title())).append("](").append(link(Links.relative(entry.name()))).append(") | ")
          .append(cell(PostmortemReport.severity(p))).append(" | ")
          .append(p.milestones().timeToResolve().map(Durations::format).orElse("")).append(" | ")
          .append(entry.findings().size()).append(" |\n");
    }
    md.append("\n## Incidents by severity\n\n| Severity | Incidents |\n|---|---|\n");
    report.bySeverity().forEach((s, n) -> md.append("| ").append(cell(s)).append(" | ").append(n).append(" |\n"));
    md.append("\n## Incidents by month\n\n| Month |");
    report.bySeverity().keySet().forEach(s -> md.append(' ').append(cell(s)).append(" |"));
    md.append("\n|---|");
    report.bySeverity().keySet().forEach(s -> md.append("---|"));
    md.append('\n');
    for (Map.Entry<YearMonth, Map<String, Integer>> month : report.byMonth().entrySet()) {
      md.append("| ").append(month.getKey()).append(" |");
      report.bySeverity().keySet().forEach(s -> md.append(' ').append(month.getValue().getOrDefault(s, 0)).append(" |"));
      md.append('\n');
    }
    if (report.undated() > 0) {
      md.append("\n").append(report.undated()).append(" postmortems have neither a date nor a start.\n");
    }
    md.append("\n## Time to detect, mitigate and resolve\n\n")
        .append("Median and 90th percentile (nearest rank), from the start of the incident.\n\n")
        .append("| Severity | Measure | Incidents | Median | 90th percentile |\n|---|---|---|---|---|\n");
    for (String severity : report.bySeverity().keySet()) {
      for (Measure measure : Measure.values()) {
        Percentiles p = report.times(measure).get(severity);
        if (p != null) {
          md.append("| ").append(cell(severity)).append(" | ").append(measure.name().toLowerCase(java.util.Locale.ROOT))
              .append(" | ").append(p.count()).append(" | ").append(Durations.format(p.median()))
              .append(" | ").append(Durations.format(p.p90())).append(" |\n");
        }
      }
    }
    md.append("\n## Action items by owner\n\n| Owner | Open | Overdue | Done |\n|---|---|---|---|\n");
    for (Map.Entry<String, ActionCounts> owner : report.actionsByOwner().entrySet()) {
      ActionCounts c = owner.getValue();
      md.append("| ").append(cell(owner.getKey())).append(" | ").append(c.open()).append(" | ")
          .append(c.overdue()).append(" | ").append(c.done()).append(" |\n");
    }
    recurring(md, "Recurring tags", report.recurringTags());
    recurring(md, "Recurring services", report.recurringServices());
    md.append("\n## Lint findings\n");
    for (ReportEntry entry : report.entries()) {
      if (entry.findings().isEmpty()) {
        continue;
      }
      md.append("\n### ").append(heading(entry.name())).append("\n\n");
      for (LintFinding f : entry.findings()) {
        md.append("- ").append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append(" `")
            .append(f.ruleId()).append('`').append(f.line() > 0 ? " line " + f.line() : "")
            .append(": ").append(text(f.message())).append('\n');
      }
    }
    return md.toString();
  }

  private static void recurring(StringBuilder md, String title, Map<String, Integer> counts) {
    md.append("\n## ").append(title).append("\n\n");
    if (counts.isEmpty()) {
      md.append("None in two postmortems or more.\n");
      return;
    }
    md.append("| Name | Postmortems |\n|---|---|\n");
    counts.forEach((name, n) -> md.append("| ").append(cell(name)).append(" | ").append(n).append(" |\n"));
  }

  /** Inline text in a table cell: its pipes escaped, as GFM requires. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /** A file name as a link destination: spaces and brackets percent-encoded. */
  private static String link(String name) {
    return name.replace("%", "%25").replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        .replace("<", "%3C").replace(">", "%3E");
  }

  private static String heading(String name) {
    return text(name).replace("#", "\\#");
  }

  /** Plain text (a message, a file name) as Markdown: its punctuation is escaped. */
  private static String text(String plain) {
    StringBuilder out = new StringBuilder();
    for (char c : plain.toCharArray()) {
      if ("\\`*_[]<>|#!".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
