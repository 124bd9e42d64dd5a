package dev.postmortem.markdown.internal;

import dev.postmortem.Topic;
import java.util.List;
import java.util.Optional;

/**
 * Topics (contributing factors, lessons) as the detailed template numbers them:
 * {@code 1. **Title:** detail}. The title ends at the first {@code :**}, so a title holding one
 * cannot be written so; the writer falls back to a table for the whole list then.
 */
final class NumberedTopics {
  static final String END_OF_TITLE = ":**";
  /** The end of a title with the space before the text that follows it, appended as one piece. */
  static final String END_OF_TITLE_THEN_TEXT = END_OF_TITLE + " ";

  private NumberedTopics() {}

  /** Returns whether every topic reads back from its numbered line: no title holds {@code :**}. */
  static boolean writable(List<Topic> topics) {
    for (Topic topic : topics) {
      if (topic.title().contains(END_OF_TITLE)) {
        return false;
      }
    }
    return true;
  }

  /** Appends the list, one {@code N. **Title:** detail} line per topic. */
  static void write(StringBuilder list, List<Topic> topics) {
    for (int i = 0; i < topics.size(); i++) {
      Topic t = topics.get(i);
      list.append(i == 0 ? "" : "\n").append(i + 1).append(". **").append(t.title());
      if (t.detail().isPresent()) {
        list.append(END_OF_TITLE_THEN_TEXT).append(t.detail().get());
      } else {
        list.append(END_OF_TITLE);
      }
    }
  }

  /**
   * Reads the source of one item, {@code **Title:** detail}.
   *
   * @return the title and the detail, or empty when the item is not of that form
   */
  static Optional<String[]> read(String item) {
    if (!item.startsWith("**")) {
      return Optional.empty();
    }
    int end = item.indexOf(END_OF_TITLE, 2);
    if (end < 0 || end + 3 < item.length() && item.charAt(end + 3) != ' ') {
      return Optional.empty();
    }
    String detail = end + 4 <= item.length() ? item.substring(end + 4) : "";
    return Optional.of(new String[] {item.substring(2, end), detail});
  }
}
