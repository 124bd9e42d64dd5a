package dev.postmortem.benchmarks;

import dev.postmortem.markdown.HtmlFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * HTML render (ours: Markdown written, parsed and rendered safely) beside commonmark-java's
 * {@code HtmlRenderer} on the already parsed document.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlBenchmarks {
  private static final HtmlFormat HTML = HtmlFormat.builder().fragment(true).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).escapeHtml(true).build();

  @Benchmark
  public String renderOurs(Inputs in) {
    return HTML.renderer().render(in.postmortem);
  }

  @Benchmark
  public String renderCommonmark(Inputs in) {
    return RENDERER.render(in.markdownDocument);
  }
}
