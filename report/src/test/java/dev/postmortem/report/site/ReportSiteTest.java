package dev.postmortem.report.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.ReportEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's files as written, read with an HTML parser (jsoup): order, links, words, safety. */
class ReportSiteTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
  static final Path EXAMPLES = Path.of("src/test/resources/postmortems");

  @Test
  void theIndexListsEveryPostmortemNewestFirstInBothFormats(@TempDir Path out) throws Exception {
    PostmortemReport report = ReportSite.builder().clock(CLOCK).build().write(EXAMPLES, out);
    List<String> names = report.entries().stream().map(ReportEntry::name).toList();
    assertEquals(List.of("2026-03-14-dns-eu-west.md", "2025-10-12-deploy-rollback.md", "2025-09-30-cert-expiry.md",
        "2025-06-02-elevenlabs-quota.md", "2025-03-03-payment-webhooks.md", "2024-03-14-openai-503s.md",
        "2023-11-08-checkout-latency.md", "2015-10-21-shakespeare-search.md", "undated-login-outage.md",
        "undated-queue-notes.md"), names);
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    List<String> linked = index.select("#postmortems + table tbody a").eachAttr("href");
    assertEquals(names.stream().map(n -> "postmortems/" + n.replace(".md", ".html")).toList(), linked);
    String md = Files.readString(out.resolve("index.md"));
    int previous = -1;
    for (String name : names) {
      int at = md.indexOf("](postmortems/" + name + ")");
      assertTrue(at > previous, name + " in order in index.md");
      previous = at;
    }
    assertTrue(md.startsWith("# Postmortem report\n\n10 postmortems, newest first, as of 2026-04-01."), md);
  }

  @Test
  void everyPageIsStyledTitledInEnglishFetchesNothingAndLinksOnlyToFilesThatExist(@TempDir Path out)
      throws Exception {
    ReportSite.builder().clock(CLOCK).build().write(EXAMPLES, out);
    List<Path> pages;
    try (Stream<Path> files = Files.walk(out)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    assertEquals(11, pages.size(), "the index and ten postmortem pages");
    for (Path page : pages) {
      Document dom = Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
      assertEquals("en", dom.selectFirst("html").attr("lang"), page.toString());
      assertFalse(dom.title().isBlank(), page.toString());
      assertEquals(1, dom.select("style").size(), page.toString());
      assertTrue(dom.selectFirst("style").data().contains("prefers-color-scheme:dark"), page.toString());
      assertTrue(dom.selectFirst("style").data().contains("@media print"), page.toString());
      assertEquals(0, dom.select("script, link, img, iframe, object, [src]").size(), page.toString());
      assertFalse(dom.selectFirst("style").data().matches("(?s).*(@import|url\\().*"), page.toString());
      assertEquals(List.of(), dom.select("thead").stream().filter(h -> h.text().isBlank()).toList(),
          "no empty header row on " + page);
      assertEquals(List.of(), dom.select("th").stream().filter(h -> h.text().isBlank()).toList(), page.toString());
      assertTrue(ReportSiteBrowserTest.assertLinksResolve(dom, page) > 0, page.toString());
    }
    // Source copied byte for byte beside its page.
    assertEquals(Files.readString(EXAMPLES.resolve("2024-03-14-openai-503s.md")),
        Files.readString(out.resolve("postmortems/2024-03-14-openai-503s.md")));
  }

  @Test
  void countsAreWrittenWithTheirNounInTheRightNumber(@TempDir Path in, @TempDir Path out) throws Exception {
    Files.writeString(in.resolve("2024-01-10-only.md"), "# Only one\n\n**Date:** 2024-01-10\n\n## Summary\n\nText.\n");
    ReportSite.builder().clock(CLOCK).build().write(in, out);
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertTrue(index.selectFirst(".lede").text().startsWith("1 postmortem on 2024-01-10, as of"), index.selectFirst(".lede").text());
    assertEquals("1 postmortem", index.selectFirst(".tile").text());
    String md = Files.readString(out.resolve("index.md"));
    assertTrue(md.contains("1 postmortem, newest first"), md);
    Document page = Jsoup.parse(out.resolve("postmortems/2024-01-10-only.html").toFile(), "UTF-8");
    Element findings = page.selectFirst("aside.findings h2");
    int count = page.select("aside.findings li").size();
    assertEquals(count + (count == 1 ? " lint finding" : " lint findings"), findings.text());
    Element bar = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").selectFirst("figure figcaption");
    assertFalse(bar.text().contains("1 incidents") || bar.text().contains("1 postmortems"), bar.text());
  }

  @Test
  void hostileFileNamesAndTitlesStayRelativeLinksAndText(@TempDir Path in, @TempDir Path out) throws Exception {
    Files.writeString(in.resolve("javascript:alert(1).md"), "# A <script>alert(1)</script> `code`\n\n**Date:** 2024-02-01\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("a b #?%.md"), "# [Linked](javascript:alert(2)) title\n", StandardCharsets.UTF_8);
    ReportSite.builder().clock(CLOCK).build().write(in, out);
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8", out.resolve("index.html").toUri().toString());
    List<String> hrefs = new ArrayList<>(index.select("#postmortems + table tbody a").eachAttr("href"));
    assertEquals(List.of("postmortems/javascript%3Aalert%281%29.html", "postmortems/a%20b%20%23%3F%25.html"), hrefs);
    ReportSiteBrowserTest.assertLinksResolve(index, out.resolve("index.html"));
    assertEquals(0, index.select("script").size());
    Element first = index.selectFirst("#postmortems + table tbody a");
    assertEquals("A <script>alert(1)</script> code", first.text());
    assertEquals(1, first.select("code").size(), "the title's Markdown is rendered");
    assertEquals(0, index.select("#postmortems + table tbody a a").size(), "a link in a title is not nested");
    assertEquals("A <script>alert(1)</script> code",
        Jsoup.parse(out.resolve("postmortems/javascript:alert(1).html").toFile(), "UTF-8").title());
  }
}
