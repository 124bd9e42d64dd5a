package dev.postmortem.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a run's figures as Markdown for BENCHMARKS.md: each of ours beside its baseline with the
 * ratio of medians, its target and whether it is met (and, for a machine shared with other work,
 * the ratio of CPU time per operation, which that work disturbs less); the growth of time per event from 100 to
 * 10 000 events; and the allocation per operation and its growth per event.
 */
final class Figures {
  /** Time per event at 10 000 events over that at 100, for each of ours. */
  static final double GROWTH_TARGET = 1.2;
  /**
   * Allocation per event at 10 000 events over that at 100, for each of ours: "constant", with
   * room for a document's fixed allocation, which only makes the ratio smaller.
   */
  static final double ALLOCATION_GROWTH_TARGET = 1.1;

  /**
   * One of ours beside its baseline.
   *
   * @param label the measurement, as the table shows it
   * @param variant parameters other than {@code events}, such as {@code family=blog}, or empty
   * @param target the target for the ratio of medians, or 0 for none
   * @param sized whether it runs at each number of events (else once, at {@code events} 0)
   */
  record Pair(String label, String ours, String baseline, String variant, double target, boolean sized) {}

  static final List<Pair> PAIRS = List.of(
      new Pair("JSON write", "JsonBenchmarks.writeOurs", "JsonBenchmarks.writeJacksonRecords", "", 1.0, true),
      new Pair("JSON read", "JsonBenchmarks.readOurs", "JsonBenchmarks.readJacksonRecords", "", 1.2, true),
      new Pair("Markdown parse", "MarkdownBenchmarks.parseOurs", "MarkdownBenchmarks.parseCommonmarkBare", "",
          2.0, true),
      new Pair("Markdown render", "MarkdownBenchmarks.renderOurs", "MarkdownBenchmarks.renderStringBuilder", "",
          3.0, true),
      new Pair("HTML render", "HtmlBenchmarks.renderOurs", "HtmlBenchmarks.renderCommonmark", "", 3.0, true),
      new Pair("Import, compact", "ImportBenchmarks.importOurs", "ImportBenchmarks.importCommonmarkBare",
          "family=compact", 0, true),
      new Pair("Import, blog", "ImportBenchmarks.importOurs", "ImportBenchmarks.importCommonmarkBare",
          "family=blog", 0, true),
      new Pair("Report site, 1 000 files", "ReportBenchmarks.siteOurs", "ReportBenchmarks.siteCommonmark", "", 0,
          false));

  private final Map<String, Measurement> results;
  private final int[] sizes;
  private final StringBuilder out = new StringBuilder();

  Figures(Map<String, Measurement> results, int[] sizes) {
    this.results = results;
    this.sizes = sizes;
  }

  /** Returns the three tables, after {@code heading}. */
  String write(String heading) {
    out.append(heading).append("\n\n");
    ratios();
    growth();
    allocation();
    return out.toString();
  }

  private void ratios() {
    out.append("| measurement | events | ours (median) | baseline (median) | ratio of CPU time "
        + "| ratio | target | met |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (Pair pair : PAIRS) {
      for (int size : pair.sized() ? sizes : new int[] {0}) {
        Measurement ours = get(pair.ours(), pair.variant(), size);
        Measurement base = get(pair.baseline(), pair.variant(), size);
        if (ours == null || base == null) {
          continue;
        }
        double ratio = ours.median() / base.median();
        row(pair.label(), size == 0 ? "—" : String.valueOf(size), time(ours), time(base)
            + String.format(Locale.ROOT, " | %.2f", ours.cpuMicrosPerOp() / base.cpuMicrosPerOp()),
            String.format(Locale.ROOT, "%.2f", ratio), pair.target(), ratio);
      }
    }
  }

  private void growth() {
    out.append(String.format(Locale.ROOT,
        "%nGrowth: time per event at 10 000 events over time per event at 100 (target ≤ %.1f for ours)%n%n",
        GROWTH_TARGET));
    out.append("| benchmark | µs per event at 100 | µs per event at 10 000 | ratio of CPU time per event "
        + "| ratio | target | met |\n");
    out.append("|---|---:|---:|---:|---:|---:|---|\n");
    for (Pair pair : PAIRS) {
      if (!pair.sized()) {
        continue;
      }
      for (String name : new String[] {pair.ours(), pair.baseline()}) {
        Measurement small = get(name, pair.variant(), 100);
        Measurement large = get(name, pair.variant(), 10000);
        if (small == null || large == null) {
          continue;
        }
        double ratio = (large.median() / 10000) / (small.median() / 100);
        row(label(name, pair.variant()), String.format(Locale.ROOT, "%.3f", small.median() / 100),
            String.format(Locale.ROOT, "%.3f | %.2f", large.median() / 10000,
                (large.cpuMicrosPerOp() / 10000) / (small.cpuMicrosPerOp() / 100)), null,
            String.format(Locale.ROOT, "%.2f", ratio), name.equals(pair.ours()) ? GROWTH_TARGET : 0, ratio);
      }
    }
  }

  private void allocation() {
    out.append(String.format(Locale.ROOT, "%nAllocation per operation (JMH GC profiler, gc.alloc.rate.norm), and "
        + "allocation per event at 10 000 over that at 100 (target ≤ %.1f for ours)%n%n", ALLOCATION_GROWTH_TARGET));
    out.append("| benchmark |");
    for (int size : sizes) {
      out.append(' ').append(size).append(" |");
    }
    out.append(" per-event ratio | met |\n|---|");
    out.append("---:|".repeat(sizes.length)).append("---:|---|\n");
    for (Pair pair : PAIRS) {
      for (String name : new String[] {pair.ours(), pair.baseline()}) {
        out.append("| ").append(label(name, pair.variant()));
        for (int size : pair.sized() ? sizes : new int[] {0}) {
          Measurement m = get(name, pair.variant(), size);
          out.append(" | ").append(m == null ? "—" : bytes(m.bytesPerOp()));
        }
        out.append(" | —".repeat(pair.sized() ? 0 : sizes.length - 1)).append(" |");
        Measurement small = get(name, pair.variant(), 100);
        Measurement large = get(name, pair.variant(), 10000);
        if (small == null || large == null) {
          out.append(" — | — |\n");
          continue;
        }
        double ratio = (large.bytesPerOp() / 10000) / (small.bytesPerOp() / 100);
        boolean ours = name.equals(pair.ours());
        out.append(String.format(Locale.ROOT, " %.2f | %s |%n", ratio,
            !ours ? "—" : ratio <= ALLOCATION_GROWTH_TARGET ? "yes" : "**no**"));
      }
    }
  }

  private void row(String label, String size, String ours, String base, String ratioText, double target,
      double ratio) {
    out.append("| ").append(label).append(" | ").append(size).append(" | ").append(ours);
    if (base != null) {
      out.append(" | ").append(base);
    }
    out.append(" | ").append(ratioText).append(" | ")
        .append(target == 0 ? "—" : String.format(Locale.ROOT, "≤ %.1f", target)).append(" | ")
        .append(target == 0 ? "—" : ratio <= target ? "yes" : "**no**").append(" |\n");
  }

  private Measurement get(String name, String variant, int events) {
    return results.get(Measurement.key(name, variant, events));
  }

  private static String label(String name, String variant) {
    return variant.isEmpty() ? name : name + " (" + variant + ")";
  }

  private static String time(Measurement m) {
    return String.format(Locale.ROOT, "%.1f %s", m.median(), m.unit().replace("us/", "µs/"));
  }

  static String bytes(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    if (value >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", value / (1024 * 1024));
    }
    return value >= 1024 ? String.format(Locale.ROOT, "%.1f KB", value / 1024)
        : String.format(Locale.ROOT, "%.0f B", value);
  }
}
