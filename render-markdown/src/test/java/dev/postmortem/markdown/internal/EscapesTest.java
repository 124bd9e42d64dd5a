package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import dev.postmortem.testing.properties.PostmortemGens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

class EscapesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '→', quoteCharacter = '"', value = {
      "# heading → \\# heading",
      "#hashtag → #hashtag",
      "> quote → \\> quote",
      "- dash → \\- dash",
      "-1 → -1",
      "* star → \\* star",
      "*emphasis* → *emphasis*",
      "--- → \\---",
      "-- → \\--",
      "-\t- → \\-\t-",
      "** → **",
      "1. first → 1\\. first",
      "1\\. first → 1\\\\. first",
      "2024. A year → 2024\\. A year",
      "1.5 seconds → 1.5 seconds",
      "```js → \\```js",
      "<b>bold</b> → \\<b>bold</b>",
      "[ref]: /url → \\[ref]: /url",
      "[\\]]:> → \\[\\]]:>",
      "[x] done → \\[x] done",
      "[link](x) → [link](x)",
      "\\# escaped → \\\\# escaped",
      "\\x → \\x"})
  void listItemStartsAreEscapedOnlyWhereTheyWouldOpenABlock(String text, String escaped) {
    assertEquals(escaped, Escapes.lineStart(text));
    assertEquals(text, Escapes.unescapeLineStart(escaped));
  }

  @Test
  void headingEndsCellsAndKnownHeadingsAreEscaped() {
    assertEquals("C\\#", Escapes.headingEnd("C#"));
    assertEquals("C \\#", Escapes.headingEnd("C #"));
    assertEquals("a\\\\#", Escapes.headingEnd("a\\#"));
    assertEquals("a \\| b \\\\| c", Escapes.cell("a | b \\| c"));
    assertEquals("&#x54;imeline", Escapes.customHeading("Timeline", true));
    assertEquals("Timeline", Escapes.unescapeCustomHeading("&#x54;imeline"));
    assertEquals("&#x26;#x54;imeline", Escapes.customHeading("&#x54;imeline", false));
    assertEquals("&#x54;imeline", Escapes.unescapeCustomHeading("&#x26;#x54;imeline"));
    assertEquals("Notes", Escapes.customHeading("Notes", false));
  }

  @Test
  void everyEscapeHasAnExactInverse() {
    qt().withExamples(PostmortemGens.tries() * 10)
        .forAll(SourceDSL.longs().all(), SourceDSL.booleans().all())
        .checkAssert((seed, adversarial) -> {
          String text = PostmortemGenerator.create(seed)
              .inlineText(adversarial ? Flavour.ADVERSARIAL : Flavour.REALISTIC);
          assertEquals(text, Escapes.unescapeLineStart(Escapes.lineStart(text)));
          assertEquals(text, Escapes.unescapeHeadingEnd(Escapes.headingEnd(text)));
          assertEquals(text, Escapes.unescapeCustomHeading(Escapes.customHeading(text, true)));
          assertEquals(text, Escapes.unescapeCustomHeading(Escapes.customHeading(text, false)));
        });
  }
}
