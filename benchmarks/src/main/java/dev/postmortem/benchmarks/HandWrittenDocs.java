package dev.postmortem.benchmarks;

import dev.postmortem.ActionItem;
import dev.postmortem.Postmortem;
import dev.postmortem.TimelineEvent;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes a generated postmortem the way people write one by hand, in two layout families the
 * importer reads: a filled-in compact template (metadata table, {@code | Time | Event |} table)
 * and a public blog post ({@code **Timeline (UTC):**} and {@code - 14:02:08 — text} bullets).
 * Times are written with seconds, eight seconds apart, so that 10 000 events fit in one day and
 * read back without a date on every line.
 */
final class HandWrittenDocs {
  private HandWrittenDocs() {}

  /** A layout family of hand-written postmortems. */
  enum Family {
    COMPACT, BLOG
  }

  static String write(Postmortem p, Family family) {
    return family == Family.COMPACT ? compact(p) : blog(p);
  }

  private static String compact(Postmortem p) {
    StringBuilder out = new StringBuilder(64 * p.timeline().size() + 1024);
    out.append("# Post-mortem: ").append(p.title()).append("\n\n");
    out.append("|              |            |\n| ------------ | ---------- |\n");
    out.append("| **Date**     | ").append(day(p)).append(" |\n");
    out.append("| **Severity** | sev-2      |\n| **Owner**    | @oncall    |\n\n");
    out.append("## TL;DR\n\n").append(line(p.summary().whatHappened().orElse("A routine change took the service down."))).append("\n\n");
    out.append("## Timeline\n\nAll times UTC.\n\n| Time | Event |\n| ---- | ----- |\n");
    int i = 0;
    for (TimelineEvent event : p.timeline()) {
      out.append("| ").append(clock(i++)).append(" | ").append(cell(event.description())).append(" |\n");
    }
    out.append("\n## Action items\n\n| Action | Owner | Priority | Due |\n| --- | --- | --- | --- |\n");
    for (ActionItem item : p.actionItems()) {
      out.append("| ").append(cell(item.description())).append(" | @oncall | high | ").append(day(p))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String blog(Postmortem p) {
    StringBuilder out = new StringBuilder(64 * p.timeline().size() + 1024);
    out.append("# What happened: ").append(p.title()).append("\n\n");
    out.append("Posted by the infrastructure team · ").append(day(p)).append("\n\n");
    out.append("**Summary:**\n").append(line(p.summary().whatHappened().orElse("A routine change took the service down."))).append("\n\n");
    out.append("**Timeline (UTC):**\n\n");
    int i = 0;
    for (TimelineEvent event : p.timeline()) {
      out.append("- ").append(clock(i++)).append(" — ").append(line(event.description())).append('\n');
    }
    out.append("\n**What we are doing:**\n\n");
    for (ActionItem item : p.actionItems()) {
      out.append("- ").append(line(item.description())).append(" — Lukas Brandt\n");
    }
    return out.toString();
  }

  private static String day(Postmortem p) {
    return p.date().orElse(LocalDate.of(2024, 3, 14)).toString();
  }

  /** 00:00:00, 00:00:08, …: eight seconds apart, so 10 000 events stay within one day. */
  private static String clock(int index) {
    int seconds = index * 8;
    return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  /** Generated text may hold pipes, which a hand-written table would escape. */
  private static String cell(String text) {
    return line(text).replace("|", "\\|");
  }

  private static String line(String text) {
    return text.replace('\n', ' ');
  }
}
