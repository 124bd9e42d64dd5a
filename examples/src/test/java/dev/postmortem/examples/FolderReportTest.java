package dev.postmortem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.postmortem.report.PostmortemReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The report over the bundled folder: every file imported, and HTML that parses as XML. */
class FolderReportTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void everyBundledPostmortemIsInTheReportAndTheHtmlIsWellFormed() throws Exception {
    // Surefire runs in the module's directory.
    PostmortemReport report = FolderReport.report(Path.of("postmortems"), CLOCK);
    assertEquals(10, report.entries().size());
    String html = report.toHtml();
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("html", document.getDocumentElement().getTagName());
    assertEquals(2, document.getElementsByTagName("svg").getLength());
    assertEquals(10, document.getElementsByTagName("a").getLength(), "one link per postmortem");
    assertFalse(html.contains("<script"));
  }
}
