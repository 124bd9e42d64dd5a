package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.EVENT_KIND;

import dev.postmortem.TimelineEvent;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.Placeholders;
import dev.postmortem.markdown.internal.TableRows.Cell;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads a timeline as people write it: a table with a time column (named "Time (UTC)", "When",
 * "Date and Time in CET"...), bullets or lines that start with a time ({@code 14:02 - text},
 * {@code * [08:47] text}, {@code **14:02** text}, {@code 2019-02-05 08:47 PST: text},
 * {@code 2:15 pm text}, {@code 14:02–14:10 text}), {@code <br>}-separated lines, day headings or
 * day bullets that set the date of the events below them, and one event per heading. Bare times
 * that go back in time have crossed midnight and move to the next day.
 */
final class TimelineImporter {
  private static final Pattern EVENT = Pattern.compile(
      "(?<open>[*_\\[(`]{0,3})[ \\t]*(?:(?<date>" + WrittenTime.DATE + ")(?:,?[ \\t]+(?:at[ \\t]+)?|T|[ \\t]*[-–—][ \\t]*))?"
          + "(?<time>" + WrittenTime.TIME + ")"
          + "(?:[ \\t]*(?:[-–—]|to|until)[ \\t]*(?<until>" + WrittenTime.TIME + "))?"
          + "(?:[ \\t]*\\(?(?<zone>" + WrittenTime.ZONE + ")\\)?)?"
          + "(?<close>:?[*_\\])`]{1,3}|)(?<sep>[ \\t]*[-—–:|·][ \\t]*|[ \\t]+|$)(?<rest>.*)",
      Pattern.DOTALL);
  /** A day written after an event's time, before a dash: {@code on 07 March 2024 – }. */
  private static final Pattern DATE_AFTER = Pattern.compile("(?:on[ \\t]+)?(?<date>" + WrittenTime.DATE
      + ")[ \\t]*[-—–:,][ \\t]*(?<rest>\\S.*)", Pattern.DOTALL);
  private static final Pattern DATED = Pattern.compile(
      "(?<open>[*_\\[(]{0,3})[ \\t]*(?<date>" + WrittenTime.DATE + ")(?<close>[*_\\])]{0,3})"
          + "(?<sep>[ \\t]*[-—–:|][ \\t]*|$)(?<rest>.*)", Pattern.DOTALL);
  private static final Pattern ZONE_NOTE = Pattern.compile(
      "(?i)[_*]*(?:all )?times? (?:are |shown |given |listed )?(?:in |are in )?(?<zone>[A-Za-z][A-Za-z/_+0-9:-]*)"
          + "(?:[ ]?/[ ]?[A-Z]{2,5})?(?:[ ]?\\([^)]*\\))?[.,]?[_*]*");
  /** "Toutes les heures sont en heure de Paris (CET)." and its Spanish and German kin. */
  private static final Pattern ZONE_NOTE_ABROAD = Pattern.compile(
      "(?i)[_*]*(?:toutes les heures|les heures|todas las horas|las horas|alle zeiten|alle uhrzeiten|tutti gli orari"
          + "|gli orari|todos os horários|todos os horarios|os horários|alle tijden|alle tijdstippen)[^()]{0,60}"
          + "\\((?<zone>[A-Za-z][A-Za-z/_+0-9:-]*)\\)[.,]?[_*]*");
  private static final Pattern HEADING_ZONE = Pattern.compile(
      "(?i).*?\\((?:all )?(?:times? )?(?:are )?(?:in )?(?<zone>[A-Za-z][A-Za-z/_+0-9: -]*?)\\)\\s*:?");
  private static final Pattern COLUMN_ZONE = Pattern.compile(
      "(?i).*?(?:\\(|\\bin\\s+)(?<zone>[A-Za-z][A-Za-z/_+0-9:-]*)\\)?\\s*");
  private static final Pattern SPEAKER = Pattern.compile("(@?[\\p{L}][\\p{L}0-9._-]{0,30}):[ \\t]+(\\S.*)", Pattern.DOTALL);
  /** A status page's stamp under an update: {@code Dec 5, 2024 - 11:48 AM PST}. */
  /** How many status updates ({@link #statusUpdate}) were read so far. */
  private int statusUpdates;
  private static final Pattern STAMP = Pattern.compile("(?<date>" + WrittenTime.DATE + ")[ \\t]*(?:[-–—@,]|at)?[ \\t]*"
      + "(?<time>" + WrittenTime.TIME + ")(?:[ \\t]+(?<zone>" + WrittenTime.ZONE + "))?");
  private static final Pattern AFFECTED = Pattern.compile(
      "(?i)this incident affected:?[ \\t]+(?<services>.+?)\\.?");
  private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  private final ImportState state;
  private Instant last;

  TimelineImporter(ImportState state) {
    this.state = state;
  }

  /** Finds the zone a timeline states in its heading or an intro line: "Timeline (PST)", "All times CET". */
  void findZone(SourcePart part) {
    Matcher note = HEADING_ZONE.matcher(HandWritten.trim(part.heading));
    if (note.matches() && zoneFrom(note.group("zone"))) {
      return;
    }
    for (Node node : part.nodes) {
      if (node instanceof Paragraph p) {
        Matcher m = ZONE_NOTE.matcher(HandWritten.oneLine(state.src.source(p)));
        if (m.lookingAt() && zoneFrom(m.group("zone"))) {
          return;
        }
      }
    }
  }

  /** The zone a note such as {@code _All times PDT._} states; empty when the text is not such a note. */
  static Optional<ZoneId> zoneNote(String text) {
    Matcher m = ZONE_NOTE.matcher(HandWritten.oneLine(text));
    if (!m.matches()) {
      m = ZONE_NOTE_ABROAD.matcher(HandWritten.oneLine(text));
    }
    return m.matches() ? WrittenTime.zone(m.group("zone")) : Optional.empty();
  }

  /**
   * Whether every block of a part is timeline lines ({@code *2021-03-04 10:15 UTC*: text}), two
   * at least: a section that a document calls "What happened" may be its timeline.
   */
  boolean isAllEvents(SourcePart part) {
    int events = 0;
    for (Node node : part.nodes) {
      List<String> lines = new ArrayList<>();
      if (node instanceof Paragraph p) {
        for (String l : state.src.source(p).split("\n")) {
          lines.addAll(List.of(BR.split(l)));
        }
      } else if (node instanceof ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          String text = state.itemText((ListItem) item);
          if (text == null) {
            return false;
          }
          lines.add(text);
        }
      } else {
        return false;
      }
      for (String line : lines) {
        if (line.isBlank() || zoneNote(line).isPresent()) {
          continue;
        }
        Matcher m = EVENT.matcher(HandWritten.trim(line));
        if (!m.matches() || m.group("rest").isBlank()) {
          return false;
        }
        events++;
      }
    }
    return events >= 2;
  }

  /**
   * Reads a table of a section whose heading was not recognised (in another language, say) as
   * the timeline when one column holds times in most rows; false otherwise.
   */
  boolean structuralTable(Node node) {
    if (!(node instanceof TableBlock)) {
      return false;
    }
    TableRows table = TableRows.read(state.src, SourceText.firstLine(node), SourceText.lastLine(node));
    int columns = table.header().size();
    if (columns < 2 || table.rows().isEmpty()) {
      return false;
    }
    int time = -1;
    for (int c = 0; c < columns && time < 0; c++) {
      int times = 0;
      for (List<Cell> row : table.rows()) {
        Matcher m = EVENT.matcher(HandWritten.unwrap(Columns.cell(row, c)));
        times += m.matches() && m.group("rest").isBlank() ? 1 : 0;
      }
      if (times * 2 > table.rows().size()) {
        time = c;
      }
    }
    if (time < 0) {
      return false;
    }
    int description = -1;
    int longest = -1;
    for (int c = 0; c < columns; c++) {
      int length = 0;
      for (List<Cell> row : table.rows()) {
        length += Columns.cell(row, c).length();
      }
      if (c != time && length > longest) {
        longest = length;
        description = c;
      }
    }
    return table(table, time, -1, description);
  }

  /** Reads a zone stated anywhere in a sentence such as "All times are PST/PDT unless noted". */
  boolean zoneFrom(String name) {
    Optional<ZoneId> z = WrittenTime.zone(name);
    z.ifPresent(state::zone);
    return z.isPresent();
  }

  /** Reads a part under the timeline: its heading may be a day or one event. */
  void read(SourcePart part) {
    if (part.parent != null && part.parent.within(SectionHome.TIMELINE) && headingEvent(part)) {
      return;
    }
    int first = state.model.events.size();
    int updates = statusUpdates;
    readNodes(part);
    if (statusUpdates - updates == state.model.events.size() - first) {
      newestFirst(first);
    }
  }

  /**
   * Puts a section's status updates in time order when it wrote them newest first, as a status
   * page does: every one dated, each earlier than the one above it. Their lines go with them.
   * Other timelines keep the order they were written in, even when it is not the time order.
   */
  private void newestFirst(int first) {
    List<TimelineEvent> events = state.model.events.subList(first, state.model.events.size());
    if (events.size() < 2) {
      return;
    }
    for (int i = 1; i < events.size(); i++) {
      Optional<Instant> before = events.get(i - 1).at();
      Optional<Instant> at = events.get(i).at();
      if (before.isEmpty() || at.isEmpty() || !at.get().isBefore(before.get())) {
        return;
      }
    }
    java.util.Collections.reverse(events);
    for (int i = 0, j = events.size() - 1; i < j; i++, j--) {
      state.swapLines("timeline[" + (first + i) + "]", "timeline[" + (first + j) + "]");
    }
  }

  private void readNodes(SourcePart part) {
    state.eachNode(part, "timeline", (node, item) -> {
      if (node instanceof Paragraph p) {
        return paragraph(part, p);
      }
      if (node instanceof TableBlock) {
        return table(node);
      }
      if (node instanceof ListItem li) {
        return listItem(part, li, item);
      }
      return false;
    });
  }

  /** A heading that is a day ({@code ### 2023-07-19}) or an event ({@code ### 14:02}). */
  private boolean headingEvent(SourcePart part) {
    String heading = HandWritten.unwrap(part.heading);
    Optional<LocalDate> d = dayLine(heading);
    if (d.isPresent()) {
      state.day = d;
      return false; // its events are below it, read as usual
    }
    Matcher m = EVENT.matcher(heading);
    if (!m.matches() || !m.group("rest").isBlank() && !part.nodes.isEmpty()) {
      return false;
    }
    List<String> body = new ArrayList<>();
    for (Node node : part.nodes) {
      body.add(HandWritten.trim(state.raw(node)));
    }
    String description = String.join(" ", body);
    if (description.isBlank()) {
      return false;
    }
    return addEvent(m, HandWritten.oneLine(description), part.line);
  }

  private boolean paragraph(SourcePart part, Paragraph p) {
    String text = state.src.source(p);
    if (statusUpdate(text, SourceText.firstLine(p)) || affected(text)) {
      return true;
    }
    Matcher note = ZONE_NOTE.matcher(HandWritten.oneLine(text));
    if (note.matches() && WrittenTime.zone(note.group("zone")).isPresent()) {
      return true;
    }
    boolean any = false;
    List<String> rest = new ArrayList<>();
    int line = SourceText.firstLine(p);
    int first = state.model.events.size();
    for (String l : text.split("\n")) {
      for (String piece : BR.split(l)) {
        if (!piece.isBlank() && !event(HandWritten.trim(piece), line)) {
          rest.add(piece);
        } else if (!piece.isBlank()) {
          any = true;
        }
      }
      line++;
    }
    if (any && !rest.isEmpty()) {
      part.leftovers.add(String.join("\n", rest));
    }
    speakers(state.model.events.subList(first, state.model.events.size()));
    return any;
  }

  /**
   * A status page's update: its text ({@code **Resolved** - This incident has been resolved.})
   * on one line and its date and time on the next. The update is the event; its bold status,
   * such as Identified or Monitoring, gives the kind.
   */
  private boolean statusUpdate(String text, int line) {
    String[] lines = text.split("\n");
    if (lines.length != 2) {
      return false;
    }
    Matcher stamp = STAMP.matcher(HandWritten.trim(lines[1]));
    if (!stamp.matches() || HandWritten.trim(lines[0]).isEmpty()) {
      return false;
    }
    Optional<Instant> at = time(stamp.group("date"), stamp.group("time"), stamp.group("zone"));
    statusUpdates++;
    return add(at, HandWritten.trim(lines[0]), line, at.isEmpty() ? HandWritten.trim(lines[1]) : null);
  }

  /** {@code This incident affected: Shipping API and Dashboard.}, as a status page ends. */
  private boolean affected(String text) {
    Matcher m = AFFECTED.matcher(HandWritten.oneLine(text));
    if (!m.matches()) {
      return false;
    }
    for (String service : MetadataImporter.splitList(m.group("services").replaceAll("[ \\t]+and[ \\t]+", ", "))) {
      state.model.impact.addAffectedService(HandWritten.trim(service));
    }
    return true;
  }

  /**
   * A chat kept as the timeline ({@code **14:03** dana: ack, looking}): when every event of a
   * paragraph, three at least, starts with a speaker's name and a colon, and two people speak,
   * each speaker is the event's actor and the name leaves its text. A single name before a colon
   * ("Alert: CPU high") is not enough to call a paragraph a chat.
   */
  private static void speakers(List<TimelineEvent> events) {
    if (events.size() < 3) {
      return;
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (TimelineEvent e : events) {
      Matcher m = SPEAKER.matcher(e.description());
      if (!m.matches() || e.actor().isPresent()) {
        return;
      }
      names.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    if (names.size() < 2) {
      return;
    }
    events.replaceAll(e -> {
      Matcher m = SPEAKER.matcher(e.description());
      m.matches();
      return TimelineEvent.builder().from(e).actor(m.group(1)).description(m.group(2)).build();
    });
  }

  private boolean listItem(SourcePart part, ListItem li, String item) {
    if (item != null) {
      return event(item, SourceText.firstLine(li));
    }
    // A day bullet with the day's events nested below it, or an event with sub-bullets.
    Node first = li.getFirstChild();
    if (!(first instanceof Paragraph p)) {
      return false;
    }
    String head = HandWritten.oneLine(state.src.source(p));
    Optional<LocalDate> d = dayLine(head);
    List<String> details = new ArrayList<>();
    boolean nestedEvents = false;
    if (d.isPresent()) {
      state.day = d;
    } else if (!event(head, SourceText.firstLine(li))) {
      return false;
    }
    for (Node child = first.getNext(); child != null; child = child.getNext()) {
      if (child instanceof ListBlock list) {
        for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) {
          if (!listItem(part, (ListItem) sub, state.itemText((ListItem) sub))) {
            details.add(HandWritten.trim(state.raw(sub)));
          } else {
            nestedEvents = true;
          }
        }
      } else {
        details.add(HandWritten.trim(state.raw(child)));
      }
    }
    if (!details.isEmpty()) {
      if (d.isEmpty() && !nestedEvents && !state.model.events.isEmpty()) {
        // Sub-bullets of an event belong to it: they are what was done.
        int i = state.model.events.size() - 1;
        TimelineEvent e = state.model.events.get(i);
        String taken = e.actionTaken().map(a -> a + "; ").orElse("") + HandWritten.oneLine(String.join("; ",
            details.stream().map(s -> s.replaceFirst("^[-*+][ \\t]+", "")).toList()));
        state.model.events.set(i, TimelineEvent.builder().from(e).actionTaken(taken).build());
      } else {
        part.leftovers.add(String.join("\n", details));
      }
    }
    return true;
  }

  /** A line that is only a day, such as {@code 2023-07-19}, {@code **May 12**} or {@code 2023-07-19 (PST)}. */
  private Optional<LocalDate> dayLine(String text) {
    String t = HandWritten.trim(text).replaceAll("[:.]$", "");
    Matcher zone = Pattern.compile("(.*?)[ \\t]*\\(([^)]*)\\)").matcher(t);
    if (zone.matches() && WrittenTime.zone(zone.group(2).replaceFirst("(?i)^(all )?times? (in )?", "")).isPresent()) {
      zoneFrom(zone.group(2).replaceFirst("(?i)^(all )?times? (in )?", ""));
      t = zone.group(1);
    }
    return WrittenTime.date(HandWritten.unwrap(t), state.date.or(() -> state.day), state.dayFirst);
  }

  /** Reads one timeline line; false when it is not one. */
  boolean event(String text, int line) {
    Optional<LocalDate> d = dayLine(text);
    if (d.isPresent()) {
      state.day = d;
      return true;
    }
    Matcher m = EVENT.matcher(text);
    if (m.matches() && !m.group("rest").isBlank()) {
      return addEvent(m, HandWritten.trim(m.group("rest")), line);
    }
    Matcher dated = DATED.matcher(text);
    if (dated.matches() && !dated.group("rest").isBlank()) {
      Optional<LocalDate> day = WrittenTime.date(dated.group("date"), state.date.or(() -> state.day), state.dayFirst);
      if (day.isPresent()) {
        state.day = day;
        return add(Optional.of(day.get().atStartOfDay(state.zone).toInstant()), HandWritten.trim(dated.group("rest")), line, null);
      }
    }
    return false;
  }

  private boolean addEvent(Matcher m, String rest, int line) {
    String zone = m.group("zone");
    String date = m.group("date");
    Matcher after = date == null ? DATE_AFTER.matcher(rest) : null;
    if (after != null && after.matches()) {
      date = after.group("date"); // "08:15 UTC on 07 March 2024 – text": the day after the time
      rest = after.group("rest");
    }
    String description = rest;
    if (zone != null && WrittenTime.zone(zone).isEmpty()) {
      description = zone + m.group("close") + m.group("sep") + rest; // "14:02 API errors": no zone
      zone = null;
    }
    Optional<Instant> at = time(date, m.group("time"), zone);
    String written = date == null ? m.group("time") : date + " " + m.group("time");
    return add(at, description, line, at.isEmpty() ? written : null);
  }

  private boolean add(Optional<Instant> at, String description, int line, String unreadTime) {
    int index = state.model.events.size();
    String path = "timeline[" + index + "]";
    state.line(path, line);
    TimelineEvent.Builder e = TimelineEvent.builder().description(description);
    at.ifPresent(e::at);
    if (unreadTime != null) {
      state.unreadable(path + ".at", line, "Time", unreadTime, "a time this document can place"
          + (state.day.isEmpty() ? " (the postmortem has no date)" : ""));
    }
    EventKinds.of(description).ifPresent(e::kind);
    state.model.events.add(e.build());
    return true;
  }

  /**
   * The instant of a time written with or without a date and zone. A bare time earlier than the
   * event before it has crossed midnight: the day moves on.
   */
  Optional<Instant> time(String dateText, String timeText, String zoneText) {
    Optional<Instant> at = at(dateText, timeText, zoneText);
    if (at.isEmpty()) {
      return at;
    }
    Instant t = at.get();
    // A bare time that goes back has crossed midnight when, read on the next day, it comes less
    // than twelve hours after the one before (23:58 then 00:03); a timeline merely out of order
    // (15:00 then 09:00) keeps its day. The next day is a calendar day, across any DST change.
    if (dateText == null && last != null && t.isBefore(last) && state.day.isPresent()) {
      LocalDate next = state.day.get().plusDays(1);
      java.time.LocalDateTime local = next.atTime(WrittenTime.time(timeText).orElseThrow());
      ZoneId zone = zoneText == null ? state.zone : WrittenTime.zone(zoneText).orElse(state.zone);
      Instant crossed = WrittenTime.instant(local, zoneText, zone);
      // A time the clocks skipped on the next day (02:10 when they went from 02:00 to 03:00)
      // cannot be meant for that day: the row keeps its own.
      java.time.zone.ZoneOffsetTransition skipped = zone.getRules().getTransition(local);
      boolean exists = skipped == null || skipped.isOverlap();
      if (exists && crossed.isAfter(last) && crossed.isBefore(last.plusSeconds(12 * 3_600))) {
        t = crossed;
        state.day = Optional.of(next);
      }
    }
    last = t;
    return Optional.of(t);
  }

  /**
   * The instant of a bare time written outside the timeline (an action taken, a message sent):
   * on the incident's date, or the day after when that puts it within the timeline's span.
   */
  Optional<Instant> duringIncident(String timeText, String zoneText) {
    Optional<LocalDate> day = state.day;
    state.day = state.date.or(() -> day);
    Optional<Instant> at = at(null, timeText, zoneText);
    state.day = day;
    List<Instant> times = state.model.events.stream().flatMap(e -> e.at().stream()).sorted().toList();
    if (at.isPresent() && !times.isEmpty() && at.get().isBefore(times.get(0))
        && !at.get().plusSeconds(86_400).isAfter(times.get(times.size() - 1).plusSeconds(3_600))) {
      return Optional.of(at.get().plusSeconds(86_400));
    }
    return at;
  }

  /** The instant of a time on the timeline's current day, without moving the day. */
  Optional<Instant> at(String dateText, String timeText, String zoneText) {
    Optional<LocalDate> d = dateText != null
        ? WrittenTime.date(dateText, state.date.or(() -> state.day), state.dayFirst)
        : state.day.or(() -> state.date).or(() -> state.options.defaultDate());
    Optional<LocalTime> time = WrittenTime.time(timeText);
    if (d.isEmpty() || time.isEmpty()) {
      return Optional.empty();
    }
    ZoneId z = state.zone;
    if (zoneText != null) {
      Optional<ZoneId> parsed = WrittenTime.zone(zoneText);
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      z = parsed.get();
    }
    if (dateText != null) {
      state.day = d;
    }
    return Optional.of(WrittenTime.instant(d.get().atTime(time.get()), zoneText, z));
  }

  /** Reads a time cell: a time, a date and time, or a date alone (the start of that day). */
  private Optional<Instant> cellTime(String text, Optional<ZoneId> columnZone) {
    String t = HandWritten.unwrap(text);
    Matcher m = EVENT.matcher(t);
    if (m.matches() && m.group("rest").isBlank()) {
      String zone = m.group("zone");
      if (zone == null && columnZone.isPresent()) {
        ZoneId before = state.zone;
        state.zone = columnZone.get();
        Optional<Instant> at = time(m.group("date"), m.group("time"), null);
        state.zone = before;
        return at;
      }
      return time(m.group("date"), m.group("time"), zone);
    }
    Optional<LocalDate> d = WrittenTime.date(t, state.date.or(() -> state.day), state.dayFirst);
    if (d.isPresent()) {
      state.day = d;
      return Optional.of(d.get().atStartOfDay(columnZone.orElse(state.zone)).toInstant());
    }
    return Optional.empty();
  }

  private boolean table(Node node) {
    TableRows table = TableRows.read(state.src, SourceText.firstLine(node), SourceText.lastLine(node));
    int time = Columns.find(table, Columns.TIME);
    int date = Columns.find(table, Columns.DATE);
    int description = Columns.find(table, Columns.EVENT);
    if (description < 0 || time < 0 && date < 0) {
      return structuralTable(node);
    }
    return table(table, time, date, description);
  }

  private boolean table(TableRows table, int time, int date, int description) {
    int action = Columns.find(table, "action taken", "action", "response", "actions", "action(s) taken");
    int actor = Columns.find(table, "actor", "who", "owner", "by", "person", "performed by");
    int kind = Columns.find(table, "kind", "type", "milestone");
    int data = Columns.find(table, "data", "link", "dashboard", "data link", "links", "evidence", "graph");
    Optional<ZoneId> columnZone = Optional.empty();
    if (time >= 0) {
      Matcher zone = COLUMN_ZONE.matcher(table.header().get(time));
      if (zone.matches()) {
        columnZone = WrittenTime.zone(zone.group("zone"));
        columnZone.ifPresent(state::zone);
      }
    }
    for (List<Cell> row : table.rows()) {
      int line = row.isEmpty() ? table.firstLine() : row.get(0).line();
      String path = "timeline[" + state.model.events.size() + "]";
      TimelineEvent.Builder e = TimelineEvent.builder();
      String desc = null;
      boolean anything = false;
      String when = HandWritten.oneLine(Columns.cell(row, time));
      String day = HandWritten.oneLine(Columns.cell(row, date));
      List<String> others = new ArrayList<>();
      List<String> placeholders = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        String v = HandWritten.oneLine(row.get(c).text());
        if (v.isEmpty()) {
          continue;
        }
        String header = c < table.header().size() ? table.header().get(c) : "Column " + (c + 1);
        if (Placeholders.isPlaceholder(v)) {
          placeholders.add(header + " \"" + v + "\" is a template placeholder; read as empty");
          if (c == time) {
            when = "";
          }
          continue;
        }
        anything = true;
        if (c == time || c == date) {
          continue;
        } else if (c == description) {
          desc = v;
        } else if (c == action) {
          e.actionTaken(v);
        } else if (c == actor) {
          e.actor(v);
        } else if (c == kind && EVENT_KIND.read(HandWritten.unwrap(v)).isPresent()) {
          e.kind(EVENT_KIND.read(HandWritten.unwrap(v)).get());
        } else if (c == data && !v.matches(".*\\s.*")) {
          e.dataLink(v);
        } else {
          others.add(header + ": " + v);
        }
      }
      for (String message : placeholders) {
        state.finding(ImportRule.UNFILLED_PLACEHOLDER, anything ? path : "timeline", line,
            message + (anything ? "" : " (the whole row is, so it was left out)"));
      }
      if (!anything) {
        continue;
      }
      String written = (day.isEmpty() || Placeholders.isPlaceholder(day) ? "" : day + " ") + when;
      if (!written.isBlank()) {
        Optional<Instant> at = cellTime(HandWritten.trim(written), columnZone);
        if (at.isPresent()) {
          e.at(at.get());
        } else {
          state.unreadable(path + ".at", line, "Time", HandWritten.trim(written), state.day.isEmpty()
              ? "a time this document can place (the postmortem has no date)" : "a time such as 14:02");
        }
      }
      if (desc == null) {
        desc = others.isEmpty() ? HandWritten.oneLine(state.src.line(line)) : String.join("; ", others);
        others.clear();
      }
      for (String other : others) {
        state.attribute(other.substring(0, other.indexOf(':')) + " (" + path + ")",
            other.substring(other.indexOf(':') + 1), line);
      }
      e.description(desc);
      if (kind < 0 || Columns.cell(row, kind).isEmpty()) {
        EventKinds.of(desc).ifPresent(e::kind);
      }
      state.line(path, line);
      state.model.events.add(e.build());
    }
    return true;
  }
}
