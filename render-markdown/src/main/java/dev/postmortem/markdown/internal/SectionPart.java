package dev.postmortem.markdown.internal;

import java.util.List;
import org.commonmark.node.Node;

/**
 * A run of the document being read: the nodes under one heading and the lines they span. A part
 * that is not in the document has the heading line -1 and no nodes ({@link #ABSENT}), so that a
 * missing subsection reads as an empty one.
 *
 * @param headingLine the 0-based line of the heading, -1 when the part is absent
 * @param bodyStart the first line after the heading
 * @param bodyEnd the line after the part's last line
 * @param nodes the part's blocks
 */
record SectionPart(int headingLine, int bodyStart, int bodyEnd, List<Node> nodes) {
  /** The part of a subsection the document does not have. */
  static final SectionPart ABSENT = new SectionPart(-1, 0, 0, List.of());

  /** Returns whether the document has this part. */
  boolean present() {
    return headingLine >= 0;
  }

  /** Returns the same lines with {@code nodes} in place of this part's. */
  SectionPart withNodes(List<Node> nodes) {
    return new SectionPart(headingLine, bodyStart, bodyEnd, nodes);
  }
}
