package dev.postmortem.markdown.internal;

import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLimits.Limit;
import dev.postmortem.format.ParseLocation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
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
final class MarkdownLimits {
  private MarkdownLimits() {}

  /** Checks the block tree parsed from {@code text} against the limits. */
  static void checkTree(Node document, String text, ParseLimits limits) {
    // Iterative on purpose: the tree being checked may be deeper than the stack allows.
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      if (node instanceof TableBlock) {
        // A table's rows and cells are checked from its lines: it has no nodes under it
        // (TableLines), and walking the extension's node per cell took a tenth of a parse.
        checkTable(node.getSourceSpans(), text, limits);
        continue;
      }
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
      boolean counted = node instanceof ListBlock;
      int children = 0;
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (counted && ++children > limits.maxListSize()) {
          throw Limit.MAX_LIST_SIZE.exceeded(limits, "items in one list", location(child),
              "item " + children);
        }
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }

  /** Checks a table's row count and each cell's length, given one span per line of the table. */
  private static void checkTable(List<SourceSpan> lines, String text, ParseLimits limits) {
    int rows = lines.size() - 2; // the header and the delimiter row are not rows
    if (rows > limits.maxListSize()) {
      SourceSpan row = lines.get(2 + limits.maxListSize());
      throw Limit.MAX_LIST_SIZE.exceeded(limits, "rows in one table",
          ParseLocation.at(row.getLineIndex() + 1, row.getColumnIndex() + 1),
          "row " + (limits.maxListSize() + 1));
    }
    for (int i = 0; i < lines.size(); i++) {
      SourceSpan line = lines.get(i);
      // No cell is longer than its line: only a line over the limit is cut into cells.
      if (i != 1 && line.getLength() > limits.maxFieldLength()) {
        checkCells(line, text, limits);
      }
    }
  }

  /** Checks each cell of one row, cut at unescaped pipes and trimmed as GFM cuts them. */
  private static void checkCells(SourceSpan line, String text, ParseLimits limits) {
    int start = line.getInputIndex();
    int end = start + line.getLength();
    int i = start;
    while (i < end && isBlank(text.charAt(i))) {
      i++;
    }
    if (i < end && text.charAt(i) == '|') {
      i++;
    }
    int cellStart = i;
    for (; i <= end; i++) {
      char c = i < end ? text.charAt(i) : '|';
      if (c == '\\' && i + 1 < end) {
        i++;
      } else if (c == '|') {
        int from = cellStart;
        int to = i;
        while (from < to && isBlank(text.charAt(from))) {
          from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
          to--;
        }
        if (to - from > limits.maxFieldLength()) {
          throw Limit.MAX_FIELD_LENGTH.exceeded(limits, ParseLocation.at(line.getLineIndex() + 1,
              line.getColumnIndex() + from - start + 1), "a table cell of " + (to - from) + " characters");
        }
        cellStart = i + 1;
      }
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isValue(Node node) {
    return node instanceof Paragraph || node instanceof Heading || node instanceof FencedCodeBlock
        || node instanceof IndentedCodeBlock || node instanceof HtmlBlock;
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
