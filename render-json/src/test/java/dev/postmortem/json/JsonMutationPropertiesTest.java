package dev.postmortem.json;

import dev.postmortem.testing.PostmortemGenerator.Flavour;
import dev.postmortem.testing.properties.Mutations;
import dev.postmortem.testing.properties.ParseOutcomes;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mutated JSON documents (random character, line and byte edits of valid ones, compact and
 * pretty) give either a postmortem that passes the model's invariants or the parse exception:
 * nothing else. {@code postmortem.properties.mutations} tries per flavour (5 000 by default,
 * 500 000 under {@code -Pexhaustive}); a failure prints the smallest case and the seed.
 */
class JsonMutationPropertiesTest {
  private static final ParseOutcomes OUTCOMES = new ParseOutcomes();

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void mutatedDocumentsParseToValidPostmortemsOrThrowTheParseException(Flavour flavour) {
    Mutations.checkProperty(flavour, List.of(JsonFormat.create().renderer(),
            JsonFormat.builder().prettyPrint(true).build().renderer()),
        JsonFormat.create().parser().orElseThrow(), OUTCOMES);
  }

  @AfterAll
  static void printOutcomes() {
    System.out.println("JSON mutation property: " + OUTCOMES.total() + " mutated documents ("
        + Mutations.tries() + " per flavour): " + OUTCOMES);
  }
}
