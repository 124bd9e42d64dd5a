package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.ALL_TIMES;
import static dev.postmortem.markdown.internal.Vocabulary.DESCRIPTION;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Postmortem;
import dev.postmortem.Topic;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * What a section handler reads from and into: the source, the postmortem being built, the zone
 * and date that times are read against, and the readers of the shapes several sections share
 * (block text, labeled bullets, bullet lists, numbered topics, tables). Every refusal names what
 * was expected and what was found, at the line and column of the source.
 */
final class SectionInput {
  private static final Pattern CLOSING_SEQUENCE = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");

  private final SourceText src;
  private final Postmortem.Builder b = Postmortem.builder();
  private final Map<String, Integer> fieldLines = new HashMap<>();
  /** Values read once the zone is known, which the timeline's sentence may give after them. */
  private final List<Runnable> pending = new ArrayList<>();
  /** A check of the source against the built postmortem; the last section to ask for one wins. */
  private Optional<Consumer<Postmortem>> afterBuild = Optional.empty();
  private ZoneId zone = ZoneOffset.UTC;
  private Optional<LocalDate> date = Optional.empty();

  SectionInput(SourceText src) {
    this.src = src;
  }

  /** Returns the source being read. */
  SourceText source() {
    return src;
  }

  /** Returns the builder of the postmortem being read. */
  Postmortem.Builder builder() {
    return b;
  }

  /** Returns the zone times are read in: UTC until the document names one. */
  ZoneId zone() {
    return zone;
  }

  /** Sets the zone times are read in, and the postmortem's. */
  void zone(ZoneId zone) {
    this.zone = zone;
    b.zone(zone);
  }

  /** Returns the postmortem's date, which times of day are read against. */
  Optional<LocalDate> date() {
    return date;
  }

  /** Sets the postmortem's date. */
  void date(LocalDate date) {
    this.date = Optional.of(date);
    b.date(date);
  }

  /**
   * Notes the line a model field was first read from, for the location of its violations;
   * {@code sourceLine} is 0-based, as {@link SourceText} and commonmark-java count, and is kept
   * 1-based, as every line this module reports is.
   */
  void fieldLine(String field, int sourceLine) {
    fieldLines.putIfAbsent(field, sourceLine + 1);
  }

  /** Returns the 1-based line {@code field} was first read from, else the title's. */
  int lineOf(String field) {
    return fieldLines.getOrDefault(field, fieldLines.getOrDefault("title", 1));
  }

  /** Returns the 1-based line each field was first read from, by its top-level name. */
  Map<String, Integer> fieldLines() {
    return Map.copyOf(fieldLines);
  }

  /** Reads a value once the zone is known: after the metadata and the timeline's sentence. */
  void onceZoned(Runnable read) {
    pending.add(read);
  }

  /** Reads the values held back by {@link #onceZoned}. */
  void readZoned() {
    pending.forEach(Runnable::run);
  }

  /** Checks the source against the built postmortem, in place of any check asked for before. */
  void afterBuild(Consumer<Postmortem> check) {
    afterBuild = Optional.of(check);
  }

  /** Runs the check asked for by {@link #afterBuild}, if any. */
  void checkBuilt(Postmortem p) {
    afterBuild.ifPresent(check -> check.accept(p));
  }

  // ---- shapes ----

  /** A part's lines as block text; empty when the part is absent or holds nothing. */
  Optional<String> blockText(SectionPart part) {
    if (!part.present()) {
      return Optional.empty();
    }
    String text = BlockText.uncontain(src.lines(part.bodyStart(), part.bodyEnd()));
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A bullet list of {@code **Label:** value} items, each given to the setter of its label. */
  void labeled(SectionPart part, Map<String, Consumer<String>> setters) {
    for (Node node : part.nodes()) {
      if (!(node instanceof BulletList)) {
        throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node),
            "a list of **Label:** items", describe(node));
      }
      for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
        String text = itemSource((ListItem) item);
        String[] pair = labeledPair(text);
        Consumer<String> setter = null;
        if (pair != null) {
          for (Map.Entry<String, Consumer<String>> entry : setters.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(pair[0])) {
              setter = entry.getValue();
            }
          }
        }
        if (setter == null) {
          throw SourceText.fail(SourceText.firstLine(item), SourceText.firstColumn(item),
              "one of " + String.join(", ", new TreeSet<>(setters.keySet())) + " as **Label:** value",
              SourceText.quoted(text));
        }
        if (!pair[1].isEmpty()) {
          setter.accept(pair[1]);
        }
      }
    }
  }

  /** Splits {@code **Label:** value}; null when the text is not of that form. */
  static String[] labeledPair(String text) {
    if (!text.startsWith("**")) {
      return null;
    }
    int end = text.indexOf(":**", 2);
    if (end < 0 || (end + 3 < text.length() && text.charAt(end + 3) != ' ')) {
      return null;
    }
    String value = end + 4 <= text.length() ? text.substring(end + 4) : "";
    return new String[] {text.substring(2, end), value};
  }

  /** The items of a part's bullet lists, escapes at their start undone. */
  List<String> bullets(SectionPart part) {
    List<String> items = new ArrayList<>();
    for (Node node : part.nodes()) {
      if (!(node instanceof BulletList)) {
        throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node),
            "a bullet list", describe(node));
      }
      for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
        items.add(Escapes.unescapeLineStart(itemSource((ListItem) item)));
      }
    }
    return items;
  }

  /** Topics numbered as {@code 1. **Title:** detail}, or a table when a title would not read so. */
  List<Topic> topics(SectionPart part, String titleColumn) {
    if (part.nodes().size() == 1 && part.nodes().get(0) instanceof TableBlock) {
      return TableRow.rows(this, part, List.of(titleColumn, DESCRIPTION),
          r -> Topic.builder().title(r.required(0)).detail(r.optional(1)).build());
    }
    List<Topic> topics = new ArrayList<>();
    for (Node node : part.nodes()) {
      if (!(node instanceof OrderedList)) {
        throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node),
            "a numbered list of **Title:** detail items", describe(node));
      }
      for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
        String text = itemSource((ListItem) item);
        int line = SourceText.firstLine(item);
        int column = SourceText.firstColumn(item);
        String[] pair = NumberedTopics.read(text).orElseThrow(() -> SourceText.fail(line, column,
            "**Title:** detail", SourceText.quoted(text)));
        topics.add(built(() -> Topic.builder().title(pair[0])
            .detail(pair[1].isEmpty() ? Optional.empty() : Optional.of(pair[1])).build(), line));
      }
    }
    return topics;
  }

  /** A list of {@code **Title:** rest} items, bullets or numbered, each read by {@code read}. */
  <T> List<T> numbered(ListBlock list, String expected, Function<String[], Optional<T>> read) {
    List<T> values = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      String text = itemSource((ListItem) item);
      int line = SourceText.firstLine(item);
      values.add(NumberedTopics.read(text).flatMap(read).orElseThrow(() -> SourceText.fail(line, 0,
          expected + " that the model accepts", SourceText.quoted(text))));
    }
    return values;
  }

  /** A bullet list of {@code **Label:** rest} items, each read by {@code read}. */
  <T> List<T> labeledValues(SectionPart part, String expected, Function<String[], Optional<T>> read) {
    List<T> values = new ArrayList<>();
    for (Node node : part.nodes()) {
      if (!(node instanceof BulletList)) {
        throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node), "a list of " + expected,
            describe(node));
      }
      values.addAll(numbered((ListBlock) node, expected, read));
    }
    return values;
  }

  /** The detailed template's grouped {@code - **Label:** value} bullets, group by group. */
  <T, G extends Enum<G>> List<T> grouped(SectionText s, LabeledItems<T, G> items, Class<G> type) {
    List<T> values = new ArrayList<>();
    for (Map.Entry<Subsection, SectionPart> entry : s.subsections().entrySet()) {
      Optional<G> group = items.groupOf(entry.getKey(), type);
      if (group.isEmpty()) {
        throw SourceText.fail(entry.getValue().headingLine(), 0, "a subsection this section has",
            SourceText.quoted(entry.getKey().heading()));
      }
      for (Node node : entry.getValue().nodes()) {
        if (!(node instanceof BulletList)) {
          throw SourceText.fail(SourceText.firstLine(node), SourceText.firstColumn(node),
              "a list of **Label:** value items", describe(node));
        }
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
          String text = itemSource((ListItem) item);
          int line = SourceText.firstLine(item);
          values.add(items.read(group.get(), text).orElseThrow(() -> SourceText.fail(line, 0,
              "a **Label:** value item that the model accepts", SourceText.quoted(text))));
        }
      }
    }
    return values;
  }

  /** The source of a list item of one paragraph; empty for an empty item. */
  String itemSource(ListItem item) {
    Node child = item.getFirstChild();
    if (child == null) {
      return "";
    }
    if (!(child instanceof Paragraph) || child.getNext() != null) {
      throw SourceText.fail(SourceText.firstLine(item), SourceText.firstColumn(item),
          "a list item of one line of text", describe(child));
    }
    return src.source(child);
  }

  /** The part without the sentence naming the zone before its table, when {@code zoneFirst}. */
  SectionPart tablePart(SectionPart part, boolean zoneFirst) {
    List<Node> nodes = new ArrayList<>(part.nodes());
    if (zoneFirst && !nodes.isEmpty() && nodes.get(0) instanceof Paragraph paragraph
        && src.source(paragraph).startsWith(ALL_TIMES)) {
      nodes.remove(0);
    }
    return part.withNodes(nodes);
  }

  // ---- values ----

  /** A date and time ({@code full}) or a time of the postmortem's date, in the zone. */
  Instant instant(String text, int line, int column, boolean full) {
    Optional<Instant> instant = text == null ? Optional.empty()
        : TimeText.parse(text, zone, full ? Optional.empty() : date);
    return instant.orElseThrow(() -> SourceText.fail(line, column,
        full ? "a date and time such as 2024-03-14 14:02" : "a time such as 14:02 or 2024-03-15 00:10",
        text == null ? "nothing" : SourceText.quoted(text)));
  }

  /** An ISO date. */
  static LocalDate localDate(String text, int line, int column) {
    if (text != null) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // reported below, with the text
      }
    }
    throw SourceText.fail(line, column, "a date such as 2024-03-14",
        text == null ? "nothing" : SourceText.quoted(text));
  }

  /** One of the words of {@code words}; {@code what} names the kind in the refusal. */
  static <E extends Enum<E>> E word(Words<E> words, String text, int line, String what) {
    return word(words, text, line, what, 0);
  }

  /** One of the words of {@code words}, at a column; {@code what} names the kind in the refusal. */
  static <E extends Enum<E>> E word(Words<E> words, String text, int line, String what, int column) {
    return (text == null ? Optional.<E>empty() : words.read(text)).orElseThrow(() ->
        SourceText.fail(line, column, what, text == null ? "nothing" : SourceText.quoted(text)));
  }

  /** Builds a value, turning the model's violations into a parse exception at {@code line}. */
  static <T> T built(Supplier<T> build, int line) {
    try {
      return build.get();
    } catch (InvalidPostmortemException e) {
      throw PostmortemParseException.invalid(e, ParseLocation.at(line + 1, 1));
    }
  }

  // ---- headings and nodes ----

  /** The text of a heading as written, without its markers and a closing sequence. */
  String headingSource(Heading heading) {
    String line = src.line(SourceText.firstLine(heading));
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    while (i < line.length() && line.charAt(i) == '#') {
      i++;
    }
    String content = line.substring(i);
    Matcher closing = CLOSING_SEQUENCE.matcher(content);
    if (closing.find()) {
      content = content.substring(0, closing.start());
    }
    return SourceText.trimBlanks(content);
  }

  /** Returns whether {@code node} is a heading of {@code level} or above. */
  static boolean isHeading(Node node, int level) {
    return node instanceof Heading heading && heading.getLevel() <= level;
  }

  /** Names a block for a refusal: "a bullet list", "a level-3 heading". */
  static String describe(Node node) {
    String name = node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    if (node instanceof Heading heading) {
      return "a level-" + heading.getLevel() + " heading";
    }
    return (name.matches("[aeiou].*") ? "an " : "a ") + name;
  }
}
