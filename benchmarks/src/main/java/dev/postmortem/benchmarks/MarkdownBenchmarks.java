package dev.postmortem.benchmarks;

import dev.postmortem.Postmortem;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Markdown parse beside commonmark-java's bare {@code Parser.parse} of the same text, and render
 * beside appending the same text, line by line, to a {@code StringBuilder}: the floors.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBenchmarks {

  @Benchmark
  public Postmortem parseOurs(Inputs in) {
    return Inputs.MARKDOWN.parser().orElseThrow().parse(in.markdown);
  }

  @Benchmark
  public Node parseCommonmarkBare(Inputs in) {
    return Inputs.BARE_PARSER.parse(in.markdown);
  }

  @Benchmark
  public String renderOurs(Inputs in) {
    return Inputs.MARKDOWN.render(in.postmortem);
  }

  @Benchmark
  public String renderStringBuilder(Inputs in) {
    StringBuilder out = new StringBuilder();
    for (String line : in.markdownLines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
