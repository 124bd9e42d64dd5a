package dev.postmortem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.report.PostmortemReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The site over the bundled folder: every file imported, a page per postmortem, read as HTML. */
class FolderReportTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void everyBundledPostmortemHasAPageLinkedFromTheIndex() throws Exception {
    Path out = Files.createTempDirectory("folder-report");
    // Surefire runs in the module's directory.
    PostmortemReport report = FolderReport.site(CLOCK).write(Path.of("postmortems"), out);
    assertEquals(10, report.entries().size());
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertEquals(3, index.select("svg").size());
    assertEquals(10, index.select("#postmortems + table tbody tr").size(), "one row per postmortem");
    assertEquals(0, index.select("script").size());
    for (Element link : index.select("#postmortems + table tbody a[href]")) {
      assertTrue(Files.isRegularFile(out.resolve(link.attr("href"))), link.attr("href"));
    }
    assertEquals("2026-03-14", index.select("#postmortems + table tbody tr td").first().text(), "newest first");
  }
}
