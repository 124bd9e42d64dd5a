package dev.postmortem.testing.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Sample} resolves parameters of test and lifecycle methods, with no {@code @ExtendWith}. */
class SampleTest {
  private Postmortem fromLifecycle;

  @BeforeEach
  void keep(@Sample("elevenLabsQuota") Postmortem incident) {
    fromLifecycle = incident;
  }

  @Test
  void aTestParameterIsTheNamedSample(@Sample("openAi503s") Postmortem incident) {
    assertEquals(Samples.openAi503s(), incident);
    assertEquals(Samples.elevenLabsQuota(), fromLifecycle);
  }
}
