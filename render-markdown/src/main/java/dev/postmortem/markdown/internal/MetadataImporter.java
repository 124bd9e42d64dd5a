package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.DOCUMENT_STATUS;
import static dev.postmortem.markdown.internal.Vocabulary.INCIDENT_STATUS;

import dev.postmortem.DocumentStatus;
import dev.postmortem.IncidentStatus;
import dev.postmortem.Responder;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.Placeholders;
import dev.postmortem.markdown.internal.TableRows.Cell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Reads the metadata of a hand-written document: front matter (YAML or TOML), a key/value table
 * near the top, {@code **Label:** value} lines (with {@code <br>} line ends), and the title's
 * incident number and date. Each label names one field ({@link #field}); a label that names a
 * section ({@code **Root cause:** …}) gives that section's one-line form; any other is an
 * attribute, kept as written.
 */
final class MetadataImporter {
  private static final Pattern INCIDENT_NUMBER = Pattern.compile(
      "(?i)\\b(?:incident|inc|outage)[ ]?(?:#|no\\.?[ ]?|number[ ]?)(?<id>[A-Za-z0-9-]*[0-9][A-Za-z0-9-]*)\\b"
          // A key stands alone: "US-WEST-2" is a region, not the key WEST-2.
          + "|(?<![A-Za-z0-9-])(?<key>INC-?[0-9]+|[A-Z]{2,10}-[0-9]+)\\b");
  private static final Pattern TITLE_DATE = Pattern.compile(
      "(?<![0-9])(" + WrittenTime.DATE + ")(?![0-9])");
  private static final Pattern PROSE_DATE = Pattern.compile(
      "(?<![0-9A-Za-z])(" + WrittenTime.DATE + ")(?![0-9])");
  private static final Pattern BYLINE = Pattern.compile(
      "(?:[Pp]osted |[Ww]ritten |[Pp]ublished )?[Bb]y[ \\t]+(?<rest>\\p{Lu}\\p{Ll}+[ \\t]+\\p{Lu}.{0,150})");
  private static final Pattern TEAM = Pattern.compile("(?i).*\\b(team|infrastructure|engineering|platform|"
      + "operations|ops|sre|reliability|security|support|group|department|services|squad)");
  /** A line about the document rather than the incident: "Posted Feb 20, 2025", "Published 2024-03-04." */
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)\\b(posted|published|updated|last updated|last modified|last edited|written|created)\\b");
  private static final Pattern READ_TIME = Pattern.compile("(?i)[0-9]{1,3}[ \\t]*(?:min|mins|minutes?)[ \\t]+read");
  /**
   * The label and value of one piece of a metadata line; in a line of several pieces parted by
   * {@code ·} or {@code |}, a bold label needs no colon: {@code **Severity** Major · **Status** Closed}.
   */
  private static String[] pieceLabel(String piece, boolean several) {
    String[] pair = ImportState.label(piece);
    if (pair == null && several) {
      Matcher bare = BARE_BOLD_LABEL.matcher(piece);
      if (bare.matches()) {
        return new String[] {bare.group(1), bare.group(2)};
      }
    }
    return pair;
  }

  private static final Pattern BARE_BOLD_LABEL = Pattern.compile("\\*\\*([^*\\n]{1,40})\\*\\*[ \\t]+(\\S.*)");
  /** A wiki page's line: {@code Created by Maria Kowalczyk, last modified by Jonas Weber on 23 May 2024}. */
  private static final Pattern WIKI_BYLINE = Pattern.compile(
      "[Cc]reated by[ \\t]+(?<author>\\p{Lu}[^,]{1,80}?)(?:,[ \\t]*last (?:modified|updated|edited) by[ \\t]+.{1,150})?");
  private static final Pattern SEVERAL_LABELS = Pattern.compile("\\*\\*[^*]+\\*\\*.*[ \\t][|·][ \\t]+\\*\\*[^*]+\\*\\*");
  private static final Pattern GENERIC_TITLE = Pattern.compile(
      "(?i)(?:incident )?(?:post[- ]?mortem|incident report|incident review|retrospective|rca)(?: report| template)?");
  /**
   * Statuses as people write them, to the model's words: a review that is "Approved" or a
   * postmortem that is "complete" is final; "résolu" is resolved.
   */
  private static final java.util.Map<String, String> STATUS_WORDS = java.util.Map.ofEntries(
      java.util.Map.entry("approved", "final"), java.util.Map.entry("published", "final"),
      java.util.Map.entry("postmortem complete", "final"), java.util.Map.entry("post-mortem complete", "final"),
      java.util.Map.entry("review complete", "final"), java.util.Map.entry("under review", "in review"),
      java.util.Map.entry("pending review", "in review"), java.util.Map.entry("ready for review", "in review"),
      java.util.Map.entry("résolu", "resolved"), java.util.Map.entry("resuelto", "resolved"),
      java.util.Map.entry("gelöst", "resolved"), java.util.Map.entry("behoben", "resolved"),
      java.util.Map.entry("en cours", "ongoing"), java.util.Map.entry("brouillon", "draft"),
      java.util.Map.entry("borrador", "draft"), java.util.Map.entry("entwurf", "draft"),
      java.util.Map.entry("risolto", "resolved"), java.util.Map.entry("mitigato", "mitigated"),
      java.util.Map.entry("in corso", "ongoing"), java.util.Map.entry("bozza", "draft"),
      java.util.Map.entry("resolvido", "resolved"), java.util.Map.entry("mitigado", "mitigated"),
      java.util.Map.entry("em andamento", "ongoing"), java.util.Map.entry("rascunho", "draft"),
      java.util.Map.entry("opgelost", "resolved"), java.util.Map.entry("lopend", "ongoing"),
      java.util.Map.entry("concept", "draft"), java.util.Map.entry("atténué", "mitigated"),
      java.util.Map.entry("closed", "resolved"), java.util.Map.entry("fermé", "resolved"),
      java.util.Map.entry("cerrado", "resolved"), java.util.Map.entry("chiuso", "resolved"),
      java.util.Map.entry("geschlossen", "resolved"), java.util.Map.entry("gesloten", "resolved"));
  private static final Pattern PAREN_ROLE = Pattern.compile("(.+?)[ \\t]*\\(([^()]+)\\)");
  private static final Pattern DASH_ROLE = Pattern.compile("(.+?)[ \\t]+[-—–][ \\t]+(.+)");

  private final ImportState state;
  private final SpanReader spans;
  private int responders;
  /** The first value written for each metadata field, to tell a repeat from a second value. */
  private final java.util.Map<String, String> written = new java.util.HashMap<>();

  MetadataImporter(ImportState state, SpanReader spans) {
    this.state = state;
    this.spans = spans;
  }

  /** Reads front matter; its title wins over the first heading's. */
  void frontMatter(FrontMatter front) {
    for (FrontMatter.Entry entry : front.entries()) {
      if (entry.key().equalsIgnoreCase("title")) {
        continue; // the title is read first, by the document
      }
      for (String value : entry.values()) {
        metadata(entry.key(), value, entry.line());
      }
    }
    for (int line : front.otherLines()) {
      state.model.tldr.add(HandWritten.trim(state.src.line(line)));
    }
  }

  /** The incident number and date a title states: {@code Incident #2291 — 2023-11-08}. */
  void fromTitle(String title, int line) {
    Matcher id = INCIDENT_NUMBER.matcher(title);
    if (id.find()) {
      String value = id.group("id") != null ? id.group("id") : id.group("key");
      state.setInline(InlineField.INCIDENT_ID, value, line, () -> { });
    }
    if (state.date.isEmpty()) {
      Matcher date = TITLE_DATE.matcher(title);
      while (date.find()) {
        Optional<LocalDate> d = WrittenTime.date(date.group(1), Optional.empty(), state.dayFirst);
        if (d.isPresent()) {
          state.date(d.get());
          state.line("date", line);
          return;
        }
      }
    }
  }

  /**
   * The incident's day from the first full date (with its year) in the sections' prose or
   * headings, for a document whose metadata and title state none: "Between 08:15 UTC and 14:40
   * UTC on 07 March 2024, …". Read before the sections, so that their bare times have a day.
   */
  void fromProse(List<Node> preamble, List<SourcePart> parts) {
    if (!state.date.isEmpty() || parts.stream().anyMatch(p -> p.home == SectionHome.METADATA)) {
      return; // a metadata section, read in its turn, states the date if anything does
    }
    // "… in the Oregon Region on July 9th, 2025." before the first heading counts too.
    if (proseDate(List.of(preambleText(preamble)), true)) {
      return;
    }
    if (!proseDate(parts, true) && state.published.isPresent()) {
      // "On Tuesday, November 4, …" in a post published on November 7, 2025: that year, or the
      // one before for a day after the publication.
      proseDate(parts, false);
    }
  }

  /** The paragraphs before the first heading, as one part without a heading of its own. */
  private SourcePart preambleText(List<Node> preamble) {
    int line = preamble.isEmpty() ? 0 : SourceText.firstLine(preamble.get(0));
    SourcePart part = new SourcePart("", line, 1, SectionHome.CUSTOM, Optional.empty(), null);
    // A byline's date is the publication's, not the incident's.
    preamble.stream().filter(n -> n instanceof Paragraph && !isByline(n)
        && !PUBLISHED.matcher(bylineText(n)).find()).forEach(part.nodes::add);
    return part;
  }

  /** Sets the date from the first date in the parts' prose, with its year or not; whether one was. */
  private boolean proseDate(List<SourcePart> parts, boolean withYear) {
    for (SourcePart part : parts) {
      List<String> texts = new ArrayList<>();
      texts.add(part.heading);
      for (Node node : part.nodes) {
        if (node instanceof Paragraph || node instanceof ListBlock || node instanceof Heading) {
          texts.add(state.raw(node));
        }
      }
      for (String text : texts) {
        Matcher date = PROSE_DATE.matcher(text);
        while (date.find()) {
          boolean hasYear = date.group(1).matches("(?s).*[0-9]{4}.*");
          Optional<LocalDate> d = hasYear != withYear ? Optional.empty() : withYear
              ? WrittenTime.date(date.group(1), Optional.empty(), state.dayFirst)
              : WrittenTime.date(date.group(1), state.published, state.dayFirst)
                  .map(day -> day.isAfter(state.published.get()) ? day.minusYears(1) : day);
          if (d.isPresent()) {
            state.date(d.get());
            state.line("date", part.line);
            return true;
          }
        }
      }
    }
    return false;
  }


  /** Reads the blocks before the first section: metadata where they are labelled, else the summary. */
  void preamble(List<Node> nodes) {
    boolean opening = true;
    for (Node node : nodes) {
      if (opening && boldTitle(node)) {
        opening = false;
        continue;
      }
      opening = false;
      if (node instanceof TableBlock) {
        if (!table(node)) {
          state.model.tldr.add(state.raw(node));
        }
      } else if (node instanceof Paragraph && byline(node)) {
        continue;
      } else if (node instanceof Paragraph) {
        List<String> rest = labelledLines(node, true);
        if (!rest.isEmpty()) {
          String paragraph = String.join("\n", rest);
          if (Instructions.isInstruction(paragraph) || Templates.isInstruction(paragraph)) {
            state.dropped("summary", SourceText.firstLine(node), paragraph);
          } else {
            state.model.tldr.add(paragraph);
          }
        }
      } else if (node instanceof BlockQuote quote && quote.getFirstChild() instanceof Paragraph first
          && first.getNext() == null && hasLabel(first)) {
        // "> **Incident ID:** INC-12" lines: metadata set off as a quote.
        List<String> rest = labelledLines(first, true);
        if (!rest.isEmpty()) {
          state.model.tldr.add(String.join("\n", rest));
        }
      } else if (node instanceof ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          String text = state.itemText((ListItem) item);
          String[] pair = text == null ? null : ImportState.label(text);
          if (pair != null && isMetadataLabel(pair[0])) {
            metadata(pair[0], pair[1], SourceText.firstLine(item));
          } else {
            state.model.tldr.add(state.raw(item));
          }
        }
      } else if (!(node instanceof ThematicBreak)) {
        if (Instructions.isInstruction(state.raw(node)) || Templates.isInstruction(state.raw(node))) {
          state.dropped("summary", SourceText.firstLine(node), state.raw(node));
        } else {
          state.model.tldr.add(state.raw(node));
        }
      }
    }
  }

  /** Reads a section of metadata ("Incident details"): its tables and labelled lines. */
  void section(SourcePart part) {
    state.eachNode(part, "metadata", (node, item) -> {
      if (node instanceof TableBlock) {
        return table(node);
      }
      if (node instanceof Paragraph) {
        List<String> rest = labelledLines(node, true);
        if (!rest.isEmpty()) {
          part.leftovers.add(String.join("\n", rest));
        }
        return true;
      }
      String[] pair = item == null ? null : ImportState.label(item);
      if (node instanceof ListItem && pair != null && !pair[1].isEmpty()) {
        metadata(pair[0], pair[1], SourceText.firstLine(node));
        return true;
      }
      return false;
    });
  }

  /** Reads a responders section: a table of names and roles, or one person per bullet. */
  void responders(SourcePart part) {
    state.eachNode(part, "responders", (node, item) -> {
      if (node instanceof TableBlock) {
        TableRows table = TableRows.read(state.src, SourceText.firstLine(node), SourceText.lastLine(node));
        int name = Columns.find(table, "name", "person", "who", "responder", "people", "engineer");
        int role = Columns.find(table, "role", "position", "responsibility", "team");
        if (name < 0) {
          return false;
        }
        for (List<Cell> row : table.rows()) {
          String n = Columns.cell(row, name);
          String r = Columns.cell(row, role);
          if (n.isEmpty() || Placeholders.isPlaceholder(n)) {
            if (!n.isEmpty() || !r.isEmpty()) {
              state.dropped("responders", row.get(0).line(), String.join(" | ", n, r));
            }
            continue;
          }
          if (Placeholders.isPlaceholder(r)) {
            state.finding(ImportRule.UNFILLED_PLACEHOLDER, "responders[" + responders + "].role", row.get(0).line(),
                "role \"" + r + "\" is a template placeholder; read as empty");
          }
          addResponder(n, r.isEmpty() || Placeholders.isPlaceholder(r) ? null : r, row.get(0).line());
        }
        return true;
      }
      if (item == null || !(node instanceof ListItem)) {
        return false;
      }
      responder(item, SourceText.firstLine(node));
      return true;
    });
  }

  /**
   * Reads a blog's byline, {@code By Ines and Marek} or {@code Posted by Lukas, Head of
   * Infrastructure · 2024-10-15}: the names are authors, a date is the date, and the line as
   * written is kept as the attribute "Byline".
   */
  /**
   * Under a heading that only says what the document is ("# Postmortem"), a first paragraph that
   * is one bold line is the title; the heading is kept as the attribute "Heading".
   */
  private boolean boldTitle(Node node) {
    if (!(node instanceof Paragraph) || !GENERIC_TITLE.matcher(state.title).matches()) {
      return false;
    }
    Matcher bold = BOLD_LINE.matcher(state.src.source(node));
    if (!bold.matches() || ImportState.label(state.src.source(node)) != null) {
      return false;
    }
    int line = SourceText.firstLine(node);
    state.attribute("Heading", state.title, state.lines().getOrDefault("title", 1) - 1);
    state.title = HandWritten.trim(bold.group(1));
    state.model.postmortem.title(state.title);
    state.line("title", line);
    return true;
  }

  private static final Pattern BOLD_LINE = Pattern.compile("(?:\\*\\*|__)([^*_\\n]{3,200})(?:\\*\\*|__)[ \\t]*");

  private boolean isByline(Node node) {
    String text = bylineText(node);
    return WIKI_BYLINE.matcher(text).matches() || BYLINE.matcher(text).matches();
  }

  /** A paragraph's one line, out of the italics a blog sets its byline in. */
  private String bylineText(Node node) {
    return HandWritten.oneLine(state.src.source(node)).replaceFirst("^([*_])(?!\\1)(.+)\\1$", "$2");
  }

  private boolean byline(Node node) {
    // "*By Maya Chen and Luis Ortega · November 7, 2025*": a blog sets its byline in italics.
    String text = bylineText(node);
    Matcher wiki = WIKI_BYLINE.matcher(text);
    if (wiki.matches()) {
      // Who created the page wrote the postmortem; the dates are the page's, not the incident's.
      state.model.postmortem.addAuthor(HandWritten.trim(wiki.group("author")));
      state.attribute("Byline", text, SourceText.firstLine(node));
      return true;
    }
    Matcher m = BYLINE.matcher(text);
    if (!m.matches()) {
      return false;
    }
    int line = SourceText.firstLine(node);
    for (String part : m.group("rest").split("[ \\t]+[·|—–][ \\t]+")) {
      Optional<LocalDate> d = WrittenTime.date(part, Optional.empty(), state.dayFirst).or(() -> firstDate(part));
      if (d.isPresent()) {
        if (state.published.isEmpty()) {
          state.published(d.get());
          state.line("date", line);
        }
        continue;
      }
      if (READ_TIME.matcher(part).matches()) {
        continue; // "8 min read": a blog's estimate, not a name
      }
      for (String name : part.split(",?[ \\t]+(?:and|&)[ \\t]+|,[ \\t]+(?=[A-Z][a-z]+[ \\t]+[A-Z])")) {
        String n = HandWritten.trim(name.replaceFirst(",.*$", ""));
        if (!n.isEmpty() && !TEAM.matcher(n).matches()) { // "…, Voice Infrastructure": their team
          state.model.postmortem.addAuthor(n);
        }
      }
    }
    state.attribute("Byline", text, line);
    return true;
  }

  /**
   * Reads the {@code Label: value} lines of a paragraph as metadata; returns the other lines.
   * Outside the preamble only bold labels and known metadata labels count.
   */
  List<String> labelledLines(Node node, boolean preamble) {
    int line = SourceText.firstLine(node);
    List<String> rest = new ArrayList<>();
    List<Integer> restLines = new ArrayList<>();
    int read = 0;
    for (String text : state.src.source(node).split("\n", -1)) {
      String t = text.replaceAll("(?i)[ \\t]*<br[ \\t]*/?>[ \\t]*$", "").replaceAll("[ \\t]+\\\\$", "");
      // "**Incident ID:** INC-7 | **Severity:** SEV2 | **Status:** resolved": several on one line.
      List<String> pieces = SEVERAL_LABELS.matcher(t).lookingAt() ? List.of(t.split("[ \\t]+[|·][ \\t]+(?=\\*\\*)"))
          : List.of(t);
      boolean all = true;
      for (String piece : pieces) {
        String[] pair = pieceLabel(piece, pieces.size() > 1);
        boolean bold = piece.startsWith("**") || piece.startsWith("__");
        all &= pair != null && (bold && preamble || isMetadataLabel(pair[0]));
      }
      if (all) {
        for (String piece : pieces) {
          String[] pair = pieceLabel(piece, pieces.size() > 1);
          metadata(pair[0], pair[1], line);
        }
        read++;
      } else if (!preamble || !metadataRun(t, line)) {
        rest.add(text);
        restLines.add(line);
      }
      line++;
    }
    if (preamble && read >= 2) {
      // "Facilitator: Noor Haddad" among "Incident date: …" and "Participants: …" lines: a block
      // of labelled lines is metadata, the labels it does not know included (kept as attributes).
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < rest.size(); i++) {
        String[] pair = HandWritten.plainLabel(HandWritten.trim(rest.get(i)));
        if (pair != null && pair[0].length() <= 30 && pair[0].split(" ").length <= 4 && !pair[1].isEmpty()) {
          metadata(pair[0], pair[1], restLines.get(i));
        } else {
          kept.add(rest.get(i));
        }
      }
      return kept;
    }
    return rest;
  }

  /**
   * Reads a line of plain {@code Label: value} pieces and a date set apart by middle dots, often
   * in italics, as a chat export heads its postmortem: {@code _Severity: sev2 · IC: @dana ·
   * 2024-09-19_}. False, reading nothing, unless every piece is one of those and two name fields.
   */
  private boolean metadataRun(String text, int line) {
    String t = HandWritten.trim(text);
    if (t.length() > 2 && (t.startsWith("_") && t.endsWith("_") || t.startsWith("*") && t.endsWith("*"))) {
      t = t.substring(1, t.length() - 1);
    }
    String[] pieces = t.split("[ \\t]+[·•|][ \\t]+");
    if (pieces.length < 2) {
      return false;
    }
    int known = 0;
    for (String piece : pieces) {
      String[] pair = HandWritten.plainLabel(piece);
      if (pair != null && isMetadataLabel(pair[0])) {
        known++;
      } else if (pair == null && WrittenTime.date(HandWritten.trim(piece), Optional.empty(), state.dayFirst).isEmpty()) {
        return false;
      }
    }
    if (known < 2) {
      return false;
    }
    for (String piece : pieces) {
      String[] pair = HandWritten.plainLabel(piece);
      if (pair != null) {
        metadata(pair[0], pair[1], line);
      } else if (state.date.isEmpty()) {
        state.date(WrittenTime.date(HandWritten.trim(piece), Optional.empty(), state.dayFirst).orElseThrow());
        state.line("date", line);
      } else {
        state.attribute("Date", HandWritten.trim(piece), line);
      }
    }
    return true;
  }

  private boolean hasLabel(Node paragraph) {
    for (String line : state.src.source(paragraph).split("\n")) {
      String[] pair = ImportState.label(line);
      if (pair != null && isMetadataLabel(pair[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a key/value table (the first column labels, the second the values); false when it is
   * not one, such as an impact table of metrics.
   */
  boolean table(Node node) {
    TableRows table = TableRows.read(state.src, SourceText.firstLine(node), SourceText.lastLine(node));
    List<List<Cell>> rows = new ArrayList<>(table.rows());
    List<String> header = table.header();
    int labels = 0;
    for (List<Cell> row : rows) {
      labels += !row.isEmpty() && isMetadataLabel(HandWritten.unwrap(row.get(0).text())) ? 1 : 0;
    }
    if (labels == 0 && rows.size() == 1 && isHorizontal(header)) {
      horizontal(header, rows.get(0), table.firstLine());
      return true;
    }
    boolean headerIsRow = header.size() >= 2 && isMetadataLabel(HandWritten.unwrap(header.get(0)));
    boolean blankHeader = header.stream().allMatch(String::isBlank)
        || header.size() == 2 && List.of("field", "key", "property", "item", "attribute", "name")
            .contains(HandWritten.headingKey(HandWritten.unwrap(header.get(0))));
    if (labels == 0 && !headerIsRow && !blankHeader || header.size() < 2) {
      return false;
    }
    if (headerIsRow) {
      List<Cell> headerCells = new ArrayList<>();
      for (String h : header) {
        headerCells.add(new Cell(h, table.firstLine(), 0));
      }
      rows.add(0, headerCells);
    }
    for (List<Cell> row : rows) {
      String label = row.isEmpty() ? "" : HandWritten.unwrap(row.get(0).text());
      List<String> values = new ArrayList<>();
      for (int i = 1; i < row.size(); i++) {
        if (!row.get(i).text().isEmpty()) {
          values.add(row.get(i).text());
        }
      }
      int line = row.isEmpty() ? table.firstLine() : row.get(0).line();
      if (label.isEmpty() && values.isEmpty()) {
        continue;
      }
      if (label.isEmpty()) {
        state.model.tldr.add(HandWritten.trim(state.src.line(line)));
      } else {
        metadata(label, String.join(" | ", values), line);
      }
    }
    return true;
  }

  /**
   * Whether a header names metadata fields across its columns, as a wiki export writes them:
   * {@code | Incident lead | Reported | Priority |} over one row of values. Its first two cells
   * and at least half of all are labels; a key/value table has a value in its second column.
   */
  private static boolean isHorizontal(List<String> header) {
    if (header.size() < 3 || !isMetadataLabel(HandWritten.unwrap(header.get(0)))
        || !isMetadataLabel(HandWritten.unwrap(header.get(1)))) {
      return false;
    }
    long known = header.stream().filter(h -> isMetadataLabel(HandWritten.unwrap(h))).count();
    return known * 2 >= header.size();
  }

  /** Reads the one row of values under a header of labels, each under its column's label. */
  private void horizontal(List<String> header, List<Cell> row, int headerLine) {
    int line = row.isEmpty() ? headerLine : row.get(0).line();
    for (int c = 0; c < Math.max(header.size(), row.size()); c++) {
      String label = c < header.size() ? HandWritten.unwrap(header.get(c)) : "";
      String value = c < row.size() ? row.get(c).text() : "";
      if (label.isEmpty() && !value.isEmpty()) {
        state.model.tldr.add(value);
      } else if (!label.isEmpty()) {
        metadata(label, value, line);
      }
    }
  }

  static boolean isMetadataLabel(String label) {
    String key = HandWritten.headingKey(label.replace('_', ' '));
    return field(key) != null || SectionHome.isHeadingWord(key);
  }

  /** The metadata field a label names, or null. */
  static String field(String key) {
    return switch (key.replaceAll("[ ]*\\(.*\\)$", "")) {
      case "date", "incident date", "day", "date of incident", "occurred", "occurred on", "date occurred",
          "reported", "reported on", "created", "created on", "date created", "fecha", "datum",
          "data", "data dell'incidente", "data do incidente", "datum van het incident" -> "date";
      case "incident id", "id", "incident", "incident number", "incident #", "incident no", "ticket", "reference",
          "incident ref", "incident reference", "jira", "case", "tracking id", "tracking number", "incident key"
          -> "incidentId";
      case "severity", "sev", "severity level", "level", "priority", "incident severity", "impact level",
          "sévérité", "gravité", "severidad", "gravedad", "schweregrad", "gravità", "severità", "severidade",
          "gravidade", "ernst", "ernstniveau", "prioriteit" -> "severity";
      case "owner", "incident owner", "incident commander", "ic", "lead", "incident lead", "postmortem owner",
          "document owner", "commander", "incident manager", "responsable", "verantwortlich", "dri",
          "responsabile", "responsável", "eigenaar", "verantwoordelijke" -> "owner";
      case "status", "statut", "estado", "stato", "stato del documento" -> "status";
      case "document status", "doc status", "postmortem status", "report status", "review status",
          "approval status" -> "documentStatus";
      case "incident status", "state", "stato dell'incidente", "estado do incidente", "status do incidente",
          "statut de l'incident", "estado del incidente", "incidentstatus" -> "incidentStatus";
      case "author", "authors", "written by", "prepared by", "editor", "editors", "postmortem author",
          "post-mortem author", "postmortem authors", "report author", "rédigé par", "auteur", "auteurs", "autor",
          "autores", "redactado por", "autori", "autore", "redatto da", "redigido por",
          "opgesteld door", "geschreven door", "verfasst von" -> "authors";
      case "tag", "tags", "labels", "keywords", "categories" -> "tags";
      case "started", "start", "start time", "began", "incident start", "started at", "start (utc)", "first seen", "impact start", "outage start",
          "incident start time", "start date", "started on" -> "startedAt";
      case "ended", "end", "end time", "incident end", "ended at", "resolved at", "end (utc)", "impact end", "incident end time", "end date", "ended on",
          "outage end", "recovered at" -> "endedAt";
      case "duration", "time", "window", "incident window", "outage window", "impact window", "period",
          "time window", "when", "total duration", "incident duration", "outage duration" -> "span";
      case "services", "affected services", "services affected", "service", "components", "systems",
          "affected products", "products affected", "products", "affected components" -> "services";
      case "zone", "timezone", "time zone", "times" -> "zone";
      case "title", "incident title", "incident name" -> "title";
      case "responders", "people involved", "participants", "incident team", "on-call", "on call",
          "people" -> "responders";
      default -> null;
    };
  }

  /** Reads one metadata value; what it cannot read is kept as an attribute under its label. */
  void metadata(String label, String value, int line) {
    // Front matter writes keys as incident_start_time or services-affected.
    String key = HandWritten.headingKey(label.replace('_', ' '));
    String field = field(key);
    String v = HandWritten.oneLine(value.replaceAll("(?i)<br[ \\t]*/?>", " "));
    if (v.isEmpty()) {
      return;
    }
    if (Placeholders.isPlaceholder(v) || Templates.isInstruction(v) || field != null && isChoice(v, field)
        || "span".equals(field) && SpanReader.isTemplateSpan(v)) {
      state.finding(ImportRule.UNFILLED_PLACEHOLDER, field == null ? "attributes" : field, line,
          label + " \"" + v + "\" is a template placeholder; read as empty");
      return;
    }
    if (field == null) {
      Optional<SectionHome> home = SectionHome.of(key);
      if (home.isPresent()) {
        sectionLine(home.get(), label, v, line);
      } else {
        state.attribute(label, v, line);
      }
      return;
    }
    state.line(field, line);
    String before = written.putIfAbsent(field, v.toLowerCase(java.util.Locale.ROOT));
    if (before != null && before.equals(v.toLowerCase(java.util.Locale.ROOT)) && !field.equals("tags")
        && !field.equals("authors") && !field.equals("services") && !field.equals("responders")) {
      return; // the same value again (front matter and a label line): nothing new
    }
    switch (field) {
      case "date" -> {
        Optional<LocalDate> d = WrittenTime.date(v, Optional.empty(), state.dayFirst)
            .or(() -> firstDate(v));
        if (d.isPresent() && state.date.isEmpty()) {
          state.date(d.get());
        } else if (d.isEmpty()) {
          state.unreadable("date", line, label, v, "a date such as 2024-03-14");
        } else {
          state.attribute(label, v, line);
        }
      }
      case "incidentId" -> state.setInline(InlineField.INCIDENT_ID, HandWritten.unwrap(v), line,
          () -> state.attribute(label, v, line));
      case "owner" -> state.setInline(InlineField.OWNER, HandWritten.unwrap(v), line, () -> state.attribute(label, v, line));
      case "severity" -> HandWritten.severity(v).ifPresentOrElse(s -> {
        if (state.model.take(ModelBuilders.Once.SEVERITY)) {
          state.model.postmortem.severity(s);
        } else {
          state.attribute(label, v, line);
        }
      }, () -> state.unreadable("severity", line, label, v, "a severity such as sev-2 or High"));
      case "status", "documentStatus", "incidentStatus" -> status(field, label, v, line);
      case "authors" -> splitPeople(v).forEach(a -> state.model.postmortem.addAuthor(HandWritten.unwrap(a)));
      case "tags" -> splitList(v).forEach(t -> state.model.postmortem.addTag(HandWritten.unwrap(t)));
      case "services" -> splitList(v).forEach(s -> state.model.impact.addAffectedService(HandWritten.unwrap(s)));
      case "responders" -> people(v, line);
      case "startedAt", "endedAt" -> spans.point(field, label, v, line);
      case "span" -> spans.span(label, v, line);
      case "title" -> {
        // "# Postmortem" over "Title: Checkout down": the generic heading gives way.
        if (GENERIC_TITLE.matcher(state.title).matches()) {
          state.title = HandWritten.unwrap(v);
          state.model.postmortem.title(state.title);
          state.line("title", line);
        } else if (!HandWritten.unwrap(v).equals(state.title)) {
          state.attribute(label, v, line);
        }
      }
      case "zone" -> {
        Optional<java.time.ZoneId> z = WrittenTime.zone(v.replaceFirst("(?i)^all times (are )?(in )?", ""));
        if (z.isPresent()) {
          state.zone(z.get());
        } else {
          state.unreadable("zone", line, label, v, "a time zone such as UTC or Europe/Berlin");
        }
      }
      default -> state.attribute(label, v, line);
    }
  }

  private Optional<LocalDate> firstDate(String v) {
    Matcher date = TITLE_DATE.matcher(v);
    while (date.find()) {
      Optional<LocalDate> d = WrittenTime.date(date.group(1), Optional.empty(), state.dayFirst);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** A value such as {@code draft / final} or {@code sev-1 / sev-2 / sev-3}: a choice not made. */
  private static boolean isChoice(String value, String field) {
    if (!value.contains("/") && !value.contains("|") || value.contains("://")) {
      return false;
    }
    int readable = 0;
    for (String option : value.split("[/|]")) {
      String o = HandWritten.trim(option);
      boolean ok = switch (field) {
        case "severity" -> HandWritten.severity(o).isPresent();
        case "status", "documentStatus", "incidentStatus" ->
            DOCUMENT_STATUS.read(o).isPresent() || INCIDENT_STATUS.read(o).isPresent();
        default -> false;
      };
      readable += ok ? 1 : 0;
    }
    return readable >= 2;
  }

  private void status(String field, String label, String v, int line) {
    String w = STATUS_WORDS.getOrDefault(HandWritten.unwrap(v).toLowerCase(java.util.Locale.ROOT), HandWritten.unwrap(v));
    Optional<DocumentStatus> document = field.equals("incidentStatus") ? Optional.empty() : DOCUMENT_STATUS.read(w);
    Optional<IncidentStatus> incident = field.equals("documentStatus") ? Optional.empty() : INCIDENT_STATUS.read(w);
    if (document.isPresent() && state.model.take(ModelBuilders.Once.DOCUMENT_STATUS)) {
      state.model.postmortem.documentStatus(document.get());
    } else if (incident.isPresent() && state.model.take(ModelBuilders.Once.INCIDENT_STATUS)) {
      state.model.postmortem.incidentStatus(incident.get());
    } else if (document.isEmpty() && incident.isEmpty()) {
      state.unreadable(field, line, label, v, "a status such as draft, final or resolved");
    } else {
      state.attribute(label, v, line);
    }
  }

  static List<String> splitList(String value) {
    return split(value, ",(?![^()]*\\))|;");
  }

  /** Names in one line, {@code Ana, Ben and Chi}: "and" joins names, not words of a tag. */
  static List<String> splitPeople(String value) {
    List<String> names = split(value, ",(?![^()]*\\))|;|[ \\t]+(?:and|&)[ \\t]+(?![^()]*\\))");
    // Only names are joined by "and": "Ana and Ben", "@ana & @ben", not "research and development".
    boolean allNames = names.stream().allMatch(n -> n.startsWith("@") || Character.isUpperCase(n.codePointAt(0)));
    return allNames ? names : splitList(value);
  }

  private static List<String> split(String value, String separators) {
    List<String> items = new ArrayList<>();
    for (String part : value.split(separators)) {
      String item = HandWritten.oneLine(part);
      if (!item.isEmpty() && !HandWritten.unwrap(item).isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }

  /** People written in one line: {@code Dana (IC), Lee (database)}; each is a responder. */
  void people(String value, int line) {
    for (String person : splitPeople(value)) {
      responder(person, line);
    }
  }

  /** One responder: {@code Name (role)}, {@code Name - role}, {@code **Role:** Name}, or a name. */
  void responder(String text, int line) {
    String[] pair = ImportState.label(text);
    if (pair != null && !pair[1].isEmpty()) {
      for (String name : splitPeople(pair[1])) {
        Matcher own = PAREN_ROLE.matcher(name);
        if (own.matches()) {
          // "Subject Matter Experts: Ana (database), Ben (auth)": both say what each one did.
          addResponder(own.group(1), pair[0] + " (" + own.group(2) + ")", line);
        } else {
          addResponder(name, pair[0], line);
        }
      }
      return;
    }
    Matcher paren = PAREN_ROLE.matcher(text);
    if (paren.matches()) {
      addResponder(paren.group(1), paren.group(2), line);
      return;
    }
    Matcher dash = DASH_ROLE.matcher(text);
    if (dash.matches()) {
      addResponder(dash.group(1), dash.group(2), line);
    } else {
      addResponder(text, null, line);
    }
  }

  void addResponder(String name, String role, int line) {
    state.line("responders[" + responders++ + "]", line);
    state.model.postmortem.addResponder(Responder.builder().name(HandWritten.unwrap(name)).role(Optional.ofNullable(role)
        .map(String::strip).filter(r -> !r.isEmpty())).build());
  }

  /** A {@code **Summary:** text} line outside its section, SRE-book style. */
  void sectionLine(SectionHome home, String label, String value, int line) {
    Runnable custom = () -> state.custom(label, value, line);
    switch (home) {
      case SUMMARY -> state.model.tldr.add(value);
      case WHAT_HAPPENED -> state.setInline(InlineField.WHAT_HAPPENED, value, line, () -> state.model.tldr.add(value));
      case IMPACT -> state.setInline(InlineField.SUMMARY_IMPACT, value, line, custom);
      // "**Root Causes:** …" is the root cause, SRE-book style, unless the document has a root
      // cause section: then it is the summary's one line about it.
      case ROOT_CAUSE -> {
        if (state.homes.contains(SectionHome.ROOT_CAUSE)) {
          state.setInline(InlineField.SUMMARY_ROOT_CAUSE, value, line, () -> state.model.primaryCause.add(value));
        } else {
          state.model.primaryCause.add(value);
        }
      }
      case RESOLUTION -> state.setInline(InlineField.SUMMARY_RESOLUTION, value, line, custom);
      case TRIGGER -> state.setInline(InlineField.TRIGGER, value, line, custom);
      case DETECTION -> state.setInline(InlineField.DETECTION_DETAIL, value, line, custom);
      case RESPONDERS -> people(value, line);
      case SERVICES -> splitList(value).forEach(s -> state.model.impact.addAffectedService(HandWritten.unwrap(s)));
      default -> custom.run();
    }
  }
}
