package dev.postmortem.markdown.internal;

import static dev.postmortem.testing.properties.PostmortemGens.blockTexts;
import static dev.postmortem.testing.properties.PostmortemGens.markdownBlockSources;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.internal.TextRules;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The api's block-text scanner against commonmark-java. The api has no Markdown parser, so the
 * model's rule that block text keeps to its section (no heading of levels 1 to 3, no fenced code
 * or HTML block left open) is a scan of the lines in the api ({@code TextRules.blockProblem}).
 * Over generated CommonMark block source, every text the scanner accepts is one that
 * commonmark-java, as the Markdown reader configures it, keeps inside its section
 * ({@link BlockText#staysInside(String)}). The scanner refuses more only where a setext
 * underline follows a link reference definition, which it takes for a paragraph: every text it
 * refuses that commonmark-java keeps has one; they are counted and printed.
 */
class BlockScannerDifferentialTest {
  /** A line that may be a link reference definition, which the scanner takes for paragraph text. */
  private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[(?:[^\\]\\\\]|\\\\.)+\\]:");
  private static final AtomicLong TEXTS = new AtomicLong();
  private static final AtomicLong ACCEPTED = new AtomicLong();
  private static final AtomicLong REFUSED_BUT_KEPT = new AtomicLong();

  @Test
  void everyTextTheScannerAcceptsStaysInItsSectionForCommonMark() {
    theory().withExamples(blockTexts()).forAll(markdownBlockSources()).checkAssert(text -> {
      String problem = TextRules.blockProblem(text);
      boolean structural = problem != null
          && (problem.startsWith("must not contain a heading") || problem.startsWith("must close"));
      if (problem != null && !structural) {
        return; // refused for a character or white space at an edge, which this does not test
      }
      TEXTS.incrementAndGet();
      boolean kept = BlockText.staysInside(text);
      if (problem == null) {
        ACCEPTED.incrementAndGet();
        assertTrue(kept, "accepted by the scanner, but commonmark-java lets it out of its section");
      } else if (kept) {
        REFUSED_BUT_KEPT.incrementAndGet();
        assertTrue(LINK_DEFINITION.matcher(text).find(), () -> "refused (" + problem
            + "), but commonmark-java keeps it inside and it has no link reference definition");
      }
    });
  }

  @AfterAll
  static void printCounts() {
    System.out.println("Block scanner against commonmark-java: " + TEXTS.get() + " texts, "
        + ACCEPTED.get() + " accepted (all kept inside), " + (TEXTS.get() - ACCEPTED.get())
        + " refused, " + REFUSED_BUT_KEPT.get() + " of them kept inside by commonmark-java");
  }
}
