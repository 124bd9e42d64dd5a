package dev.postmortem.benchmarks;

import dev.postmortem.markdown.ImportedPostmortem;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * {@code MarkdownImporter} reading a hand-written document of each layout family, beside
 * commonmark-java's bare {@code Parser.parse} (no extensions) of the same text: the floor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImportBenchmarks {

  @Benchmark
  public ImportedPostmortem importOurs(ImportInputs in) {
    return ImportInputs.IMPORTER.read(in.text);
  }

  @Benchmark
  public Node importCommonmarkBare(ImportInputs in) {
    return Inputs.BARE_PARSER.parse(in.text);
  }
}
