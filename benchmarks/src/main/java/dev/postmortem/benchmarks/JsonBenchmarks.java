package dev.postmortem.benchmarks;

import dev.postmortem.Postmortem;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** JSON write and read, each beside Jackson databind on the same data in plain records. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmarks {

  @Benchmark
  public String writeOurs(Inputs in) {
    return Inputs.JSON.renderer().render(in.postmortem);
  }

  @Benchmark
  public String writeJacksonRecords(Inputs in) {
    return Inputs.PLAIN_JSON.writeValueAsString(in.records);
  }

  @Benchmark
  public Postmortem readOurs(Inputs in) {
    return Inputs.JSON.parser().orElseThrow().parse(in.json);
  }

  @Benchmark
  public PlainRecords.Document readJacksonRecords(Inputs in) {
    return Inputs.PLAIN_JSON.readValue(in.json, PlainRecords.Document.class);
  }
}
