package dev.postmortem.testing;

import static dev.postmortem.testing.properties.PostmortemGens.postmortems;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Properties of the model over generated postmortems of both flavours. */
class GeneratedPostmortemPropertiesTest {

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void generatedValuesPassTheInvariantsWhenRebuilt(Flavour flavour) {
    // Rebuilding runs every check again, from a builder rather than the generator's own path.
    theory().forAll(postmortems(flavour))
        .checkAssert(p -> assertEquals(p, Postmortem.builder().from(p).build()));
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void copyingThroughFromGivesAnEqualValue(Flavour flavour) {
    theory().forAll(postmortems(flavour)).checkAssert(p -> {
      Postmortem copy = Postmortem.builder().from(p).build();
      assertNotSame(p, copy);
      assertEquals(p, copy);
      assertEquals(p.toString(), copy.toString());
    });
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void equalValuesHaveEqualHashCodes(Flavour flavour) {
    theory().forAll(postmortems(flavour)).checkAssert(p -> {
      Postmortem copy = Postmortem.builder().from(p).build();
      assertEquals(p.hashCode(), copy.hashCode());
    });
  }
}
