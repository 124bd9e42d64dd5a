package dev.postmortem.markdown.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when an incident started and ended, as written in metadata: {@code Started: 14:02},
 * {@code **Duration:** 14:02 → 14:25 (UTC)}, {@code 2024-03-14 14:02 - 14:25 UTC (23 minutes)},
 * {@code from 09:10 to 11:45 CET}. They are read once the whole document is, because the date
 * that a bare time needs may come later (in the metadata table, the title or the timeline).
 */
final class SpanReader {
  private static final Pattern SPLIT = Pattern.compile(
      "^(?:from[ \\t]+)?(?<start>.+?)[ \\t]*(?:→|->|–|—|[ \\t]-[ \\t]|[ \\t]to[ \\t]|[ \\t]until[ \\t]|-(?=[0-9]{1,2}:))[ \\t]*(?<end>.+?)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POINT = Pattern.compile(
      "(?:(?<date>" + WrittenTime.DATE + ")(?:,?[ \\t]+(?:at[ \\t]+)?|T))?(?<time>" + WrittenTime.TIME + ")?"
          + "(?:[ \\t]*\\(?(?<zone>" + WrittenTime.ZONE + ")\\)?)?");
  /**
   * A span in a sentence: "from 09:12 to 11:47 US/Pacific", "between 20:31 UTC and 21:18 UTC",
   * "Between 08:15 UTC and 14:40 UTC on 07 March 2024" (the date after both times), and the same
   * in French, Spanish, Italian, Portuguese and Dutch ("dalle 18:05 alle 19:40", "das 9h às 11h").
   */
  private static final Pattern PROSE = Pattern.compile(
      "(?i)\\b(?:from|between|entre|dalle|dall'|das|desde las|desde|de|van|tussen)[ \\t]*((?:" + WrittenTime.DATE + "[ \\t,]+(?:at[ \\t]+)?)?" + WrittenTime.TIME
          + "(?:[ \\t]+(?-i:" + WrittenTime.ZONE + "))?)[ \\t]+(?:to|until|and|et|à|alle|all'|às|a las|hasta las|a|tot|en|y)[ \\t]*"
          + "((?:" + WrittenTime.DATE + "[ \\t,]+(?:at[ \\t]+)?)?" + WrittenTime.TIME
          // Zones case-sensitively: "(heure de Paris)" is not the zone "heure".
          + "(?:[ \\t]*\\(?(?-i:" + WrittenTime.ZONE + ")\\)?)?)"
          + "(?:,?[ \\t]+on[ \\t]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \\t]+)?(" + WrittenTime.DATE + "))?");
  private static final Pattern TRAILING_ZONE = Pattern.compile("(.*?)[ \\t]+(" + WrittenTime.ZONE + ")");
  private static final Pattern TRAILING_NOTE = Pattern.compile("(.*?)[ \\t]*\\(([^()]*)\\)[ \\t]*\\.?");

  private record Pending(String field, String label, String value, int line) {}

  private final ImportState state;
  private final List<Pending> pending = new ArrayList<>();

  SpanReader(ImportState state) {
    this.state = state;
  }

  /** Whether a span is the template's own text: {@code [Start Time] - [End Time] ([Total Duration])}. */
  static boolean isTemplateSpan(String value) {
    return value.replaceAll("\\[[^\\]]*\\]", "").replaceAll("[\\s()→\\-–—]", "").isEmpty();
  }

  void point(String field, String label, String value, int line) {
    pending.add(new Pending(field, label, value, line));
  }

  void span(String label, String value, int line) {
    pending.add(new Pending("span", label, value, line));
  }

  /** Reads what was collected, now that the document's date is known as far as it ever will be. */
  void finish() {
    if (pending.stream().noneMatch(p -> !p.field().equals("prose"))) {
      prose();
    }
    boolean started = false;
    boolean ended = false;
    Optional<Instant> startedAt = Optional.empty();
    Optional<Instant> endedAt = Optional.empty();
    for (Pending p : pending) {
      String v = HandWritten.trim(HandWritten.unwrap(p.value()).replaceAll("[*_`]", ""));
      Optional<ZoneId> zone = Optional.empty();
      String zoneText = null; // as written, for an abbreviation that says summer or standard time
      Matcher note = TRAILING_NOTE.matcher(v);
      while (note.matches()) {
        // "(UTC)" is a zone; "(23 minutes)" or "(Total Duration)" only repeats the span.
        Optional<ZoneId> z = WrittenTime.zone(note.group(2));
        if (z.isPresent()) {
          zone = z;
        }
        v = note.group(1);
        note = TRAILING_NOTE.matcher(v);
      }
      Matcher tail = TRAILING_ZONE.matcher(v);
      // In a document of a region's time, "01:30 UTC+01:00" at the end is that time's own offset,
      // as written for a local time that happened twice; it says nothing of the start.
      boolean endOffset = tail.matches() && p.field().equals("span") && !(state.zone instanceof ZoneOffset)
          && tail.group(2).matches("UTC[+-][0-9]{2}:[0-9]{2}");
      if (tail.matches() && !endOffset && WrittenTime.zone(tail.group(2)).isPresent()) {
        zone = WrittenTime.zone(tail.group(2));
        zoneText = tail.group(2);
        v = tail.group(1);
      }
      if (p.field().equals("span")) {
        Matcher prose = PROSE.matcher(v);
        if (prose.find()) {
          v = proseSpan(prose); // "The outage lasted from 10:00 to 11:30 UTC."
        }
        Matcher split = SPLIT.matcher(v);
        Optional<Instant> start = Optional.empty();
        Optional<Instant> end = Optional.empty();
        if (split.matches()) {
          Optional<ZoneId> spanZone = zone;
          start = instant(split.group("start"), Optional.empty(), spanZone, zoneText);
          ZoneId startZone = zoneOf(split.group("start"), spanZone);
          Optional<LocalDate> startDay = start.map(s -> s.atZone(startZone).toLocalDate());
          end = instant(split.group("end"), startDay, spanZone, zoneText);
          if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            end = Optional.of(end.get().plusSeconds(86_400)); // crossed midnight
          }
          if (start.isPresent() && start.equals(end)) {
            // "the clocks went back from 03:00 CEST to 02:00 CET": one moment, not a span.
            start = Optional.empty();
            end = Optional.empty();
          }
        }
        if (start.isPresent() && end.isPresent()) {
          if (!started) {
            startedAt = start;
            state.line("startedAt", p.line());
            started = true;
          }
          if (!ended) {
            endedAt = end;
            state.line("endedAt", p.line());
            ended = true;
          }
        } else if (!HandWritten.oneLine(p.value()).matches("(?i)[0-9]+[ ]?(h|hours?|m|min|mins|minutes?)\\b.*")) {
          state.unreadable("startedAt", p.line(), p.label(), p.value(), "a start and end such as 14:02 → 14:25 UTC");
        } else {
          state.attribute(p.label(), p.value(), p.line()); // a length alone: the start and end say more
        }
        continue;
      }
      Optional<Instant> at = instant(v, Optional.empty(), zone, zoneText);
      boolean start = p.field().equals("startedAt");
      if (at.isPresent() && !(start ? started : ended)) {
        if (start) {
          startedAt = at;
          started = true;
        } else {
          endedAt = at;
          ended = true;
        }
        state.line(p.field(), p.line());
      } else {
        state.unreadable(p.field(), p.line(), p.label(), p.value(), "a date and time such as 2024-03-14 14:02");
      }
    }
    if (startedAt.isPresent() && endedAt.isPresent() && endedAt.get().isBefore(startedAt.get())) {
      // An end before the start cannot both be right: the start stays, the end is kept as text.
      Pending last = pending.stream().filter(x -> !x.field().equals("startedAt")).reduce((a, b) -> b).orElseThrow();
      state.unreadable("endedAt", last.line(), last.label(), last.value(), "an end after the start, "
          + startedAt.get());
      endedAt = Optional.empty();
    }
    startedAt.ifPresent(state.model.postmortem::startedAt);
    endedAt.ifPresent(state.model.postmortem::endedAt);
  }

  /**
   * A document that states no start and end in its metadata may say it in a sentence: "The
   * incident lasted from 2024-09-10 14:02 to 15:10 UTC." The first such span is taken.
   */
  private void prose() {
    Matcher m = PROSE.matcher(state.src.text());
    if (m.find()) {
      int line = (int) state.src.text().substring(0, m.start()).chars().filter(c -> c == '\n').count();
      pending.add(new Pending("span", "Span", proseSpan(m), line));
    }
  }

  /** The span a sentence states, as "start to end", the date after both times put before them. */
  private static String proseSpan(Matcher m) {
    return (m.group(3) == null ? "" : m.group(3) + " ") + m.group(1) + " to " + m.group(2);
  }

  private ZoneId zoneOf(String text, Optional<ZoneId> zone) {
    Matcher m = POINT.matcher(HandWritten.trim(text));
    if (m.matches() && m.group("zone") != null) {
      return WrittenTime.zone(m.group("zone")).orElse(state.zone);
    }
    return zone.orElse(state.zone);
  }

  private Optional<Instant> instant(String text, Optional<LocalDate> day, Optional<ZoneId> zone,
      String zoneText) {
    Matcher m = POINT.matcher(HandWritten.trim(text));
    if (!m.matches() || m.group("time") == null) {
      return Optional.empty();
    }
    Optional<LocalDate> d = m.group("date") != null
        ? WrittenTime.date(m.group("date"), state.date, state.dayFirst)
        : day.or(() -> state.date).or(() -> state.options.defaultDate()).or(this::firstEventDay);
    Optional<LocalTime> t = WrittenTime.time(m.group("time"));
    Optional<ZoneId> z = m.group("zone") != null ? WrittenTime.zone(m.group("zone")) : zone.or(() -> Optional.of(state.zone));
    if (d.isEmpty() || t.isEmpty() || z.isEmpty()) {
      return Optional.empty();
    }
    String written = m.group("zone") != null ? m.group("zone") : zoneText;
    return Optional.of(WrittenTime.instant(d.get().atTime(t.get()), written, z.get()));
  }

  private Optional<LocalDate> firstEventDay() {
    return state.model.events.stream().flatMap(e -> e.at().stream()).findFirst()
        .map(at -> at.atZone(state.zone).toLocalDate());
  }
}
