package dev.postmortem.json;

import static dev.postmortem.testing.properties.PostmortemGens.postmortems;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import dev.postmortem.testing.properties.Mutations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  private static final PostmortemParser PARSER = new JsonFormat().parser().orElseThrow();
  private static final JsonFormat PRETTY = JsonFormat.builder().prettyPrint(true).build();
  private static final Map<String, Integer> OUTCOMES = new TreeMap<>();

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void mutatedDocumentsParseToValidPostmortemsOrThrowTheParseException(Flavour flavour) {
    theory().withExamples(Mutations.tries())
        .forAll(postmortems(flavour), Mutations.mutations())
        .checkAssert((p, mutations) -> {
          String valid = (mutations.get(0).position() % 2 == 0 ? new JsonFormat() : PRETTY)
              .renderer().render(p);
          byte[] mutated = Mutations.apply(valid, mutations);
          String outcome;
          try {
            Postmortem read = PARSER.parse(new ByteArrayInputStream(mutated));
            // What the parser returns passes the invariants: building it again changes nothing.
            assertEquals(read, Postmortem.from(read).build());
            outcome = "parsed";
          } catch (PostmortemParseException e) {
            outcome = e.problem().toString();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          synchronized (OUTCOMES) {
            OUTCOMES.merge(outcome, 1, Integer::sum);
          }
        });
  }

  @AfterAll
  static void printOutcomes() {
    System.out.println("JSON mutation property: " + OUTCOMES.values().stream().mapToInt(i -> i).sum()
        + " mutated documents (" + Mutations.tries() + " per flavour): " + OUTCOMES);
  }
}
