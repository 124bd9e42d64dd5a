package dev.postmortem.testing;

import static dev.postmortem.testing.PostmortemAssertions.assertSamePostmortem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postmortem.Postmortem;
import dev.postmortem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The failure message of {@link PostmortemAssertions} is the diff. */
class PostmortemAssertionsTest {

  @Test
  void equalPostmortemsPass() {
    assertSamePostmortem(Samples.openAi503s(), Samples.openAi503s());
    assertSamePostmortem(null, null);
  }

  @Test
  void theFailureMessageListsTheChangesFromExpectedToActual() {
    Postmortem expected = Samples.openAi503s();
    Postmortem actual = Postmortem.builder().from(expected).severity(Severity.SEV_3)
        .timeline(expected.timeline().subList(0, expected.timeline().size() - 1)).build();
    AssertionError error = assertThrows(AssertionError.class,
        () -> assertSamePostmortem(expected, actual, "round trip"));
    List<String> lines = error.getMessage().lines().toList();
    assertEquals("round trip: postmortems differ in 2 places (expected → actual):", lines.get(0));
    assertEquals("- `severity`: `sev-2 (rank 2)` → `sev-3 (rank 3)`", lines.get(1));
    assertEquals(true, lines.get(2).startsWith("- `timeline[\""), lines.get(2));
    assertEquals(true, lines.get(2).endsWith("`: removed"), lines.get(2));
    assertEquals(3, lines.size());
  }

  @Test
  void nullOnOneSideSaysSo() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> assertSamePostmortem(Samples.openAi503s(), null));
    assertEquals("expected a postmortem but was null", error.getMessage());
  }
}
