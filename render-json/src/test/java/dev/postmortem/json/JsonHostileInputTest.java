package dev.postmortem.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The hostile JSON corpus ({@link HostileInputs#json}): each input, read as UTF-8 bytes and as
 * text, by the default parser and by one that skips unknown fields (so that deep nesting in one
 * reaches the depth limit), parses or throws the parse exception within 10 seconds, under the
 * build's {@code -Xmx256m} test heap. Prints the outcomes, for the README's Reliability section.
 */
class JsonHostileInputTest {

  @Test
  void everyHostileInputParsesOrThrowsTheParseExceptionInTime() throws Exception {
    PostmortemParser strict = JsonFormat.create().parser().orElseThrow();
    PostmortemParser skipping =
        JsonFormat.builder().ignoreUnknownFields(true).build().parser().orElseThrow();
    Map<String, ParseOutcomes.Read> reads = new LinkedHashMap<>();
    reads.put("bytes", input -> strict.parse(new ByteArrayInputStream(input.bytes())));
    reads.put("text", input -> strict.parse(input.text()));
    reads.put("bytes, unknown skipped", input -> skipping.parse(new ByteArrayInputStream(input.bytes())));
    reads.put("text, unknown skipped", input -> skipping.parse(input.text()));
    List<HostileInputs.Input> inputs =
        HostileInputs.json(JsonFormat.create().renderer().render(Samples.elevenLabsQuota()));

    ParseOutcomes.checkCorpus("Hostile JSON corpus", inputs, reads, Duration.ofSeconds(10));
    assertTrue(inputs.size() >= 100, "the corpus has " + inputs.size() + " inputs");
  }
}
