package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.DESCRIPTION;

import dev.postmortem.Postmortem;
import dev.postmortem.Topic;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a section handler writes into: the postmortem, the layout's style, the document's blocks,
 * and the pieces several sections share (a subsection written only when it holds something, a
 * table under a heading, numbered topics). The rule before each section is written here, with
 * the heading, so that no handler can forget it.
 */
final class SectionOutput {
  private final Postmortem p;
  private final LayoutStyle style;
  private final Blocks out;

  SectionOutput(Postmortem p, LayoutStyle style, Blocks out) {
    this.p = p;
    this.style = style;
    this.out = out;
  }

  /** Returns the postmortem being written. */
  Postmortem postmortem() {
    return p;
  }

  /** Returns the style of the layout being written. */
  LayoutStyle style() {
    return style;
  }

  /** Returns the document's blocks, for content written as is. */
  Blocks blocks() {
    return out;
  }

  /** The detailed template rules off every section, the first one from the metadata too. */
  void separator() {
    separator(out, style);
  }

  private static void separator(Blocks out, LayoutStyle style) {
    if (style.ruled()) {
      out.paragraph(Vocabulary.SEPARATOR);
    }
  }

  /** Starts {@code section}: its rule, if the layout has them, and its heading. */
  void heading(Section section) {
    heading(out, style, section);
  }

  /** Starts {@code section} in {@code out} as {@code style} has it, for the blank templates too. */
  static void heading(Blocks out, LayoutStyle style, Section section) {
    separator(out, style);
    out.heading(2, style.heading(section));
  }

  /** Writes a level-3 heading. */
  void subheading(Subsection subsection) {
    out.heading(3, subsection.heading());
  }

  /** A section that is one bullet list, written when the list is not empty. */
  void bullets(Section section, List<String> items) {
    if (!items.isEmpty()) {
      heading(section);
      out.bullets(items);
    }
  }

  /** A section that is one table, written when the table has rows. */
  void table(Section section, Table table) {
    if (!table.isEmpty()) {
      heading(section);
      out.table(table);
    }
  }

  /** A subsection that is one bullet list, written when the list is not empty. */
  void bulletsUnder(Subsection subsection, List<String> items) {
    if (!items.isEmpty()) {
      subheading(subsection);
      out.bullets(items);
    }
  }

  /** A subsection of {@code **Label:** value} bullets, written when a value is present. */
  void labeledUnder(Subsection subsection, List<String[]> pairs) {
    if (anyValue(pairs)) {
      subheading(subsection);
      out.labeled(pairs);
    }
  }

  /** A subsection that is a table of {@code values}, one row each, written when there are any. */
  <T> void tableUnder(Subsection subsection, Table table, List<T> values, Function<T, String[]> row) {
    if (values.isEmpty()) {
      return;
    }
    values.forEach(value -> table.row(row.apply(value)));
    subheading(subsection);
    out.table(table);
  }

  /**
   * Topics as the detailed template numbers them, {@code 1. **Title:** detail}, unless one of
   * them would not read back so (a title holding {@code :**}): then all of them as a table.
   */
  void topics(Subsection subsection, String titleColumn, List<Topic> topics) {
    if (topics.isEmpty()) {
      return;
    }
    subheading(subsection);
    if (NumberedTopics.writable(topics)) {
      NumberedTopics.write(out.start(), topics);
    } else {
      Table table = new Table().alwaysColumn(titleColumn).column(DESCRIPTION);
      topics.forEach(t -> table.row(t.title(), t.detail().orElse(null)));
      out.table(table);
    }
  }

  /**
   * A section of values the detailed template groups as labeled bullets: so when the layout has
   * that form and they read back exactly, else as {@code table}.
   */
  <T, G extends Enum<G>> void grouped(Section section, LabeledItems<T, G> items, List<T> values, Table table) {
    if (values.isEmpty()) {
      return;
    }
    heading(section);
    if (style.has(LayoutStyle.Form.LABELED_GROUPS) && items.writable(values)) {
      items.write(out, values);
    } else {
      out.table(table);
    }
  }

  /** Returns an instant as a full date and time in the postmortem's zone. */
  String full(Instant instant) {
    return TimeText.formatFull(instant, p.zone());
  }

  /** A table of a map's entries in two columns. */
  static Table keyValues(String keyColumn, String valueColumn, Map<String, String> values) {
    Table table = new Table().alwaysColumn(keyColumn).alwaysColumn(valueColumn);
    values.forEach((key, value) -> table.row(key, value));
    return table;
  }

  /**
   * Returns whether some pair has a value. A loop, as the writer's other checks: a stream per
   * check was a few per cent of a short document's render.
   */
  static boolean anyValue(List<String[]> pairs) {
    for (String[] pair : pairs) {
      if (pair[1] != null) {
        return true;
      }
    }
    return false;
  }

  /** A label and its value, null when absent, as {@link Blocks#labeled} takes them. */
  static String[] pair(String label, String value) {
    return new String[] {label, value};
  }

  /** A label and its value, null when absent, as {@link Blocks#labeled} takes them. */
  static String[] pair(String label, Optional<String> value) {
    return new String[] {label, value.orElse(null)};
  }
}
