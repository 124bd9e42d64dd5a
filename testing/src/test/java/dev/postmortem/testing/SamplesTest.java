package dev.postmortem.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.lint.PostmortemLinter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SamplesTest {
  private static final Clock DAY_AFTER =
      Clock.fixed(Instant.parse("2024-03-15T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void samplesAreTheSameValueEveryTime() {
    assertEquals(Samples.openAi503s(), Samples.openAi503s());
    assertEquals(Samples.elevenLabsQuota(), Samples.elevenLabsQuota());
  }

  @Test
  void theOpenAiSampleIsACompleteFinalPostmortem() {
    Postmortem p = Samples.openAi503s();
    assertEquals("2024-03-14-openai-503s.md", p.suggestedFileName());
    assertEquals(Optional.of(Duration.ofMinutes(19)), p.duration());
    assertEquals(Optional.of(Duration.ofMinutes(1)), p.milestones().timeToDetect());
    assertEquals(6, p.timeline().size());
    assertTrue(PostmortemLinter.builder().clock(DAY_AFTER).build().lint(p).isEmpty(),
        () -> PostmortemLinter.builder().clock(DAY_AFTER).build().lint(p).toString());
  }

  @Test
  void theElevenLabsSampleFillsTheDetailedTemplate() {
    Postmortem p = Samples.elevenLabsQuota();
    assertTrue(!p.summary().isEmpty() && !p.impact().isEmpty() && !p.rootCause().isEmpty()
        && !p.detection().isEmpty() && !p.resolution().isEmpty() && !p.lessons().isEmpty()
        && !p.appendix().isEmpty() && !p.review().isEmpty());
    assertEquals(4, p.preventionMeasures().size());
    assertEquals(Optional.of(Duration.ofMinutes(47)), p.milestones().timeToResolve());
  }
}
