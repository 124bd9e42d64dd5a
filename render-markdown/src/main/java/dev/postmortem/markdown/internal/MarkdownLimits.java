package dev.postmortem.markdown.internal;

import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLimits.Limit;
import dev.postmortem.format.ParseLocation;
import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * {@link ParseLimits} for Markdown's block tree (the document's size is {@link MarkdownSource}'s):
 * the tree's depth, list and table sizes and block lengths before either reader walks it, so that no
 * reader recurses into a hostile depth or converts a hundred thousand rows first.
 */
public final class MarkdownLimits {
  private MarkdownLimits() {}

  /** Checks the parsed block tree of a document against the limits. */
  static void checkTree(Node document, ParseLimits limits) {
    // Iterative on purpose: the tree being checked may be deeper than the stack allows.
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      if (depth > limits.maxNestingDepth()) {
        throw Limit.MAX_NESTING_DEPTH.exceeded(limits, location(node),
            "a " + describe(node) + " at depth " + depth);
      }
      if (isValue(node)) {
        long length = 0;
        for (SourceSpan span : node.getSourceSpans()) {
          length += span.getLength() + 1;
        }
        if (length - 1 > limits.maxFieldLength()) {
          throw Limit.MAX_FIELD_LENGTH.exceeded(limits, location(node),
              "a " + describe(node) + " of " + (length - 1) + " characters");
        }
      }
      boolean counted = node instanceof ListBlock || node instanceof TableBody;
      int children = 0;
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (counted && ++children > limits.maxListSize()) {
          throw Limit.MAX_LIST_SIZE.exceeded(limits,
              node instanceof ListBlock ? "items in one list" : "rows in one table", location(child),
              (node instanceof ListBlock ? "item " : "row ") + children);
        }
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }

  private static boolean isValue(Node node) {
    return node instanceof Paragraph || node instanceof Heading || node instanceof FencedCodeBlock
        || node instanceof IndentedCodeBlock || node instanceof HtmlBlock || node instanceof TableCell;
  }

  private static String describe(Node node) {
    String name = node.getClass().getSimpleName();
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        words.append(' ');
      }
      words.append(Character.toLowerCase(c));
    }
    return words.toString();
  }

  private static ParseLocation location(Node node) {
    SourceSpan span = node.getSourceSpans().isEmpty() ? null : node.getSourceSpans().get(0);
    return span == null ? ParseLocation.at(1, 1)
        : ParseLocation.at(span.getLineIndex() + 1, span.getColumnIndex() + 1);
  }
}
