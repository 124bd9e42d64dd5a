package dev.postmortem.markdown;

import dev.postmortem.testing.PostmortemGenerator.Flavour;
import dev.postmortem.testing.properties.Mutations;
import dev.postmortem.testing.properties.ParseOutcomes;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mutated Markdown documents (random character, line and byte edits of valid ones, both
 * layouts) give either a postmortem that passes the model's invariants or the parse exception:
 * nothing else. {@code postmortem.properties.mutations} tries per flavour (5 000 by default,
 * 500 000 under {@code -Pexhaustive}); a failure prints the smallest case and the seed.
 */
class MarkdownMutationPropertiesTest {
  private static final ParseOutcomes OUTCOMES = new ParseOutcomes();

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void mutatedDocumentsParseToValidPostmortemsOrThrowTheParseException(Flavour flavour) {
    Mutations.checkProperty(flavour, List.of(MarkdownFormat.create().renderer(),
            MarkdownFormat.builder().layout(Layout.DETAILED).build().renderer()),
        MarkdownFormat.create().parser().orElseThrow(), OUTCOMES);
  }

  @AfterAll
  static void printOutcomes() {
    System.out.println("Markdown mutation property: " + OUTCOMES.total() + " mutated documents ("
        + Mutations.tries() + " per flavour): " + OUTCOMES);
  }
}
