package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.SectionOutput.pair;
import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.DocumentStatus;
import dev.postmortem.Postmortem;
import dev.postmortem.markdown.internal.TableRows.Cell;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * The metadata between the title and the first section, both ways: the compact template's
 * key-value table or the detailed template's lines, labels in the template's order first, then
 * what the model holds beyond the template; and the sentence that names the zone when no
 * timeline does.
 */
final class MetadataBlock {
  /** The model field each metadata label sets, for the line of a violation. */
  private static final Map<String, String> METADATA_FIELDS = Map.of("incident id", "incidentId",
      "date", "date", "severity", "severity", "owner", "owner", "started", "startedAt", "duration", "startedAt",
      "ended", "endedAt", "author", "authors", "tag", "tags");

  private MetadataBlock() {}

  /**
   * Writes the metadata (the compact template's table: Date, Severity, Owner, Status; the
   * detailed template's lines: Date, Incident ID, Severity, Duration, Status), and the zone when
   * the timeline, which names it, is empty.
   */
  static void write(SectionOutput out) {
    Postmortem p = out.postmortem();
    List<String[]> rows = new ArrayList<>();
    boolean lines = out.style().has(LayoutStyle.Form.METADATA_LINES);
    if (lines) {
      p.date().ifPresent(v -> rows.add(pair(DATE, v.toString())));
      p.incidentId().ifPresent(v -> rows.add(pair(INCIDENT_ID, v)));
      p.severity().ifPresent(v -> rows.add(pair(SEVERITY, RankedLabels.severity(v))));
      if (DurationLine.present(p)) {
        rows.add(pair(DURATION, DurationLine.detailed(p)));
      }
      p.incidentStatus().ifPresent(v -> rows.add(pair(STATUS, INCIDENT_STATUS.capitalized(v))));
      p.owner().ifPresent(v -> rows.add(pair(OWNER, v)));
      p.documentStatus().ifPresent(v -> rows.add(pair(DOCUMENT_STATUS_LABEL, DOCUMENT_STATUS.capitalized(v))));
    } else {
      p.date().ifPresent(v -> rows.add(pair(DATE, v.toString())));
      p.severity().ifPresent(v -> rows.add(pair(SEVERITY, RankedLabels.severity(v))));
      p.owner().ifPresent(v -> rows.add(pair(OWNER, v)));
      p.documentStatus().ifPresent(v -> rows.add(pair(STATUS, DOCUMENT_STATUS.word(v))));
      p.incidentId().ifPresent(v -> rows.add(pair(INCIDENT_ID, v)));
      p.incidentStatus().ifPresent(v -> rows.add(pair(INCIDENT_STATUS_LABEL, INCIDENT_STATUS.word(v))));
    }
    p.authors().forEach(v -> rows.add(pair(AUTHOR, v)));
    p.tags().forEach(v -> rows.add(pair(TAG, v)));
    if (lines) {
      out.blocks().labeledLines(rows);
    } else {
      out.blocks().keyValueTable(rows);
    }
    if (p.timeline().isEmpty() && (!p.zone().equals(ZoneOffset.UTC) || hasInstants(p))) {
      out.blocks().paragraph(ALL_TIMES + ZoneText.format(p.zone()) + ".");
    }
  }

  private static boolean hasInstants(Postmortem p) {
    return p.startedAt().isPresent() || p.endedAt().isPresent()
        || p.resolution().immediateActions().stream().anyMatch(a -> a.at().isPresent())
        || p.communications().stream().anyMatch(c -> c.at().isPresent())
        || p.appendix().codeChanges().stream().anyMatch(c -> c.at().isPresent())
        || p.review().meeting().flatMap(m -> m.at()).isPresent();
  }

  /** Returns the blank template's title and metadata for {@code style}. */
  static String blank(LayoutStyle style) {
    // Text blocks drop trailing spaces; "\s" keeps the detailed template's hard breaks.
    return style.titlePrefix() + "[Title]\n\n" + (style.has(LayoutStyle.Form.METADATA_LINES) ? """
        **Date:** [YYYY-MM-DD] \s
        **Incident ID:** [UNIQUE_ID] \s
        **Severity:** [Critical/High/Medium/Low] \s
        **Duration:** [Start Time] - [End Time] ([Total Duration]) \s
        **Status:** [Resolved/Investigating/Ongoing]""" : """
        |  |  |
        | --- | --- |
        | **Date** | [YYYY-MM-DD] |
        | **Severity** | [sev-1 / sev-2 / sev-3] |
        | **Owner** | [@incident-commander] |
        | **Status** | [draft / final] |""");
  }

  /**
   * Reads the blocks before the first section: metadata tables and lines, the zone's sentence and
   * rules. Times are held back until the zone is known ({@link SectionInput#onceZoned}).
   */
  static void read(SectionInput in, List<Node> nodes) {
    SourceText src = in.source();
    List<String[]> pairs = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof TableBlock) {
        TableRows table = TableRows.read(src, SourceText.firstLine(node), SourceText.lastLine(node));
        for (List<Cell> row : table.rows()) {
          String label = row.isEmpty() ? "" : row.get(0).text();
          if (!label.startsWith("**") || !label.endsWith("**") || label.length() < 5 || row.size() < 2) {
            throw SourceText.fail(row.isEmpty() ? table.firstLine() : row.get(0).line(), 0,
                "a metadata row such as | **Date** | 2024-03-14 |", SourceText.quoted(label));
          }
          pairs.add(new String[] {label.substring(2, label.length() - 2), row.get(1).text()});
          lines.add(row.get(0).line());
        }
      } else if (node instanceof Paragraph paragraph && zoneSentence(in, paragraph)) {
        continue;
      } else if (node instanceof Paragraph) {
        int line = SourceText.firstLine(node);
        for (String text : src.source(node).split("\n", -1)) {
          String[] pair = SectionInput.labeledPair(text);
          if (pair == null) {
            throw SourceText.fail(line, 0, "a metadata line such as **Date:** 2024-03-14",
                SourceText.quoted(text));
          }
          pairs.add(pair);
          lines.add(line++);
        }
      } else if (!(node instanceof ThematicBreak)) {
        throw SourceText.fail(SourceText.firstLine(node), 0, "metadata before the first section",
            SectionInput.describe(node));
      }
    }
    // The date first: times are read against it.
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i)[0].equalsIgnoreCase(DATE)) {
        in.date(SectionInput.localDate(pairs.get(i)[1], lines.get(i), 0));
      }
    }
    List<Runnable> times = new ArrayList<>();
    Postmortem.Builder b = in.builder();
    for (int i = 0; i < pairs.size(); i++) {
      String label = pairs.get(i)[0];
      String value = pairs.get(i)[1];
      int line = lines.get(i);
      in.fieldLine(METADATA_FIELDS.getOrDefault(label.toLowerCase(Locale.ROOT), label), line);
      switch (label.toLowerCase(Locale.ROOT)) {
        case "incident id" -> b.incidentId(value);
        case "date" -> { }
        case "duration" -> times.add(() -> {
          DurationLine.Span span = DurationLine.readDetailed(value, in.zone(), in.date()).orElseThrow(() ->
              SourceText.fail(line, 0, "a start and an end such as 14:01 - 14:20 (19 min)", SourceText.quoted(value)));
          span.start().ifPresent(b::startedAt);
          span.end().ifPresent(b::endedAt);
        });
        case "severity" -> b.severity(RankedLabels.severity(value, line));
        case "owner" -> b.owner(value);
        case "status" -> status(b, value, line);
        case "document status" -> b.documentStatus(SectionInput.word(DOCUMENT_STATUS, value, line, "a document status"));
        case "incident status" -> b.incidentStatus(SectionInput.word(INCIDENT_STATUS, value, line, "an incident status"));
        case "started" -> times.add(() -> b.startedAt(in.instant(value, line, 0, true)));
        case "ended" -> times.add(() -> b.endedAt(in.instant(value, line, 0, true)));
        case "author" -> b.addAuthor(value);
        case "tag" -> b.addTag(value);
        default -> throw SourceText.fail(line, 0, "a metadata label such as Date or Owner",
            SourceText.quoted(label));
      }
    }
    times.forEach(in::onceZoned);
  }

  /** The compact template's one Status: a document status, else an incident status. */
  private static void status(Postmortem.Builder b, String value, int line) {
    Optional<DocumentStatus> document = DOCUMENT_STATUS.read(value);
    if (document.isPresent()) {
      b.documentStatus(document.get());
    } else {
      b.incidentStatus(SectionInput.word(INCIDENT_STATUS, value, line, "a document or incident status"));
    }
  }

  /** Reads "All times UTC." into the zone; false when the paragraph is not that sentence. */
  static boolean zoneSentence(SectionInput in, Paragraph paragraph) {
    String text = in.source().source(paragraph);
    if (!text.startsWith(ALL_TIMES) || !text.endsWith(".") || text.contains("\n")) {
      return false;
    }
    String name = text.substring(ALL_TIMES.length(), text.length() - 1);
    in.zone(ZoneText.parse(name).orElseThrow(() -> SourceText.fail(SourceText.firstLine(paragraph),
        ALL_TIMES.length(), "a time zone such as UTC or Europe/Berlin", SourceText.quoted(name))));
    return true;
  }
}
