package dev.postmortem.markdown.internal;

import dev.postmortem.Topic;
import dev.postmortem.lint.ImportFinding;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.Placeholders;
import dev.postmortem.markdown.ImportedSection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * What the section readers of one import share: the source, the model being filled, the
 * findings and the line of each field read, the document's day and zone as far as they are known,
 * and the ways of reading a section's blocks that every reader uses. One per import.
 */
final class ImportState {
  static final Pattern TASK = Pattern.compile("\\[([ xX])\\][ \\t]+(.*)", Pattern.DOTALL);

  final SourceText src;
  final ModelBuilders model = new ModelBuilders();
  final ImportOptions options;
  private final List<ImportFinding> findings = new ArrayList<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();
  private final Map<String, String> attributes = new LinkedHashMap<>();
  final List<ImportedSection> sections = new ArrayList<>();
  /** The homes the document's headings name, known before any section is read. */
  final java.util.Set<SectionHome> homes = java.util.EnumSet.noneOf(SectionHome.class);

  String title;
  ZoneId zone = ZoneOffset.UTC;
  boolean zoneSet;
  /** The incident's date, from its metadata or title. */
  Optional<LocalDate> date = Optional.empty();
  /**
   * Reads a list item that the paragraph above its list announces as follow-up work, wherever
   * it stands; set by the importer to the action item reader's.
   */
  NodeReader announcedItems = (node, item) -> false;
  /** The day the timeline is at, which a date line or a dated event moves on. */
  Optional<LocalDate> day = Optional.empty();
  /**
   * The day a blog post's byline says it was published, often the day after the incident: the
   * incident's date only when nothing else states one, and the timeline's day until then.
   */
  Optional<LocalDate> published = Optional.empty();
  /** Whether the document writes dates day first ({@code 25/10/2021}). */
  boolean dayFirst;

  ImportState(String text, ImportOptions options) {
    this.src = new SourceText(text);
    this.options = options;
    this.dayFirst = dayFirst(text, options.dayFirst());
    options.defaultZone().ifPresent(z -> this.zone = z);
  }

  private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![0-9])([0-9]{1,2})[/.-]([0-9]{1,2})[/.-][0-9]{2,4}(?![0-9])");

  /** Whether the document's numeric dates are day first: one of them says so, else {@code assumed}. */
  private static boolean dayFirst(String text, boolean assumed) {
    Matcher m = NUMERIC_DATE.matcher(text);
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) > 12) {
        return true;
      }
      if (Integer.parseInt(m.group(2)) > 12) {
        return false;
      }
    }
    return assumed;
  }

  private static final Pattern LINK_DEFINITION = Pattern.compile(
      "(?m)^[ ]{0,3}\\[([^\\]]+)\\]:[ \\t]*<?([^\\s>]+)>?.*$");
  private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\](?:\\[([^\\]]*)\\])?");
  private Map<String, String> definitions;

  /**
   * Resolves a reference-style link, {@code [PAY-12][1]} or {@code [PAY-12]}, against the
   * document's link reference definitions to {@code [PAY-12](https://…)}; else returns it as is.
   */
  String resolveLink(String text) {
    Matcher m = REFERENCE_LINK.matcher(text);
    if (!m.matches()) {
      return text;
    }
    if (definitions == null) {
      definitions = new LinkedHashMap<>();
      Matcher d = LINK_DEFINITION.matcher(src.text());
      while (d.find()) {
        definitions.putIfAbsent(HandWritten.trim(d.group(1)).toLowerCase(java.util.Locale.ROOT), d.group(2));
      }
    }
    String label = m.group(2) == null || m.group(2).isBlank() ? m.group(1) : m.group(2);
    String url = definitions.get(HandWritten.trim(label).toLowerCase(java.util.Locale.ROOT));
    return url == null ? text : "[" + m.group(1) + "](" + url + ")";
  }

  List<ImportFinding> findings() {
    return List.copyOf(findings);
  }

  Map<String, Integer> lines() {
    return Map.copyOf(lines);
  }

  Map<String, String> attributes() {
    return attributes;
  }

  /** Records the 1-based line of a field path from a 0-based line, unless one is recorded. */
  void line(String path, int line) {
    lines.putIfAbsent(path, line + 1);
  }

  /** Swaps the lines recorded for two paths, as when two events change places. */
  void swapLines(String a, String b) {
    Integer lineA = lines.remove(a);
    Integer lineB = lines.remove(b);
    if (lineB != null) {
      lines.put(a, lineB);
    }
    if (lineA != null) {
      lines.put(b, lineA);
    }
  }

  /** Sets the document's zone unless it is set; returns whether {@code zone} is taken or was. */
  void zone(ZoneId zone) {
    if (!zoneSet) {
      this.zone = zone;
      zoneSet = true;
    }
  }

  /** Sets the incident date unless it is set; the timeline's day starts there. */
  void date(LocalDate d) {
    if (date.isEmpty()) {
      date = Optional.of(d);
      if (day.isEmpty() || day.equals(published)) {
        day = date;
      }
      model.postmortem.date(d);
    }
  }

  /** Notes the day a byline says the document was published; see {@link #published}. */
  void published(LocalDate d) {
    if (published.isEmpty()) {
      published = Optional.of(d);
      if (day.isEmpty()) {
        day = published;
      }
    }
  }

  /** Sets a one-line field unless it is set; else runs {@code ifTaken} (which keeps the text). */
  void setInline(InlineField field, String value, int line, Runnable ifTaken) {
    String v = HandWritten.oneLine(value);
    if (v.isEmpty()) {
      return;
    }
    if (model.setIfAbsent(field, v)) {
      line(field.path(), line);
    } else {
      ifTaken.run();
    }
  }

  // ---- findings ----

  void finding(ImportRule rule, String path, int line, String message) {
    findings.add(ImportFinding.of(rule, path, message, line + 1));
  }

  void dropped(String field, int line, String text) {
    finding(ImportRule.UNFILLED_PLACEHOLDER, field, line,
        "\"" + HandWritten.oneLine(text) + "\" is a template placeholder or instruction; read as empty");
  }

  /**
   * Keeps a value that cannot be read as its type as an attribute named after the field it was
   * meant for, never inside another field's prose, and reports it there.
   */
  void unreadable(String path, int line, String label, String value, String expected) {
    boolean named = HandWritten.headingKey(label).replace(" ", "").equalsIgnoreCase(path);
    String key = attribute(named ? label : label + " (" + path + ")", value, line);
    finding(ImportRule.UNREADABLE_VALUE, path, line, label + " \"" + HandWritten.oneLine(value) + "\" is not "
        + expected + "; kept as the attribute \"" + key + "\"");
  }

  /** Adds an attribute, numbering a repeated label; returns the key used. */
  String attribute(String label, String value, int line) {
    String key = HandWritten.oneLine(label).isEmpty() ? "Attribute" : HandWritten.oneLine(label);
    if (HandWritten.oneLine(value).isEmpty()) {
      return key; // nothing to keep
    }
    String unique = key;
    for (int n = 2; attributes.containsKey(unique); n++) {
      unique = key + " (" + n + ")";
    }
    attributes.put(unique, HandWritten.oneLine(value));
    line("attributes", line);
    return unique;
  }

  /** Keeps text no reader took as a custom section under its heading; returns its path. */
  String custom(String heading, String body, int line) {
    String h = HandWritten.oneLine(heading);
    model.customs.add(dev.postmortem.CustomSection.of(h.isEmpty() ? "Section" : h,
        HandWritten.contained(HandWritten.trim(body))));
    String path = "customSections[" + (model.customs.size() - 1) + "]";
    line(path, line);
    return path;
  }

  // ---- reading blocks ----

  /** Reads one block or list item; returns whether it was taken (else it is kept as custom text). */
  interface NodeReader {
    boolean read(Node node, String itemText);
  }

  /**
   * Feeds {@code reader} each list item (with its text when it is one paragraph) and each other
   * block (paragraphs with their text), after dropping instructions and placeholders; whatever the
   * reader does not take becomes the part's leftover text, in order.
   */
  void eachNode(SourcePart part, String field, NodeReader reader) {
    for (Node node : part.nodes) {
      if (node instanceof ListBlock list) {
        List<String> kept = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          String text = itemText((ListItem) item);
          if (text != null && isPlaceholderItem(text)) {
            dropped(field, SourceText.firstLine(item), text);
          } else if (!field.equals("actionItems") && announcedItems.read(item, text)) {
            continue; // follow-up work announced in another section's prose
          } else if (!reader.read(item, text)) {
            kept.add(raw(item));
          }
        }
        if (!kept.isEmpty()) {
          part.leftovers.add(String.join("\n", kept));
        }
      } else if (node instanceof Paragraph p) {
        String text = src.source(p);
        if (HandWritten.oneLine(text).isEmpty()) {
          continue; // only white space CommonMark does not count as blank, such as U+00A0
        }
        Optional<java.time.ZoneId> note = TimelineImporter.zoneNote(text);
        note.ifPresent(this::zone);
        boolean zoneNote = note.isPresent(); // "_All times in EEST._" is a zone, not an instruction
        if (!zoneNote && (Instructions.isInstruction(text) || Templates.isInstruction(text))) {
          dropped(field, SourceText.firstLine(p), text);
        } else if (!reader.read(p, HandWritten.oneLine(text))) {
          part.leftovers.add(withoutPlaceholderLines(p, field));
        }
      } else if (node instanceof ThematicBreak) {
        continue;
      } else if (!reader.read(node, null)) {
        part.leftovers.add(raw(node));
      }
    }
  }

  /**
   * The source of a paragraph without its lines that are placeholders on their own, such as
   * {@code **Prepared by:** [Name] - [Date]} in a paragraph of such lines.
   */
  private String withoutPlaceholderLines(Paragraph p, String field) {
    List<String> kept = new ArrayList<>();
    for (int i = SourceText.firstLine(p); i <= SourceText.lastLine(p); i++) {
      String text = src.line(i);
      if (isPlaceholderItem(HandWritten.oneLine(text))) {
        dropped(field, i, text);
      } else {
        kept.add(text);
      }
    }
    return String.join("\n", kept);
  }

  boolean isPlaceholderItem(String text) {
    if (TimelineImporter.zoneNote(text).isPresent()) {
      return false;
    }
    Matcher task = TASK.matcher(text);
    String t = task.matches() ? task.group(2) : text;
    String[] pair = label(t);
    if (pair != null && (pair[1].isEmpty() || Placeholders.isPlaceholder(pair[1]))) {
      return true;
    }
    return Instructions.isInstruction(t) || Templates.isInstruction(t);
  }

  /** Reads each list item or paragraph of a part as one entry of a list of text. */
  void listField(SourcePart part, String field, Consumer<String> add) {
    eachNode(part, field, (node, item) -> {
      if (item == null || !(node instanceof ListItem || node instanceof Paragraph)) {
        return false;
      }
      add.accept(item);
      line(field, SourceText.firstLine(node));
      return true;
    });
  }

  /** Reads a list item {@code **Title:** detail} or {@code Title} as a topic. */
  boolean topic(Node node, String item, Consumer<Topic> add) {
    if (item == null || !(node instanceof ListItem)) {
      return false;
    }
    String[] pair = label(item);
    add.accept(pair != null && !pair[1].isEmpty() ? Topic.of(pair[0], pair[1])
        : Topic.builder().title(HandWritten.unwrap(item)).build());
    return true;
  }

  /** {@code **Label:** value}, {@code **Label**: value} or {@code Label: value}; null otherwise. */
  static String[] label(String text) {
    String[] pair = HandWritten.boldLabel(text);
    return pair != null ? pair : HandWritten.plainLabel(text);
  }

  /** The text of a list item of one paragraph, on one line; null for anything else. */
  String itemText(ListItem item) {
    Node child = item.getFirstChild();
    if (!(child instanceof Paragraph)) {
      return null;
    }
    if (child.getNext() != null) {
      return null;
    }
    String text = HandWritten.oneLine(src.source(child));
    return text.isEmpty() ? null : text;
  }

  /** The source lines of a node as written, indentation and markers included. */
  String raw(Node node) {
    return src.lines(SourceText.firstLine(node), SourceText.lastLine(node) + 1);
  }
}
