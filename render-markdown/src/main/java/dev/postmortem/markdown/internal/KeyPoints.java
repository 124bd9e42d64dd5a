package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.*;

import java.util.List;
import java.util.Locale;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The summary's key points (What happened, Impact, Root cause, Resolution), which the detailed
 * template lists directly under its heading. A summary written there instead is told apart from
 * them by what it is: only a bullet list of those labels reads as key points.
 */
final class KeyPoints {
  static final List<String> LABELS = List.of(WHAT_HAPPENED, IMPACT, ROOT_CAUSE, RESOLUTION);

  private KeyPoints() {}

  /** Returns whether blocks {@code nodes} of {@code src} are a list of key points and nothing else. */
  static boolean arePoints(List<Node> nodes, SourceText src) {
    if (nodes.size() != 1 || !(nodes.get(0) instanceof BulletList list)) {
      return false;
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Node child = item.getFirstChild();
      if (!(item instanceof ListItem) || !(child instanceof Paragraph) || child.getNext() != null
          || !isPoint(src.source(child))) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether block text {@code text} would read as key points if written alone. */
  static boolean readAsPoints(String text) {
    SourceText src = new SourceText(text);
    Node document = MarkdownReader.PARSER.parse(text);
    List<Node> nodes = new java.util.ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      nodes.add(node);
    }
    return arePoints(nodes, src);
  }

  private static boolean isPoint(String item) {
    return NumberedTopics.read(item).map(pair -> LABELS.stream()
        .anyMatch(label -> label.toLowerCase(Locale.ROOT).equals(pair[0].toLowerCase(Locale.ROOT))))
        .orElse(false);
  }
}
