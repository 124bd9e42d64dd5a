package dev.postmortem.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * What the report needs of one benchmark at one set of parameters: the median of the measured
 * iterations, its unit, and from JMH's GC profiler the bytes allocated per operation and the
 * collections (count and milliseconds) during the measured iterations.
 *
 * @param median the median score of the measured iterations
 * @param best the lowest score of the measured iterations: on a shared machine, the one least
 *     disturbed by other work
 * @param unit the score's unit, such as {@code us/op}
 * @param bytesPerOp {@code gc.alloc.rate.norm}, or NaN without the GC profiler
 * @param gcCount {@code gc.count}, or NaN
 * @param gcMillis {@code gc.time}, or NaN
 * @param cpuMicrosPerOp {@code cpu.time.norm} of {@link CpuTimeProfiler}, or NaN
 */
record Measurement(double median, double best, String unit, double bytesPerOp, double gcCount, double gcMillis,
    double cpuMicrosPerOp) {

  /**
   * Keys the results as {@code Class.method@events}, with any other parameter in brackets before
   * the {@code @}: {@code ImportBenchmarks.importOurs[family=blog]@100}.
   */
  static Map<String, Measurement> byKey(Collection<RunResult> results) {
    Map<String, Measurement> byKey = new HashMap<>();
    for (RunResult result : results) {
      byKey.put(key(result), of(result));
    }
    return byKey;
  }

  static String key(String benchmark, String variant, int events) {
    return benchmark + (variant.isEmpty() ? "" : "[" + variant + "]") + "@" + events;
  }

  private static String key(RunResult result) {
    String name = result.getParams().getBenchmark();
    String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
    Map<String, String> others = new TreeMap<>();
    for (String param : result.getParams().getParamsKeys()) {
      if (!param.equals("events")) {
        others.put(param, result.getParams().getParam(param));
      }
    }
    StringBuilder variant = new StringBuilder();
    others.forEach((k, v) -> variant.append(variant.length() == 0 ? "" : ",").append(k).append('=').append(v));
    String events = result.getParams().getParam("events");
    return key(shortName, variant.toString(), events == null ? 0 : Integer.parseInt(events));
  }

  @SuppressWarnings("rawtypes") // JMH's RunResult declares its secondary results with the raw Result
  private static Measurement of(RunResult result) {
    Result<?> primary = result.getPrimaryResult();
    Map<String, Result> secondary = result.getSecondaryResults();
    return new Measurement(primary.getStatistics().getPercentile(50.0), primary.getStatistics().getMin(),
        primary.getScoreUnit(),
        score(secondary, "gc.alloc.rate.norm"), score(secondary, "gc.count"), score(secondary, "gc.time"),
        score(secondary, "cpu.time.norm"));
  }

  @SuppressWarnings("rawtypes") // as of(): JMH's raw Result
  private static double score(Map<String, Result> secondary, String name) {
    Result<?> result = secondary.get(name);
    return result == null ? Double.NaN : result.getScore();
  }
}
