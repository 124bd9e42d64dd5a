package dev.postmortem.markdown;

import static dev.postmortem.testing.properties.PostmortemGens.postmortems;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The round-trip contract of SPEC §7 for Markdown, in both layouts and both flavours. */
class MarkdownRoundTripPropertiesTest {

  static Stream<Arguments> layoutsAndFlavours() {
    List<Arguments> all = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      for (Flavour flavour : Flavour.values()) {
        all.add(Arguments.of(layout, flavour));
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("layoutsAndFlavours")
  void markdownRoundTripPreservesEveryField(Layout layout, Flavour flavour) {
    MarkdownFormat markdown = MarkdownFormat.builder().layout(layout).build();
    theory().forAll(postmortems(flavour)).checkAssert(p ->
        assertEquals(p, markdown.parser().orElseThrow().parse(markdown.render(p))));
  }

  @ParameterizedTest
  @MethodSource("layoutsAndFlavours")
  void renderingIsDeterministic(Layout layout, Flavour flavour) {
    theory().forAll(postmortems(flavour)).checkAssert(p -> assertEquals(
        MarkdownFormat.builder().layout(layout).build().render(p),
        MarkdownFormat.builder().layout(layout).build().render(p)));
  }
}
