package dev.postmortem.report.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site over the example postmortems (a copy in {@code src/test/resources/postmortems}), opened
 * in headless Chromium: the checks read the DOM Chromium built, not the bytes written. Screenshots
 * of the index and of one postmortem page go to {@code target/screenshots/} for a person to look
 * at. Skipped, saying how to install it, where Chromium is missing; CI installs it.
 */
class ReportSiteBrowserTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
  static final Path TARGET = Path.of("target");
  static final Path SITE = TARGET.resolve("browser-test-site");
  static final Path SCREENSHOTS = TARGET.resolve("screenshots");
  static final String PAGE = "postmortems/2025-06-02-elevenlabs-quota.html";

  static Chromium chromium;

  @BeforeAll
  static void writeTheSite() throws Exception {
    Files.createDirectories(TARGET);
    Optional<Chromium> found = Chromium.find(Files.createTempDirectory(TARGET, "chromium"));
    assumeTrue(found.isPresent(), "Chromium is not installed, so the site is not checked in a browser; "
        + "install it with: " + Chromium.INSTALL);
    chromium = found.get();
    ReportSite.builder().clock(CLOCK).build().write(Path.of("src/test/resources/postmortems"), SITE);
  }

  @Test
  void theConsoleCheckSeesAConsoleError() throws Exception {
    // The check below passes when the log has no console line; this shows that it would have one.
    Path canary = Files.writeString(TARGET.resolve("console-canary.html"),
        "<!DOCTYPE html><html lang=\"en\"><title>canary</title><script>console.error('canary')</script></html>");
    List<String> messages = chromium.dumpDom(canary).consoleMessages();
    assertEquals(1, messages.size(), messages::toString);
    assertTrue(messages.get(0).contains("canary"), messages::toString);
  }

  @Test
  void theIndexAsChromiumBuiltItHasWorkingLinksChartsInsideTheirBoxesAndNoConsoleErrors() throws Exception {
    Chromium.Run run = chromium.dumpDom(SITE.resolve("index.html"));
    assertEquals(List.of(), run.consoleMessages());
    Document dom = Jsoup.parse(run.dom(), SITE.resolve("index.html").toUri().toString());
    assertEquals("en", dom.selectFirst("html").attr("lang"));
    assertEquals("Postmortem report", dom.title());
    // Seven of the ten have a date and a time to resolve: the Shakespeare, checkout-latency,
    // OpenAI, ElevenLabs, certificate, rollback and DNS postmortems (the two undated ones and the
    // webhook one, whose timeline never resolves, have none).
    assertEquals(11 + 10 + 7, assertLinksResolve(dom, SITE.resolve("index.html")),
        "index.md, a row and an SVG point per postmortem with a time to resolve, the findings of each");
    assertEquals(3, dom.select("svg").size());
    for (Element svg : dom.select("svg")) {
      assertMarksInsideViewBox(svg);
    }
    assertEquals(7, dom.select("svg circle").size(), "the seven postmortems with a date and a time to resolve");
    chromium.screenshot(SITE.resolve("index.html"), SCREENSHOTS.resolve("index.png"), 1200, 2600);
    assertTrue(Files.size(SCREENSHOTS.resolve("index.png")) > 20_000, "a screenshot with something on it");
  }

  @Test
  void aPostmortemPageAsChromiumBuiltItLinksBackAndToItsSource() throws Exception {
    Path page = SITE.resolve(PAGE);
    Chromium.Run run = chromium.dumpDom(page);
    assertEquals(List.of(), run.consoleMessages());
    Document dom = Jsoup.parse(run.dom(), page.toUri().toString());
    assertEquals("en", dom.selectFirst("html").attr("lang"));
    assertEquals("Incident Postmortem: Track generation quota exhausted", dom.title());
    assertEquals(2, assertLinksResolve(dom, page), "back to the index, and the Markdown source");
    assertEquals(List.of(), dom.select("thead").stream().filter(h -> h.text().isBlank()).toList(),
        "no empty header row");
    chromium.screenshot(page, SCREENSHOTS.resolve("postmortem.png"), 1200, 2200);
    assertTrue(Files.size(SCREENSHOTS.resolve("postmortem.png")) > 20_000, "a screenshot with something on it");
  }

  /** Every link that is not to another site resolves to a file; returns how many there were. */
  static int assertLinksResolve(Document dom, Path page) {
    List<String> broken = new ArrayList<>();
    int internal = 0;
    for (Element a : dom.select("a[href]")) {
      URI uri = URI.create(a.absUrl("href"));
      if (!"file".equals(uri.getScheme())) {
        continue;
      }
      internal++;
      if (!Files.isRegularFile(Path.of(uri))) {
        broken.add(a.attr("href") + " -> " + uri);
      }
    }
    assertEquals(List.of(), broken, "broken links on " + page);
    return internal;
  }

  /** Every circle, rect, line, polyline point and text anchor of {@code svg} is inside its view box. */
  static void assertMarksInsideViewBox(Element svg) {
    String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
    assertEquals(4, box.length, "a view box: " + svg.attr("viewBox"));
    double minX = Double.parseDouble(box[0]);
    double minY = Double.parseDouble(box[1]);
    double maxX = minX + Double.parseDouble(box[2]);
    double maxY = minY + Double.parseDouble(box[3]);
    List<String> outside = new ArrayList<>();
    int marks = 0;
    for (Element e : svg.select("circle, rect, line, polyline, text")) {
      List<double[]> points = new ArrayList<>();
      switch (e.tagName()) {
        case "circle" -> {
          double cx = num(e, "cx");
          double cy = num(e, "cy");
          double r = num(e, "r");
          points.add(new double[] {cx - r, cy - r});
          points.add(new double[] {cx + r, cy + r});
        }
        case "rect" -> {
          double x = num(e, "x");
          double y = num(e, "y");
          assertTrue(num(e, "width") >= 0 && num(e, "height") >= 0, e::outerHtml);
          points.add(new double[] {x, y});
          points.add(new double[] {x + num(e, "width"), y + num(e, "height")});
        }
        case "line" -> {
          points.add(new double[] {num(e, "x1"), num(e, "y1")});
          points.add(new double[] {num(e, "x2"), num(e, "y2")});
        }
        case "polyline" -> {
          for (String pair : e.attr("points").trim().split("\\s+")) {
            String[] xy = pair.split(",");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
          }
        }
        default -> points.add(new double[] {num(e, "x"), num(e, "y")});
      }
      marks++;
      for (double[] p : points) {
        if (p[0] < minX || p[0] > maxX || p[1] < minY || p[1] > maxY) {
          outside.add(e.outerHtml());
        }
      }
    }
    assertTrue(marks > 5, "the chart has marks: " + svg.attr("aria-label"));
    assertEquals(List.of(), outside, "outside the view box of " + svg.attr("aria-label"));
  }

  private static double num(Element e, String attribute) {
    assertTrue(e.hasAttr(attribute), () -> attribute + " on " + e.outerHtml());
    return Double.parseDouble(e.attr(attribute));
  }
}
