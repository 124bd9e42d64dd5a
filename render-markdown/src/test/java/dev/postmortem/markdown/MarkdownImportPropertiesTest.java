package dev.postmortem.markdown;

import static dev.postmortem.testing.properties.PostmortemGens.postmortems;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import over generated documents: rendered as this library writes them, and rewritten the
 * way people number their headings ({@code ## 3. Timeline}), which sends them through the lenient
 * reader. Either way no text is lost and import, render, import is stable.
 */
class MarkdownImportPropertiesTest {

  private static final String LAYOUTS_AND_FLAVOURS =
      "dev.postmortem.markdown.MarkdownRoundTripPropertiesTest#layoutsAndFlavours";

  @ParameterizedTest
  @MethodSource(LAYOUTS_AND_FLAVOURS)
  void aDocumentThisLibraryWroteImportsExactly(Layout layout, Flavour flavour) {
    MarkdownFormat markdown = MarkdownFormat.builder().layout(layout).build();
    theory().forAll(postmortems(flavour)).checkAssert(p -> {
      ImportedPostmortem imported = MarkdownImportTest.IMPORTER.read(markdown.render(p));
      // No sections reported means the strict parser read it: the importer did not fall back on
      // reading our own output as a hand-written document, which would hide a parser bug.
      assertEquals(List.of(), imported.sections(), "read as hand-written");
      assertEquals(p, imported.postmortem());
    });
  }

  @ParameterizedTest
  @MethodSource(LAYOUTS_AND_FLAVOURS)
  void numberedHeadingsLoseNoTextAndImportStably(Layout layout, Flavour flavour) {
    MarkdownFormat markdown = MarkdownFormat.builder().layout(layout).build();
    theory().forAll(postmortems(flavour)).checkAssert(p -> {
      String handWritten = numberHeadings(markdown.render(p));
      ImportedPostmortem imported = MarkdownImportTest.IMPORTER.read(handWritten);
      try {
        MarkdownImportTest.assertNoTextLost(handWritten, imported);
        MarkdownImportTest.assertStable(imported.postmortem());
      } catch (AssertionError e) {
        // Shrinking builds this message for every candidate: keep it bounded.
        throw new AssertionError(e.getMessage() + "\nin the document:\n" + bounded(handWritten), e);
      }
    });
  }

  private static String bounded(String text) {
    return text.length() <= 6_000 ? text : text.substring(0, 6_000) + "\n[… " + (text.length() - 6_000) + " more]";
  }

  /** {@code ## Timeline} becomes {@code ## 2. Timeline}, outside fenced code. */
  static String numberHeadings(String markdown) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      String stripped = line.strip();
      if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
        fence = stripped.substring(0, 3);
      } else if (fence != null && stripped.startsWith(fence)) {
        fence = null;
      }
      if (fence == null && line.startsWith("## ")) {
        line = "## " + (++n) + ". " + line.substring(3);
      }
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }
}
