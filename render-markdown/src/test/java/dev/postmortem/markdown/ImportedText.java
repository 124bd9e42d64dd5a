package dev.postmortem.markdown;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.CustomSection;
import dev.postmortem.Postmortem;
import dev.postmortem.TimelineEvent;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.node.SourceSpan;

/**
 * The words of a document and of a postmortem, for the property that an import loses no text:
 * every paragraph, list item and table cell of the input has each of its words somewhere in the
 * imported postmortem. Words are runs of letters or of digits, lower case, two characters or more
 * (one-letter words are mostly markup: the x of a checked box).
 */
final class ImportedText {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  private static final java.util.regex.Pattern BOLD = java.util.regex.Pattern.compile("\\*\\*[^*]+\\*\\*");
  /** The words an action item's status may be written with, which the model keeps as the status. */
  private static final java.util.Map<ActionStatus, String> STATUS_WORDS = java.util.Map.of(
      ActionStatus.OPEN, "open todo to do pending planned not started",
      ActionStatus.IN_PROGRESS, "in progress wip ongoing started doing",
      ActionStatus.DONE, "done complete completed closed fixed finished",
      ActionStatus.WONT_DO, "won't do wontfix cancelled canceled dropped");

  private ImportedText() {}

  /** One paragraph or table cell of the input: its 1-based line and its words. */
  record Fragment(int line, String text, Set<String> words) {}

  /** Returns the paragraphs (list items' included) and body cells of {@code markdown}. */
  static List<Fragment> fragments(String markdown) {
    List<Fragment> fragments = new ArrayList<>();
    Node document = PARSER.parse(markdown);
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Paragraph paragraph) {
        add(paragraph);
      }

      @Override
      public void visit(CustomNode node) {
        if (node instanceof TableHead) {
          return; // column names are structure, not content
        }
        if (node instanceof TableCell) {
          add(node);
          return;
        }
        visitChildren(node);
      }

      /**
       * One fragment per source line (a placeholder line inside a paragraph is its own), taken
       * from the source: rendered text would join words that markup separates.
       */
      private void add(Node node) {
        for (SourceSpan span : node.getSourceSpans()) {
          String text = markdown.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()).strip();
          if (node instanceof TableCell && BOLD.matcher(text).matches()) {
            continue; // a bold cell is a label, as in a metadata table: structure, not content
          }
          String content = withoutLabel(text.replaceAll("<[A-Za-z/][^>]*>", " ").replaceFirst("^(?:[-*+]|[0-9]+[.)])\\s+", "").replace("*", " ").strip());
          if (!content.isBlank()) {
            fragments.add(new Fragment(span.getLineIndex() + 1, text, words(content)));
          }
        }
      }
    });
    return fragments;
  }

  /**
   * The value of a {@code Label: value} line: a label of up to four words is structure (the
   * importer reads {@code Authors:} into the authors, which render as {@code Author}), like a
   * table's column names.
   */
  private static String withoutLabel(String text) {
    if (text.endsWith(":") && text.split(" ").length <= 4) {
      return ""; // a label alone on its line introduces what follows, as a heading does
    }
    int colon = text.indexOf(": ");
    if (colon > 0 && colon <= 40 && text.substring(0, colon).split(" ").length <= 4) {
      return text.substring(colon + 2);
    }
    return text;
  }

  /**
   * Returns the words of the postmortem: of its detailed rendering, of its custom headings as
   * written (the rendering may escape their first letter), of its dates spelled in English, of
   * its event times on a 12-hour clock, and of its zone's abbreviations ({@code PDT}).
   */
  static Set<String> words(Postmortem postmortem) {
    StringBuilder all = new StringBuilder(MarkdownFormat.builder().layout(Layout.DETAILED).build().render(postmortem));
    for (CustomSection section : postmortem.customSections()) {
      all.append('\n').append(section.heading());
    }
    List<LocalDate> dates = new ArrayList<>();
    postmortem.date().ifPresent(dates::add);
    for (ActionItem item : postmortem.actionItems()) {
      all.append(' ').append(STATUS_WORDS.get(item.status()));
      item.dueDate().ifPresent(dates::add);
      item.completedOn().ifPresent(dates::add);
    }
    // The detailed layout shows these kinds by the heading they group under; their words count.
    postmortem.preventionMeasures().forEach(m -> all.append(' ').append(m.area().name().replace('_', ' ')));
    postmortem.evidence().forEach(e -> all.append(' ').append(e.category().name().replace('_', ' ')));
    postmortem.communications().forEach(c -> all.append(' ').append(c.audience().name()));
    for (TimelineEvent event : postmortem.timeline()) {
      event.at().map(at -> at.atZone(postmortem.zone()).toLocalTime()).ifPresent(time -> all.append(' ')
          .append(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12).append(time.getHour() < 12 ? " am" : " pm"));
    }
    // "All times PDT." is read into the zone, which the rendering states only above events.
    TimeZone zone = TimeZone.getTimeZone(postmortem.zone());
    all.append(" all times ").append(zone.getDisplayName(false, TimeZone.SHORT, Locale.ENGLISH))
        .append(' ').append(zone.getDisplayName(true, TimeZone.SHORT, Locale.ENGLISH));
    for (LocalDate date : dates) {
      all.append(' ').append(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .append(' ').append(date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
          .append(' ').append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .append(' ').append(date.getDayOfMonth());
    }
    return words(all.toString());
  }

  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    StringBuilder word = new StringBuilder();
    int kind = 0; // 1 letters, 2 digits
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int k = Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
      if (k != kind && word.length() > 0) {
        add(words, word);
      }
      if (k != 0) {
        word.appendCodePoint(Character.toLowerCase(c));
      }
      kind = k;
      i += Character.charCount(c);
    }
    add(words, word);
    return words;
  }

  private static void add(Set<String> words, StringBuilder word) {
    if (word.codePointCount(0, word.length()) > 1) {
      words.add(word.toString());
    }
    word.setLength(0);
  }

  /** Returns the words of {@code fragment} that are not in {@code model}. */
  static Set<String> missing(Fragment fragment, Set<String> model) {
    Set<String> missing = new HashSet<>(fragment.words());
    missing.removeAll(model);
    return missing;
  }
}
