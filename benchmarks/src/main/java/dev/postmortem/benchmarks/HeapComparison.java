package dev.postmortem.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.JavaFlightRecorderProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Explains growth per event: the same benchmarks at 100 and 10 000 events, once with every fork
 * under {@code -Xmx128m} and once under {@code -Xmx4g}, one after the other in one invocation,
 * with JMH's GC profiler and a flight recording per fork. Prints, for each benchmark, size and
 * heap, the time per event, the share of the measured time spent in collections, and the
 * collections the recording saw by cause ({@code jdk.GarbageCollection} events).
 */
final class HeapComparison {
  private static final String[] HEAPS = {"128m", "4g"};
  private static final int[] SIZES = {100, 10000};
  private static final int ITERATIONS = 4;
  private static final int ITERATION_MILLIS = 1000;

  private HeapComparison() {}

  static void run(String filter) throws RunnerException, IOException {
    String only = filter.isEmpty() ? "Markdown|Html|Import|Json" : filter;
    Path recordings = Files.createTempDirectory("postmortem-heap-jfr");
    StringBuilder table = new StringBuilder("| benchmark | events | heap | µs per event | CPU µs per event "
        + "| GC time share | collections (JMH) | collections by cause (JFR) |\n|---|---:|---|---:|---:|---:|---:|---|\n");
    Map<String, List<String>> rows = new TreeMap<>();
    for (String heap : HEAPS) {
      Path dir = recordings.resolve(heap);
      var results = new Runner(new OptionsBuilder()
          .include(RunBenchmarks.include(only))
          .param("events", RunBenchmarks.strings(SIZES))
          .forks(1)
          .warmupIterations(2)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(ITERATIONS)
          .measurementTime(TimeValue.milliseconds(ITERATION_MILLIS))
          .jvmArgsAppend("-Xmx" + heap)
          .addProfiler(GCProfiler.class)
          .addProfiler(CpuTimeProfiler.class)
          .addProfiler(JavaFlightRecorderProfiler.class, "dir=" + dir + ";configName=default")
          .shouldFailOnError(true)
          .build()).run();
      for (var entry : Measurement.byKey(results).entrySet()) {
        String key = entry.getKey();
        Measurement m = entry.getValue();
        int events = Integer.parseInt(key.substring(key.lastIndexOf('@') + 1));
        String name = key.substring(0, key.lastIndexOf('@'));
        rows.computeIfAbsent(name + "@" + String.format(Locale.ROOT, "%06d", events), k -> new ArrayList<>())
            .add(String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %.0f %% | %.0f | %s |%n", name, events,
                heap, m.median() / events, m.cpuMicrosPerOp() / events,
                // JMH reports no gc.time when there was no collection.
                Double.isNaN(m.gcMillis()) ? 0 : 100 * m.gcMillis() / (ITERATIONS * ITERATION_MILLIS),
                Double.isNaN(m.gcCount()) ? 0 : m.gcCount(),
                causes(dir, name, events)));
      }
    }
    rows.values().forEach(list -> list.forEach(table::append));
    System.out.println("Heap comparison, JDK " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " cores; recordings in " + recordings + "\n\n" + table);
  }

  /**
   * The collections in the recording of one benchmark's fork, by cause, with their summed pauses.
   * JMH writes each recording in a folder named after the benchmark and its parameters.
   */
  private static String causes(Path dir, String name, int events) throws IOException {
    String method = name.replaceAll("\\[.*", "");
    String variant = name.contains("[") ? name.substring(name.indexOf('[') + 1, name.length() - 1) : "";
    List<Path> files;
    try (Stream<Path> all = Files.walk(dir)) {
      files = all.filter(p -> p.toString().endsWith(".jfr"))
          .filter(p -> {
            String folder = p.getParent().getFileName().toString();
            return folder.contains(method) && folder.matches(".*events-" + events + "(?![0-9]).*")
                && (variant.isEmpty() || folder.contains(variant.replace('=', '-')));
          }).toList();
    }
    if (files.size() != 1) {
      return files.size() + " recordings";
    }
    Map<String, long[]> byCause = new TreeMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(files.get(0))) {
      if (event.getEventType().getName().equals("jdk.GarbageCollection")) {
        long[] sums = byCause.computeIfAbsent(event.getString("name") + ": " + event.getString("cause"),
            k -> new long[2]);
        sums[0]++;
        sums[1] += event.getDuration("sumOfPauses").toNanos();
      }
    }
    StringBuilder text = new StringBuilder();
    byCause.forEach((cause, sums) -> text.append(text.length() == 0 ? "" : "; ")
        .append(String.format(Locale.ROOT, "%s × %d (%.0f ms)", cause, sums[0], sums[1] / 1e6)));
    return text.length() == 0 ? "none" : text.toString();
  }
}
