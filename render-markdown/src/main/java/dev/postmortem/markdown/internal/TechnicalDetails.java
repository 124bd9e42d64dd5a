package dev.postmortem.markdown.internal;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The detailed template's {@code **Technical details:**} line, which ends the primary cause and
 * starts the technical details inside the Primary Cause subsection. Block text holding that line
 * as a paragraph of its own would be cut there, so a primary cause holding it is written fenced.
 */
final class TechnicalDetails {
  static final String MARKER = "**Technical details:**";

  private TechnicalDetails() {}

  /** Returns whether {@code text}, as written, has no paragraph that is the marker. */
  static boolean canFollow(String text) {
    String written = BlockText.contain(text);
    for (Node node = MarkdownReader.PARSER.parse(written).getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Paragraph && new SourceText(written).source(node).equals(MARKER)) {
        return false;
      }
    }
    return true;
  }
}
