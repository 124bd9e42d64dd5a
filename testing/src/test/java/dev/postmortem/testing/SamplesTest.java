package dev.postmortem.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.lint.PostmortemLinter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

  @Test
  void everySampleMethodIsFoundByItsName() throws ReflectiveOperationException {
    // A sample added as a method but not to the names would be missing from @Sample.
    Set<String> methods = Arrays.stream(Samples.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getReturnType() == Postmortem.class)
        .map(Method::getName).collect(Collectors.toSet());
    assertEquals(methods, Samples.names());
    for (String name : Samples.names()) {
      assertEquals(Samples.class.getMethod(name).invoke(null), Samples.named(name));
    }
  }

  @Test
  void anUnknownNameSaysWhichThereAre() {
    NoSuchElementException e =
        assertThrows(NoSuchElementException.class, () -> Samples.named("openai503s"));
    assertEquals("no sample \"openai503s\"; the samples are [elevenLabsQuota, openAi503s]",
        e.getMessage());
  }
}
