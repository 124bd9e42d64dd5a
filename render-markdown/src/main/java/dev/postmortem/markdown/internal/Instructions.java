package dev.postmortem.markdown.internal;

import dev.postmortem.lint.Placeholders;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * A paragraph left from a template as its instruction: written wholly in italics
 * ({@code _Brief, high-level description of the incident_}), or a placeholder as a whole
 * ({@link Placeholders#isPlaceholder(String)}). Whether it is wholly in italics is asked of
 * commonmark-java, so that {@code _a_ and _b_} (two emphases) or {@code **bold**} is not.
 */
final class Instructions {
  private static final Parser INLINE = Parser.builder().build();

  private Instructions() {}

  /** Returns whether {@code paragraph}, Markdown source, is an instruction left from a template. */
  static boolean isInstruction(String paragraph) {
    String t = paragraph.strip();
    return Placeholders.isPlaceholder(t) || isWhollyEmphasised(t);
  }

  /** Whether CommonMark reads {@code text} as one paragraph that is one emphasis and nothing else. */
  static boolean isWhollyEmphasised(String text) {
    // Emphasis opens and closes with the same _ or *: most paragraphs are ruled out unparsed.
    if (text.length() < 3 || (text.charAt(0) != '_' && text.charAt(0) != '*')
        || text.charAt(text.length() - 1) != text.charAt(0)) {
      return false;
    }
    Node paragraph = INLINE.parse(text).getFirstChild();
    return paragraph instanceof Paragraph && paragraph.getNext() == null
        && paragraph.getFirstChild() instanceof Emphasis emphasis && emphasis.getNext() == null;
  }
}
