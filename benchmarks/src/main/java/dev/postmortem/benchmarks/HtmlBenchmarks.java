package dev.postmortem.benchmarks;

import dev.postmortem.markdown.HtmlFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * HTML render from the model (ours: Markdown written, parsed and rendered safely) beside
 * commonmark-java parsing the same Markdown text (GFM tables extension) and rendering it with
 * {@code HtmlRenderer} (tables extension, raw HTML escaped, URLs sanitised to http, https and
 * mailto, as ours): what a user holding the Markdown would run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlBenchmarks {
  private static final HtmlFormat HTML = HtmlFormat.builder().fragment(true).build();
  static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .extensions(List.of(TablesExtension.create()))
      .escapeHtml(true)
      .sanitizeUrls(true)
      .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
      .build();

  @Benchmark
  public String renderOurs(Inputs in) {
    return HTML.renderer().render(in.postmortem);
  }

  @Benchmark
  public String renderCommonmark(Inputs in) {
    return RENDERER.render(Inputs.TABLES_PARSER.parse(in.markdown));
  }
}
