package dev.postmortem.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole forked JVM (benchmark thread, collector and compiler threads) per
 * operation, as {@code cpu.time.norm} in µs/op. On a machine shared with other work, wall-clock
 * time per operation grows with the other work's share of the cores, while CPU time does so much
 * less; ratios of CPU time are the steadier comparison there.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long before;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = os.getProcessCpuTime();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - before;
    long ops = result.getMetadata().getMeasuredOps();
    return ops <= 0 || cpu < 0 ? List.of()
        : List.of(new ScalarResult("cpu.time.norm", cpu / 1e3 / ops, "us/op", AggregationPolicy.AVG));
  }
}
