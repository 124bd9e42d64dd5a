package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.testing.HostileInputs;
import dev.postmortem.testing.Samples;
import dev.postmortem.testing.properties.ParseOutcomes;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hostile Markdown corpus ({@link HostileInputs#markdown}): each input, read as UTF-8 bytes
 * and as text by the strict parser and as bytes by the importer, parses or throws the parse
 * exception within 10 seconds, under the build's {@code -Xmx256m} test heap; what parses is also
 * rendered as HTML, which parses the inline Markdown the readers skip. Prints the outcomes, for
 * the README's Reliability section.
 */
class MarkdownHostileInputTest {
  static final HtmlFormat HTML = HtmlFormat.create();

  private static Postmortem rendered(Postmortem p) {
    HTML.renderer().render(p);
    return p;
  }

  @Test
  void everyHostileInputParsesOrThrowsTheParseExceptionInTime() throws Exception {
    MarkdownFormat format = MarkdownFormat.create();
    PostmortemParser parser = format.parser().orElseThrow();
    MarkdownImporter importer = MarkdownImporter.create();
    Map<String, ParseOutcomes.Read> reads = new LinkedHashMap<>();
    reads.put("parser, bytes", input -> rendered(parser.parse(new ByteArrayInputStream(input.bytes()))));
    reads.put("parser, text", input -> rendered(parser.parse(input.text())));
    reads.put("importer, bytes",
        input -> rendered(importer.read(new ByteArrayInputStream(input.bytes())).postmortem()));
    List<HostileInputs.Input> inputs =
        HostileInputs.markdown(format.renderer().render(Samples.elevenLabsQuota()));

    ParseOutcomes.checkCorpus("Hostile Markdown corpus", inputs, reads, Duration.ofSeconds(10));
    assertTrue(inputs.size() >= 100, "the corpus has " + inputs.size() + " inputs");
  }
}
