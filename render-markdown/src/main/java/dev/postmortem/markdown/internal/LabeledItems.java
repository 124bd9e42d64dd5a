package dev.postmortem.markdown.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Values written as the detailed template writes them, one {@code - **Label:** rest} bullet each,
 * grouped under a level-3 heading per kind (Monitoring Improvements, Internal Communication, ...).
 * How a value becomes a label and a rest, and back, is the caller's; a list is written this way
 * only when every value reads back equal and the grouping keeps the list's order, else the
 * writer falls back to a table with one column per field.
 *
 * @param <T> the value
 * @param <G> the kind of value each group holds
 */
final class LabeledItems<T, G extends Enum<G>> {
  /** The label and the rest of one bullet. */
  record Item(String label, String rest) {}

  private final Function<T, G> group;
  private final Function<G, Subsection> heading;
  private final Function<T, Item> write;
  private final Reader<T, G> read;

  /** Reads a value of group {@code group} from a bullet's label and rest; empty if it cannot. */
  interface Reader<T, G> {
    Optional<T> read(G group, String label, String rest);
  }

  LabeledItems(Function<T, G> group, Function<G, Subsection> heading, Function<T, Item> write,
      Reader<T, G> read) {
    this.group = group;
    this.heading = heading;
    this.write = write;
    this.read = read;
  }

  /** Returns whether {@code values} read back exactly from their labeled, grouped form. */
  boolean writable(List<T> values) {
    List<T> grouped = new ArrayList<>(values);
    grouped.sort(Comparator.comparing(group));
    if (!grouped.equals(values)) {
      return false;
    }
    for (T value : values) {
      Item item = write.apply(value);
      if (item.label().contains(NumberedTopics.END_OF_TITLE)
          || !read.read(group.apply(value), item.label(), item.rest()).equals(Optional.of(value))) {
        return false;
      }
    }
    return true;
  }

  /** Writes {@code values}, which must be {@link #writable}, under their groups' headings. */
  void write(Blocks out, List<T> values) {
    G current = null;
    StringBuilder list = new StringBuilder();
    for (T value : values) {
      G g = group.apply(value);
      if (g != current) {
        if (list.length() > 0) {
          out.paragraph(list.toString());
          list.setLength(0);
        }
        out.rawHeading(3, heading.apply(g).heading());
        current = g;
      }
      Item item = write.apply(value);
      list.append(list.length() == 0 ? "" : "\n").append("- **").append(item.label())
          .append(NumberedTopics.END_OF_TITLE).append(item.rest().isEmpty() ? "" : " " + item.rest());
    }
    if (list.length() > 0) {
      out.paragraph(list.toString());
    }
  }

  /** Reads one bullet's source in group {@code g}; empty when it is not a value of this list. */
  Optional<T> read(G g, String itemSource) {
    return NumberedTopics.read(itemSource).flatMap(pair -> read.read(g, pair[0], pair[1]));
  }

  /** Returns the group whose heading is {@code subsection}, if any. */
  Optional<G> groupOf(Subsection subsection, Class<G> type) {
    for (G g : type.getEnumConstants()) {
      if (heading.apply(g) == subsection) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
