package dev.postmortem.json;

import static dev.postmortem.testing.PostmortemAssertions.assertSamePostmortem;

import dev.postmortem.EventKind;
import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParser;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The largest values the builders take read back from JSON, as text and as UTF-8 bytes (issue 14,
 * classes 5 and 6): Jackson counts a name's bytes when it reads bytes, so the longest key of
 * three-byte characters is the one that must still fit its name limit.
 */
class JsonExtremesTest {
  private static final JsonFormat JSON = JsonFormat.create();

  private static void assertRoundTrips(Postmortem p) throws Exception {
    String json = JSON.renderer().render(p);
    PostmortemParser parser = JSON.parser().orElseThrow();
    assertSamePostmortem(p, parser.parse(json), "from a String");
    assertSamePostmortem(p, parser.parse(new StringReader(json)), "from a Reader");
    assertSamePostmortem(p, parser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))),
        "from UTF-8 bytes");
  }

  @Test
  void theLongestMapKeysOfThreeByteCharactersReadBack() throws Exception {
    String longest = "\u4e2d".repeat(10_000);
    assertRoundTrips(Postmortem.builder().title("t").putAttribute(longest, "v")
        .appendix(a -> a.putFeatureFlag(longest, "on").putEnvironment(longest, "v")).build());
  }

  @Test
  void theEarliestAndLatestInstantsReadBack() throws Exception {
    Instant earliest = Instant.parse("-999999999-01-02T00:00:00Z");
    Instant latest = Instant.parse("+999999999-12-30T23:59:59.999999999Z");
    assertRoundTrips(Postmortem.builder().title("t").zone(ZoneId.of("Asia/Ho_Chi_Minh"))
        .startedAt(earliest).endedAt(latest)
        .addEvent(e -> e.at(earliest).kind(EventKind.STARTED).description("began"))
        .addEvent(e -> e.at(latest).description("ended"))
        .build());
  }
}
