package dev.postmortem.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
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
 * java -jar benchmarks/target/benchmarks.jar                # quick: 10, 100 and 10 000 events
 * java -jar benchmarks/target/benchmarks.jar full           # every size, more forks and iterations
 * java -jar benchmarks/target/benchmarks.jar heap           # growth at -Xmx128m beside -Xmx4g, see HeapComparison
 * java -jar benchmarks/target/benchmarks.jar quick Markdown # only benchmarks whose name matches
 * }</pre>
 */
public final class RunBenchmarks {
  private static final int[] ALL_SIZES = {10, 100, 1000, 10000};
  /** The quick run leaves out 1 000 events to stay within five minutes; growth needs 100 and 10 000. */
  private static final int[] QUICK_SIZES = {10, 100, 10000};

  private RunBenchmarks() {}

  /**
   * Runs the benchmarks: {@code quick} (the default), {@code full} or {@code heap} as the first
   * argument, and optionally a regular expression that benchmark names must contain.
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "quick";
    String filter = args.length > 1 ? args[1] : "";
    switch (mode) {
      case "quick", "full" -> run(mode.equals("full"), filter);
      case "heap" -> HeapComparison.run(filter);
      default -> throw new IllegalArgumentException("mode: quick, full or heap, not " + mode);
    }
  }

  private static void run(boolean full, String filter) throws RunnerException {
    int[] sizes = full ? ALL_SIZES : QUICK_SIZES;
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include(filter))
        .param("events", strings(sizes))
        .forks(full ? 2 : 1)
        .warmupIterations(full ? 5 : 1)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(full ? 10 : 3)
        .measurementTime(full ? TimeValue.seconds(1) : TimeValue.milliseconds(500))
        .jvmArgsAppend("-Xmx128m")
        .addProfiler(GCProfiler.class)
        .addProfiler(CpuTimeProfiler.class)
        .shouldFailOnError(true);
    long start = System.nanoTime();
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Measurement> byKey = Measurement.byKey(results);
    String heading = String.format(Locale.ROOT,
        "Run: %s, %.1f minutes, JDK %s (%s), %d cores, forks under -Xmx128m", full ? "full" : "quick",
        (System.nanoTime() - start) / 60e9, System.getProperty("java.version"), System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors());
    System.out.println(new Figures(byKey, sizes).write(heading));
  }

  /** The benchmark classes of this package, narrowed to names containing {@code filter}. */
  static String include(String filter) {
    String all = RunBenchmarks.class.getPackageName().replace(".", "\\.") + "\\..*Benchmarks\\..*";
    return filter.isEmpty() ? all : "(?=" + all + ").*(" + filter + ").*";
  }

  static String[] strings(int[] sizes) {
    String[] values = new String[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      values[i] = String.valueOf(sizes[i]);
    }
    return values;
  }
}
