package dev.postmortem.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with its baseline in one JMH run, every fork under {@code -Xmx128m} (so a
 * 10 000-event postmortem must render and parse in each format within it), with JMH's GC
 * profiler, and prints the ratios of medians beside their targets, the growth per event from 100
 * to 10 000 events, and the allocation per operation, as Markdown for BENCHMARKS.md.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar          # quick: about 4 minutes
 * java -jar benchmarks/target/benchmarks.jar full     # more forks and iterations
 * }</pre>
 */
public final class RunBenchmarks {
  /** Each of ours beside its baseline, with the target for the ratio of medians (0: none). */
  private static final String[][] PAIRS = {
      {"JSON write", "JsonBenchmarks.writeOurs", "JsonBenchmarks.writeJacksonRecords", "1.0"},
      {"JSON read", "JsonBenchmarks.readOurs", "JsonBenchmarks.readJacksonRecords", "1.2"},
      {"Markdown parse", "MarkdownBenchmarks.parseOurs", "MarkdownBenchmarks.parseCommonmarkBare", "1.5"},
      {"Markdown render", "MarkdownBenchmarks.renderOurs", "MarkdownBenchmarks.renderStringBuilder", "3.0"},
      {"HTML render", "HtmlBenchmarks.renderOurs", "HtmlBenchmarks.renderCommonmark", "0"}};
  private static final int[] SIZES = {10, 100, 1000, 10000};
  private static final double GROWTH_TARGET = 1.3;

  private RunBenchmarks() {}

  /** Runs the benchmarks; {@code full} as the first argument for the longer run. */
  public static void main(String[] args) throws RunnerException {
    boolean full = args.length > 0 && args[0].equals("full");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(RunBenchmarks.class.getPackageName().replace(".", "\\.") + "\\..*Benchmarks\\..*")
        .forks(full ? 2 : 1)
        .warmupIterations(full ? 5 : 1)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(full ? 10 : 3)
        .measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend("-Xmx128m")
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true);
    Collection<RunResult> results = new Runner(options.build()).run();

    Map<String, double[]> byKey = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1)
          + "@" + result.getParams().getParam("events");
      Result<?> primary = result.getPrimaryResult();
      Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
      byKey.put(key, new double[] {primary.getStatistics().getPercentile(50.0),
          allocation == null ? Double.NaN : allocation.getScore()});
    }
    System.out.println(report(byKey, full));
  }

  private static String report(Map<String, double[]> r, boolean full) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Run: %s, JDK %s (%s), %d cores, forks under -Xmx128m%n%n",
        full ? "full" : "quick", System.getProperty("java.version"), System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors()));
    out.append("| measurement | events | ours µs/op (median) | baseline µs/op (median) | ratio | target | met |\n");
    out.append("|---|---:|---:|---:|---:|---:|---|\n");
    for (String[] pair : PAIRS) {
      for (int size : SIZES) {
        double[] ours = r.get(pair[1] + "@" + size);
        double[] base = r.get(pair[2] + "@" + size);
        if (ours == null || base == null) {
          continue;
        }
        double ratio = ours[0] / base[0];
        double target = Double.parseDouble(pair[3]);
        out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f | %s | %s |%n", pair[0],
            size, ours[0], base[0], ratio, target == 0 ? "—" : "≤ " + pair[3],
            target == 0 ? "—" : ratio <= target ? "yes" : "**no**"));
      }
    }
    out.append("\nGrowth: time per event at 10 000 events over time per event at 100 (target ≤ ")
        .append(GROWTH_TARGET).append(")\n\n");
    out.append("| benchmark | µs per event at 100 | µs per event at 10 000 | ratio | met |\n|---|---:|---:|---:|---|\n");
    List<String> ours = new ArrayList<>();
    for (String[] pair : PAIRS) {
      ours.add(pair[1]);
    }
    for (String name : ours) {
      double[] small = r.get(name + "@100");
      double[] large = r.get(name + "@10000");
      if (small == null || large == null) {
        continue;
      }
      double perSmall = small[0] / 100;
      double perLarge = large[0] / 10000;
      double ratio = perLarge / perSmall;
      out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %s |%n", name, perSmall,
          perLarge, ratio, ratio <= GROWTH_TARGET ? "yes" : "**no**"));
    }
    out.append("\nAllocation per operation (JMH GC profiler, gc.alloc.rate.norm)\n\n");
    out.append("| benchmark | 10 | 100 | 1 000 | 10 000 |\n|---|---:|---:|---:|---:|\n");
    for (String[] pair : PAIRS) {
      for (String name : new String[] {pair[1], pair[2]}) {
        out.append("| ").append(name);
        for (int size : SIZES) {
          double[] values = r.get(name + "@" + size);
          out.append(" | ").append(values == null ? "—" : bytes(values[1]));
        }
        out.append(" |\n");
      }
    }
    return out.toString();
  }

  private static String bytes(double value) {
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
