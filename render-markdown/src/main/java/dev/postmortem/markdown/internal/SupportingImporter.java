package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.AUDIENCE;
import static dev.postmortem.markdown.internal.Vocabulary.EVIDENCE_CATEGORY;
import static dev.postmortem.markdown.internal.Vocabulary.PREVENTION_AREA;

import dev.postmortem.Audience;
import dev.postmortem.CodeChange;
import dev.postmortem.Communication;
import dev.postmortem.Evidence;
import dev.postmortem.EvidenceCategory;
import dev.postmortem.PastIncident;
import dev.postmortem.PreventionArea;
import dev.postmortem.PreventionMeasure;
import dev.postmortem.Signoff;
import dev.postmortem.lint.Placeholders;
import dev.postmortem.markdown.internal.TableRows.Cell;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the later sections of the detailed template as it is filled in by hand, and their
 * tables: prevention measures (bullets under Monitoring / Code and configuration / Process /
 * Infrastructure), supporting evidence, the communication log (internal and external), the
 * appendix (the configuration block of feature flags and environment, code changes, similar
 * incidents) and the review and approval lines.
 */
final class SupportingImporter {
  private static final Pattern LINK = Pattern.compile("\\[(?<text>[^\\]]*)\\]\\((?<url>[^)\\s]+)\\)|(?<bare>https?://\\S+)");
  private static final Pattern SIGNOFF = Pattern.compile("(?<name>.+?)(?:[ \\t]+[-—–,][ \\t]+|[ \\t]+\\(|[ \\t]+on[ \\t]+)(?<date>[^()]+?)\\)?");
  private static final Pattern COMMIT = Pattern.compile("(?<commit>`?[0-9a-f]{6,40}`?|#[0-9]+|[^ ]+)");
  private static final Pattern LEADING_TIME = Pattern.compile(
      "(?:(?<date>" + WrittenTime.DATE + ")[ \\t]+)?(?<time>" + WrittenTime.TIME + ")(?:[ \\t]*(?<zone>" + WrittenTime.ZONE
          + "))?[ \\t]*[-—–:,][ \\t]*(?<rest>.+)");

  private static final Pattern CELL_TIME = Pattern.compile("(?:(?<date>" + WrittenTime.DATE + ")[ \\tT]+)?(?<time>"
      + WrittenTime.TIME + ")(?:[ \\t]*(?<zone>" + WrittenTime.ZONE + "))?");

  private final ImportState state;
  private final TimelineImporter timeline;

  SupportingImporter(ImportState state, TimelineImporter timeline) {
    this.state = state;
    this.timeline = timeline;
  }

  void read(SourcePart part) {
    switch (part.home) {
      case PREVENTION -> state.eachNode(part, "preventionMeasures", (node, item) -> prevention(part, node, item));
      case EVIDENCE -> state.eachNode(part, "evidence", (node, item) -> evidence(part, node, item));
      case COMMUNICATIONS -> state.eachNode(part, "communications", (node, item) -> communication(part, node, item));
      case APPENDIX, CONFIGURATION, FEATURE_FLAGS, ENVIRONMENT -> state.eachNode(part, "appendix",
          (node, item) -> configuration(part, node, item));
      case CODE_CHANGES -> state.eachNode(part, "appendix.codeChanges", this::codeChange);
      case SIMILAR_INCIDENTS -> state.eachNode(part, "appendix.similarIncidents", this::pastIncident);
      case REVIEW, DISTRIBUTION -> state.eachNode(part, "review", (node, item) -> review(part, node, item));
      default -> throw new IllegalArgumentException("not a supporting section: " + part.home);
    }
  }

  // ---- prevention ----

  private boolean prevention(SourcePart part, Node node, String item) {
    if (node instanceof TableBlock) {
      return table(node, (row, header) -> {
        int topic = Columns.find(header, "measure", "topic", "item", "action", "what", "improvement");
        int detail = Columns.find(header, "detail", "details", "description", "notes");
        int area = Columns.find(header, "area", "category", "kind", "type");
        String t = Columns.cell(row, topic < 0 ? 0 : topic);
        if (HandWritten.oneLine(t).isEmpty()) {
          return false;
        }
        PreventionArea a = area < 0 ? area(part) : PREVENTION_AREA.read(HandWritten.unwrap(Columns.cell(row, area)))
            .orElse(area(part));
        state.model.postmortem.addPreventionMeasure(PreventionMeasure.builder().area(a).topic(HandWritten.oneLine(t))
            .detail(optional(Columns.cell(row, detail))).build());
        return true;
      });
    }
    if (item == null || !(node instanceof ListItem)) {
      return false;
    }
    String[] pair = ImportState.label(item);
    PreventionMeasure.Builder m = PreventionMeasure.builder().area(area(part));
    if (pair != null && !pair[1].isEmpty()) {
      m.topic(pair[0]).detail(pair[1]);
    } else {
      m.topic(HandWritten.unwrap(item));
    }
    state.model.postmortem.addPreventionMeasure(m.build());
    return true;
  }

  /** The area a prevention sub-heading names: "Monitoring Improvements", "Code/Configuration Changes". */
  private static PreventionArea area(SourcePart part) {
    String h = part.heading.toLowerCase(Locale.ROOT);
    if (h.contains("monitor") || h.contains("alert") || h.contains("observab") || h.contains("detect")) {
      return PreventionArea.MONITORING;
    }
    if (h.contains("code") || h.contains("config")) {
      return PreventionArea.CODE_AND_CONFIGURATION;
    }
    if (h.contains("infra") || h.contains("capacity") || h.contains("architecture")) {
      return PreventionArea.INFRASTRUCTURE;
    }
    return PreventionArea.PROCESS;
  }

  // ---- evidence ----

  private boolean evidence(SourcePart part, Node node, String item) {
    if (node instanceof TableBlock) {
      return table(node, (row, header) -> {
        int label = Columns.find(header, "evidence", "label", "name", "what", "item", "title");
        int link = Columns.find(header, "link", "url", "location", "where");
        int detail = Columns.find(header, "detail", "details", "description", "notes");
        int category = Columns.find(header, "category", "kind", "type");
        String l = HandWritten.oneLine(Columns.cell(row, label < 0 ? 0 : label));
        if (l.isEmpty()) {
          return false;
        }
        Evidence.Builder e = Evidence.builder().label(l).category(category < 0 ? category(part)
            : EVIDENCE_CATEGORY.read(HandWritten.unwrap(Columns.cell(row, category))).orElse(category(part)));
        String url = HandWritten.oneLine(Columns.cell(row, link));
        if (!url.isEmpty() && !url.matches(".*\\s.*")) {
          e.link(url);
        } else if (!url.isEmpty()) {
          e.detail(url);
        }
        optional(Columns.cell(row, detail)).ifPresent(d -> e.detail(e.build().detail().map(x -> x + "; " + d).orElse(d)));
        state.model.postmortem.addEvidence(e.build());
        return true;
      });
    }
    if (item == null || !(node instanceof ListItem)) {
      return false;
    }
    String[] pair = ImportState.label(item);
    Evidence.Builder e = Evidence.builder().category(category(part));
    String value = pair != null && !pair[1].isEmpty() ? pair[1] : item;
    Matcher link = LINK.matcher(value);
    if (pair != null && !pair[1].isEmpty()) {
      e.label(pair[0]);
      linkAndDetail(e, value, link);
    } else if (link.matches() && link.group("text") != null) {
      e.label(link.group("text").isBlank() ? link.group("url") : link.group("text")).link(link.group("url"));
    } else {
      e.label(HandWritten.unwrap(item));
      if (link.find()) {
        e.link(link.group("url") != null ? link.group("url") : link.group("bare"));
      }
    }
    state.model.postmortem.addEvidence(e.build());
    return true;
  }

  private static void linkAndDetail(Evidence.Builder e, String value, Matcher link) {
    if (link.matches()) {
      e.link(link.group("url") != null ? link.group("url") : link.group("bare"));
      if (link.group("text") != null && !link.group("text").isBlank()) {
        e.detail(link.group("text"));
      }
      return;
    }
    link.reset();
    if (link.find()) {
      e.link(link.group("url") != null ? link.group("url") : link.group("bare"));
    }
    e.detail(value);
  }

  private static EvidenceCategory category(SourcePart part) {
    String h = part.heading.toLowerCase(Locale.ROOT);
    if (h.contains("log") || h.contains("trace")) {
      return EvidenceCategory.LOGS_AND_TRACES;
    }
    if (h.contains("monitor") || h.contains("dashboard") || h.contains("metric") || h.contains("graph")) {
      return EvidenceCategory.MONITORING;
    }
    if (h.contains("external") || h.contains("dependenc") || h.contains("third")) {
      return EvidenceCategory.EXTERNAL_DEPENDENCIES;
    }
    return EvidenceCategory.OTHER;
  }

  // ---- communications ----

  private boolean communication(SourcePart part, Node node, String item) {
    Audience audience = audience(part);
    if (node instanceof TableBlock) {
      return table(node, (row, header) -> {
        int detail = Columns.find(header, "detail", "details", "message", "description", "what", "summary", "content");
        int subject = Columns.find(header, "subject", "topic", "title", "type");
        int channel = Columns.find(header, "channel", "medium", "via", "where");
        int time = Columns.find(header, Columns.TIME);
        int who = Columns.find(header, "audience", "to", "recipients");
        String d = HandWritten.oneLine(Columns.cell(row, detail < 0 ? header.header().size() - 1 : detail));
        if (d.isEmpty()) {
          return false;
        }
        Communication.Builder c = Communication.builder().detail(d)
            .audience(who < 0 ? audience : AUDIENCE.read(HandWritten.unwrap(Columns.cell(row, who))).orElse(audience))
            .subject(optional(Columns.cell(row, subject))).channel(optional(Columns.cell(row, channel)));
        String when = HandWritten.oneLine(Columns.cell(row, time));
        Optional<Instant> at = instant(when);
        at.ifPresent(c::at);
        if (at.isEmpty() && !when.isEmpty() && !Placeholders.isPlaceholder(when)) {
          state.unreadable("communications", row.get(0).line(), "Time", when, "a date and time such as 2024-03-14 14:02");
        }
        state.model.postmortem.addCommunication(c.build());
        return true;
      });
    }
    if (item == null) {
      return false;
    }
    String[] pair = ImportState.label(item);
    Communication.Builder c = Communication.builder().audience(audience);
    String detail = item;
    if (pair != null && !pair[1].isEmpty()) {
      c.subject(pair[0]);
      detail = pair[1];
    } else if (node instanceof Paragraph && !part.heading.isEmpty()) {
      c.subject(HandWritten.oneLine(part.heading));
      detail = state.src.source(node);
    }
    Matcher timed = LEADING_TIME.matcher(HandWritten.oneLine(detail));
    if (timed.matches()) {
      Optional<Instant> at = timeline.at(timed.group("date"), timed.group("time"), timed.group("zone"));
      if (at.isPresent()) {
        c.at(at.get());
        detail = timed.group("rest");
      }
    }
    state.model.postmortem.addCommunication(c.detail(HandWritten.oneLine(detail)).build());
    return true;
  }

  private static Audience audience(SourcePart part) {
    for (SourcePart p = part; p != null; p = p.parent) {
      String h = p.heading.toLowerCase(Locale.ROOT);
      if (h.contains("external") || h.contains("customer") || h.contains("public") || h.contains("status page")) {
        return Audience.EXTERNAL;
      }
      if (h.contains("internal")) {
        return Audience.INTERNAL;
      }
    }
    return Audience.INTERNAL;
  }

  private Optional<Instant> instant(String text) {
    String t = HandWritten.oneLine(text);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = CELL_TIME.matcher(t);
    return m.matches() ? timeline.at(m.group("date"), m.group("time"), m.group("zone")) : Optional.empty();
  }

  // ---- appendix ----

  private boolean configuration(SourcePart part, Node node, String item) {
    String heading = HandWritten.headingKey(part.heading);
    if (node instanceof FencedCodeBlock code) {
      return configurationBlock(code.getLiteral());
    }
    if (node instanceof TableBlock) {
      return table(node, (row, header) -> {
        String k = HandWritten.oneLine(Columns.cell(row, 0));
        String v = HandWritten.oneLine(Columns.cell(row, 1));
        if (k.isEmpty() || v.isEmpty()) {
          return false;
        }
        setting(heading.contains("flag"), k, v);
        return true;
      });
    }
    String[] pair = item == null ? null : ImportState.label(item);
    if (!(node instanceof ListItem) || pair == null || pair[1].isEmpty() || part.home == SectionHome.APPENDIX) {
      return false;
    }
    setting(part.home == SectionHome.FEATURE_FLAGS || heading.contains("flag"), pair[0], pair[1]);
    return true;
  }

  private void setting(boolean flag, String key, String value) {
    if (flag) {
      state.model.appendix.putFeatureFlag(HandWritten.unwrap(key), HandWritten.unwrap(value));
    } else {
      state.model.appendix.putEnvironment(HandWritten.unwrap(key), value);
    }
  }

  /**
   * The template's configuration block: {@code Feature Flags:} and {@code Environment:} keys with
   * their settings indented below. False, and kept as written, when it has any other line.
   */
  private boolean configurationBlock(String literal) {
    Boolean flags = null;
    java.util.List<String[]> settings = new java.util.ArrayList<>();
    for (String line : literal.split("\n")) {
      String t = HandWritten.trim(line);
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String key = t.endsWith(":") ? HandWritten.headingKey(t.substring(0, t.length() - 1)) : null;
      if (key != null && !Character.isWhitespace(line.charAt(0))) {
        if (key.contains("flag")) {
          flags = true;
        } else if (key.contains("environment")) {
          flags = false;
        } else {
          return false;
        }
        continue;
      }
      int colon = t.indexOf(':');
      if (flags == null || colon <= 0) {
        return false;
      }
      String k = HandWritten.trim(t.substring(0, colon).replaceFirst("^-[ \\t]*", ""));
      String v = HandWritten.trim(t.substring(colon + 1));
      if (k.isEmpty() || v.isEmpty()) {
        return false;
      }
      settings.add(new String[] {flags ? "flag" : "env", k, v});
    }
    if (settings.isEmpty()) {
      return false;
    }
    for (String[] s : settings) {
      if (Placeholders.isPlaceholder(s[2]) || s[2].equals("true/false")) {
        state.dropped(s[0].equals("flag") ? "appendix.featureFlags" : "appendix.environment", 0, s[1] + ": " + s[2]);
      } else {
        setting(s[0].equals("flag"), s[1], s[2]);
      }
    }
    return true;
  }

  private boolean codeChange(Node node, String item) {
    if (item == null || !(node instanceof ListItem)) {
      return false;
    }
    String[] pair = ImportState.label(item);
    if (pair == null || pair[1].isEmpty()) {
      return false;
    }
    Matcher commit = COMMIT.matcher(HandWritten.unwrap(pair[0]));
    if (!commit.matches()) {
      return false;
    }
    CodeChange.Builder c = CodeChange.builder().commit(HandWritten.unwrap(pair[0]).replace("`", ""));
    String[] parts = pair[1].split("[ \\t]+[-—–][ \\t]+");
    c.description(parts[0]);
    if (parts.length > 1) {
      c.author(parts[1]);
    }
    if (parts.length > 2) {
      Optional<Instant> at = instant(parts[2]);
      if (at.isPresent()) {
        c.at(at.get());
      } else {
        c.description(parts[0] + " - " + parts[2]);
      }
    }
    for (int i = 3; i < parts.length; i++) {
      c.description(c.build().description().orElse("") + " - " + parts[i]);
    }
    state.model.appendix.addCodeChange(c.build());
    return true;
  }

  private boolean pastIncident(Node node, String item) {
    if (item == null || !(node instanceof ListItem)) {
      return false;
    }
    String[] pair = ImportState.label(item);
    PastIncident.Builder p = PastIncident.builder();
    String text = item;
    if (pair != null && !pair[1].isEmpty()) {
      Optional<LocalDate> d = WrittenTime.date(pair[0], state.date, state.dayFirst);
      if (d.isPresent()) {
        p.date(d.get());
        text = pair[1];
      }
    }
    Matcher link = LINK.matcher(text);
    if (link.find()) {
      String url = link.group("url") != null ? link.group("url") : link.group("bare");
      p.link(url);
      // "Checkout down - https://wiki/pm/1": the link is the link, the rest the description.
      if (link.group("bare") != null && link.end() == text.length()) {
        String rest = HandWritten.trim(text.substring(0, link.start()).replaceAll("[ \\t]*[-—–:(,][ \\t]*$", ""));
        text = rest.isEmpty() ? text : rest;
      }
    }
    state.model.appendix.addSimilarIncident(p.description(text).build());
    return true;
  }

  // ---- review ----

  private boolean review(SourcePart part, Node node, String item) {
    if (part.home == SectionHome.DISTRIBUTION) {
      if (item == null) {
        return false;
      }
      MetadataImporter.splitList(item).forEach(d -> state.model.review.addDistribution(d));
      return true;
    }
    if (node instanceof TableBlock) {
      return table(node, (row, header) -> signoff(Columns.cell(row, 0),
          Columns.cell(row, 1) + (row.size() > 2 ? " - " + Columns.cell(row, 2) : ""), row.get(0).line()));
    }
    if (!(node instanceof Paragraph || node instanceof ListItem)) {
      return false;
    }
    boolean all = true;
    int lineNumber = SourceText.firstLine(node);
    for (String line : state.src.source(node).split("\n")) {
      String t = line.replaceAll("(?i)[ \\t]*<br[ \\t]*/?>[ \\t]*$", "").replaceAll("[ \\t]+\\\\$", "")
          .replaceFirst("^[-*+][ \\t]+", "");
      String[] pair = ImportState.label(t);
      all &= pair != null && !pair[1].isEmpty() && signoff(pair[0], pair[1], lineNumber);
      lineNumber++;
    }
    return all;
  }

  private boolean signoff(String role, String value, int line) {
    String key = HandWritten.headingKey(HandWritten.unwrap(role));
    String v = HandWritten.oneLine(value);
    boolean distribution = key.equals("distribution") || key.equals("distribution list");
    if (!distribution && !key.equals("prepared by") && !key.equals("reviewed by") && !key.equals("approved by")) {
      return false;
    }
    if (Placeholders.isPlaceholder(v) || v.replaceAll("\\[[^\\]]*\\]", "").replaceAll("[\\s\\-–—,]", "").isEmpty()) {
      state.dropped("review", line, role + ": " + v);
      return true;
    }
    if (distribution) {
      MetadataImporter.splitList(v).forEach(d -> state.model.review.addDistribution(d));
      return true;
    }
    Signoff.Builder s = Signoff.builder();
    Matcher m = SIGNOFF.matcher(v);
    Optional<LocalDate> d = m.matches() ? WrittenTime.date(HandWritten.trim(m.group("date")), state.date, state.dayFirst)
        : Optional.empty();
    if (d.isPresent()) {
      s.name(HandWritten.unwrap(m.group("name"))).date(d.get());
    } else {
      s.name(HandWritten.unwrap(v));
    }
    switch (key) {
      case "prepared by" -> state.model.review.preparedBy(s.build());
      case "reviewed by" -> state.model.review.reviewedBy(s.build());
      default -> state.model.review.approvedBy(s.build());
    }
    return true;
  }

  // ---- helpers ----

  private interface RowReader {
    boolean read(List<Cell> row, TableRows table);
  }

  /** Reads each row; the table is taken when a row was (a table of other columns is kept as written). */
  private boolean table(Node node, RowReader reader) {
    TableRows table = TableRows.read(state.src, SourceText.firstLine(node), SourceText.lastLine(node));
    boolean any = false;
    for (List<Cell> row : table.rows()) {
      boolean text = row.stream().anyMatch(c -> !c.text().isBlank());
      if (!text) {
        continue;
      }
      if (row.stream().allMatch(c -> c.text().isBlank() || Placeholders.isPlaceholder(HandWritten.oneLine(c.text())))) {
        state.dropped("table", row.get(0).line(), String.join(" | ", row.stream().map(Cell::text).toList()));
        continue;
      }
      boolean read = reader.read(row, table);
      if (read) {
        // A placeholder cell in a row that was read ("[YYYY-MM-DD]" as its time) is read as empty.
        row.stream().filter(c -> !c.text().isBlank() && Placeholders.isPlaceholder(HandWritten.oneLine(c.text())))
            .forEach(c -> state.dropped("table", c.line(), c.text()));
      }
      any |= read;
    }
    return any;
  }

  private static Optional<String> optional(String cell) {
    String v = HandWritten.oneLine(cell);
    return v.isEmpty() || Placeholders.isPlaceholder(v) ? Optional.empty() : Optional.of(v);
  }
}
