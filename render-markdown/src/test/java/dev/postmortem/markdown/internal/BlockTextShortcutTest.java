package dev.postmortem.markdown.internal;

import static dev.postmortem.testing.properties.PostmortemGens.markdownBlockSources;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The writer's shortcut for block text ({@link BlockText#paragraphs}) against the parser it
 * saves: whatever the shortcut accepts, commonmark-java keeps inside its section too, so the
 * text is written as it is either way.
 */
class BlockTextShortcutTest {
  /** Lines that start with a letter and go on with what opens or ends blocks elsewhere. */
  private static final String[] PIECES = {"a", "Z", "é", "ж", "x", " ", "  ", "\t", "#", "# ", "-", "- ", "*", "_",
      "=", "===", "---", "|", " | ", "|---|", ":", ">", "<div>", "</div>", "<!--", "-->", "```", "~~~", "1.", "2)",
      "[x]", "[a]: /u", "\\", "`", "<", "\r", "\n", "\n\n", "\n    ", "\n#", "\n-", "\n===", "\n|---|", "\n1. ",
      "\n```", "\nb", "\nQ", "\nd"};

  private static final AtomicLong ACCEPTED = new AtomicLong();

  @Test
  void whatTheShortcutAcceptsCommonMarkKeepsInsideItsSection() {
    Gen<String> pieces = SourceDSL.integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    Gen<String> texts = SourceDSL.lists().of(pieces).ofSizeBetween(1, 12)
        .map(list -> "w" + String.join("", list));
    theory().withExamples(20_000).forAll(texts).checkAssert(this::agrees);
    theory().withExamples(5_000).forAll(markdownBlockSources()).checkAssert(this::agrees);
    // The letter-led texts above are the shortcut's own cases: most of them must take it.
    assertTrue(ACCEPTED.get() > 2_000, ACCEPTED + " texts took the shortcut");
  }

  private void agrees(String text) {
    if (BlockText.paragraphs(text)) {
      ACCEPTED.incrementAndGet();
      // What contain() asks when it does not take the shortcut: both must hold.
      assertTrue(BlockText.staysInside(text), text);
      assertEquals(text, BlockText.uncontain(text), text);
    }
  }

  @Test
  void textsThatCouldLeaveTheirSectionAreLeftToTheParser() {
    assertTrue(BlockText.paragraphs("Paging worked\n\nThe rollback took 4 minutes"));
    assertFalse(BlockText.paragraphs("Paging worked\n"), "a trailing blank line");
    assertFalse(BlockText.paragraphs("Paging worked\n# Root cause"), "a heading");
    assertFalse(BlockText.paragraphs("Paging worked\n==="), "a setext underline");
    assertFalse(BlockText.paragraphs("a\r# b"), "a carriage return is a line end to CommonMark");
    assertFalse(BlockText.paragraphs("a\n    code"), "indentation");
    assertFalse(BlockText.paragraphs("1. first"), "a list");
    assertFalse(BlockText.paragraphs(""), "nothing");
  }
}
