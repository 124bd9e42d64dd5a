package dev.postmortem.json;

import static dev.postmortem.testing.PostmortemAssertions.assertSamePostmortem;
import static dev.postmortem.testing.properties.PostmortemGens.postmortems;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The round-trip contract of SPEC §7 for the JSON format, compact and pretty. QuickTheories, for
 * its shrinking to the smallest failing postmortem; a failure shows the structural diff.
 */
class JsonRoundTripPropertiesTest {
  private static final PostmortemFormat COMPACT = JsonFormat.create();
  private static final PostmortemFormat PRETTY = JsonFormat.builder().prettyPrint(true).build();

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void jsonRoundTripPreservesEveryField(Flavour flavour) {
    PostmortemRenderer renderer = COMPACT.renderer();
    PostmortemParser parser = COMPACT.parser().orElseThrow();
    theory().forAll(postmortems(flavour))
        .checkAssert(p -> assertSamePostmortem(p, parser.parse(renderer.render(p))));
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void prettyJsonRoundTripPreservesEveryField(Flavour flavour) {
    PostmortemRenderer renderer = PRETTY.renderer();
    PostmortemParser parser = PRETTY.parser().orElseThrow();
    theory().forAll(postmortems(flavour))
        .checkAssert(p -> assertSamePostmortem(p, parser.parse(renderer.render(p))));
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void renderingIsDeterministic(Flavour flavour) {
    theory().forAll(postmortems(flavour)).checkAssert(p -> {
      assertEquals(PRETTY.renderer().render(p), PRETTY.renderer().render(p));
      // A fresh format instance must not render differently either.
      assertEquals(COMPACT.renderer().render(p), JsonFormat.create().renderer().render(p));
    });
  }
}
