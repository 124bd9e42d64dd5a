package dev.postmortem.report.site.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.lint.Finding;
import dev.postmortem.markdown.internal.PlainText;
import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.PostmortemReport.ActionCounts;
import dev.postmortem.report.PostmortemReport.Measure;
import dev.postmortem.report.PostmortemReport.Percentiles;
import dev.postmortem.report.ReportEntry;
import java.time.YearMonth;
import java.util.Map;

/**
 * The site's {@code index.md}: the index's tables in GitHub-flavoured Markdown, each postmortem
 * linked to its Markdown source beside the pages, so that the index also reads well where
 * Markdown is shown (a repository, a wiki). The charts are only in {@code index.html}.
 */
public final class IndexMarkdown {
  private IndexMarkdown() {}

  /** Returns the Markdown of {@code report}. */
  public static String write(PostmortemReport report) {
    StringBuilder md = new StringBuilder("# Postmortem report\n\n");
    md.append(Plural.of(report.entries().size(), "postmortem")).append(", newest first, as of ").append(report.today())
        .append(". Charts are in [index.html](index.html).\n\n");
    md.append("## Postmortems\n\n| Date | Postmortem | Severity | Time to resolve | Lint findings |\n|---|---|---|---|---|\n");
    for (ReportEntry entry : report.entries()) {
      Postmortem p = entry.postmortem();
      md.append("| ").append(SitePaths.day(p).map(Object::toString).orElse("undated")).append(" | [")
          .append(PlainText.cell(p.title())).append("](").append(SitePaths.sourceFromIndex(entry.name())).append(") | ")
          .append(PlainText.cell(PostmortemReport.severity(p))).append(" | ")
          .append(p.milestones().timeToResolve().map(Durations::format).orElse("")).append(" | ")
          .append(entry.findings().size()).append(" |\n");
    }
    md.append("\n## Incidents by severity\n\n| Severity | Incidents |\n|---|---|\n");
    report.bySeverity().forEach((s, n) -> md.append("| ").append(PlainText.cell(s)).append(" | ").append(n).append(" |\n"));
    md.append("\n## Incidents by month\n\n| Month |");
    report.bySeverity().keySet().forEach(s -> md.append(' ').append(PlainText.cell(s)).append(" |"));
    md.append("\n|---|");
    report.bySeverity().keySet().forEach(s -> md.append("---|"));
    md.append('\n');
    for (Map.Entry<YearMonth, Map<String, Integer>> month : report.byMonth().entrySet()) {
      md.append("| ").append(month.getKey()).append(" |");
      report.bySeverity().keySet().forEach(s -> md.append(' ').append(month.getValue().getOrDefault(s, 0)).append(" |"));
      md.append('\n');
    }
    if (report.undated() > 0) {
      md.append("\n").append(Plural.of(report.undated(), "postmortem"))
          .append(report.undated() == 1 ? " has" : " have").append(" neither a date nor a start.\n");
    }
    md.append("\n## Time to detect, mitigate and resolve\n\n")
        .append("Median and 90th percentile (nearest rank), from the start of the incident.\n\n")
        .append("| Severity | Measure | Incidents | Median | 90th percentile |\n|---|---|---|---|---|\n");
    for (String severity : report.bySeverity().keySet()) {
      for (Measure measure : Measure.values()) {
        Percentiles p = report.times(measure).get(severity);
        if (p != null) {
          md.append("| ").append(PlainText.cell(severity)).append(" | ").append(measure.name().toLowerCase(java.util.Locale.ROOT))
              .append(" | ").append(p.count()).append(" | ").append(Durations.format(p.median()))
              .append(" | ").append(Durations.format(p.p90())).append(" |\n");
        }
      }
    }
    md.append("\n## Action items by owner\n\n| Owner | Open | Overdue | Done |\n|---|---|---|---|\n");
    for (Map.Entry<String, ActionCounts> owner : report.actionsByOwner().entrySet()) {
      ActionCounts c = owner.getValue();
      md.append("| ").append(PlainText.cell(owner.getKey())).append(" | ").append(c.open()).append(" | ")
          .append(c.overdue()).append(" | ").append(c.done()).append(" |\n");
    }
    recurring(md, "Recurring tags", report.recurringTags());
    recurring(md, "Recurring services", report.recurringServices());
    md.append("\n## Lint findings\n");
    for (ReportEntry entry : report.entries()) {
      if (entry.findings().isEmpty()) {
        continue;
      }
      md.append("\n### [").append(PlainText.inline(entry.name())).append("](").append(SitePaths.sourceFromIndex(entry.name()))
          .append(")\n\n");
      for (Finding f : entry.findings()) {
        md.append("- ").append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append(" `")
            .append(f.ruleId()).append('`').append(f.line().map(line -> " line " + line).orElse(""))
            .append(": ").append(PlainText.inline(f.message())).append('\n');
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
    counts.forEach((name, n) -> md.append("| ").append(PlainText.cell(name)).append(" | ").append(n).append(" |\n"));
  }
}
