package dev.postmortem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.format.Formats;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.testing.Samples;
import org.junit.jupiter.api.Test;

/** Example 3: the plug-in format is found by name through the ServiceLoader and renders. */
class ChatSummaryFormatTest {

  @Test
  void isRegisteredBesideTheBundledFormats() {
    assertTrue(Formats.names().containsAll(
        java.util.List.of("chat-summary", "html", "json", "markdown")), Formats.names()::toString);
    PostmortemFormat format = Formats.named("chat-summary");
    assertInstanceOf(ChatSummaryFormat.class, format);
    assertTrue(format.parser().isEmpty(), "render only");
  }

  @Test
  void summarisesTheSampleInAFewLines() {
    // Read off Samples.openAi503s(): sev-2, resolved, 14:01-14:20, alerted at 14:02, owner
    // @alice; the TL;DR is one paragraph; two items open (@bob, @chen), one done (@alice).
    String expected = """
        [sev-2] OpenAI 503s (INC-2041) - resolved
        OpenAI returned 503s for 18 minutes. Our analysis pipeline retried tightly, exhausted \
        its worker pool and slowed transcript reads for every user. We failed fast with \
        "analysis temporarily unavailable" and re-queued the backlog; backoff and a capped pool \
        come next.
        Lasted 19 min, detected after 1 min, owner @alice
        2 action items open:
          - Add exponential backoff with cap to `OpenAiAnalysisClient` (@bob), due 2024-03-21
          - Cap worker thread pool size; add metric (@chen), due 2024-03-28
        """;
    assertEquals(expected, Formats.named("chat-summary").renderer().render(Samples.openAi503s()));
  }
}
