package dev.postmortem.benchmarks;

import dev.postmortem.markdown.MarkdownFormat;
import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.site.ReportSite;
import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The report site ({@link ReportSite#write}) over a folder of 1 000 generated postmortems written
 * to a temporary folder in the setup, beside what a plain static-site step would do with
 * commonmark-java: read each file, parse it with the GFM tables extension, render it as HTML and
 * write the page.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ReportBenchmarks {
  /** Postmortems in the folder. */
  static final int POSTMORTEMS = 1000;
  private static final ReportSite SITE = ReportSite.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC)).build();

  Path folder;
  Path output;
  Path plainOutput;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("postmortem-report-in");
    output = Files.createTempDirectory("postmortem-report-out");
    plainOutput = Files.createTempDirectory("postmortem-report-plain");
    PostmortemGenerator generator = PostmortemGenerator.create(20261122L);
    MarkdownFormat markdown = MarkdownFormat.create();
    for (int i = 0; i < POSTMORTEMS; i++) {
      Files.writeString(folder.resolve(String.format("pm-%04d.md", i)),
          markdown.render(generator.generate(Flavour.REALISTIC)), StandardCharsets.UTF_8);
    }
    if (SITE.read(folder).entries().size() != POSTMORTEMS) {
      throw new IllegalStateException("the report does not list every postmortem");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    for (Path dir : List.of(folder, output, plainOutput)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  @Benchmark
  public PostmortemReport siteOurs() throws IOException {
    return SITE.write(folder, output);
  }

  @Benchmark
  public int siteCommonmark() throws IOException {
    Parser parser = Inputs.TABLES_PARSER;
    int pages = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String html = HtmlBenchmarks.RENDERER.render(parser.parse(Files.readString(file, StandardCharsets.UTF_8)));
        Files.writeString(plainOutput.resolve(file.getFileName() + ".html"), html, StandardCharsets.UTF_8);
        pages++;
      }
    }
    return pages;
  }
}
