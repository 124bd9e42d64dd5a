package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.EventKind;
import dev.postmortem.Postmortem;
import dev.postmortem.TimelineEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The timeline: the sentence naming the zone, then one table row per event. Its times are written
 * against the postmortem's date and zone; the reader takes the zone from the sentence before any
 * time is read (see {@link MarkdownReader}).
 */
final class TimelineSection implements SectionHandler {
  private static final List<String> COLUMNS = List.of(TIME, EVENT, ACTION_TAKEN, ACTOR, KIND, DATA);

  @Override
  public Section section() {
    return Section.TIMELINE;
  }

  @Override
  public void write(SectionOutput out) {
    Postmortem p = out.postmortem();
    if (p.timeline().isEmpty()) {
      return;
    }
    out.heading(Section.TIMELINE);
    out.blocks().paragraph(ALL_TIMES + ZoneText.format(p.zone()) + ".");
    // The templates' columns first (Time, Event, Action Taken, Actor), then the model's others;
    // the optional ones only when some event has a value for them.
    boolean[] keep = {true, true, false, false, false, false};
    for (TimelineEvent e : p.timeline()) {
      keep[2] |= e.actionTaken().isPresent();
      keep[3] |= e.actor().isPresent();
      keep[4] |= e.kind() != EventKind.OTHER;
      keep[5] |= e.dataLink().isPresent();
    }
    ZoneId zone = p.zone();
    Optional<LocalDate> date = p.date();
    // Row by row, without a row of strings per event (a long timeline's render allocated mostly those).
    out.blocks().rows(COLUMNS, keep, p.timeline(), (e, row) -> row.time(e.at(), zone, date).cell(e.description())
        .cell(e.actionTaken().orElse(null)).cell(e.actor().orElse(null))
        .cell(e.kind() == EventKind.OTHER ? null : EVENT_KIND.word(e.kind())).cell(e.dataLink().orElse(null)));
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    TableRow.eachRow(in, in.tablePart(s.direct(), true), List.of(TIME, KIND, EVENT, ACTION_TAKEN, ACTOR, DATA),
        r -> in.builder().addEvent(e -> {
          r.present(0).ifPresent(t -> e.at(r.time(0, false)));
          r.present(1).ifPresent(k -> e.kind(r.word(1, EVENT_KIND, "a kind of event")));
          e.description(r.required(2)).actionTaken(r.optional(3)).actor(r.optional(4)).dataLink(r.optional(5));
        }));
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.TIMELINE);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return Optional.of(style == LayoutStyle.COMPACT ? """
        _All times UTC. Be ruthless about including the times of detection, escalation, mitigation, and verification._

        | Time | Event |
        | --- | --- |
        | [HH:MM] | [Alert fires] |
        | [HH:MM] | [On-call ack] |
        | [HH:MM] | [Cause identified] |
        | [HH:MM] | [Mitigation decided] |
        | [HH:MM] | [Service back to baseline] |
        | [HH:MM] | [Backlog re-queued] |""" : """
        _All times in UTC. Include both automated alerts and manual actions._

        | Time | Event | Action Taken | Actor |
        | --- | --- | --- | --- |
        | [HH:MM] | Incident begins | [Description] | System |
        | [HH:MM] | Alert fired | [Alert name/source] | Monitoring |
        | [HH:MM] | Investigation started | [Initial response] | [Person] |
        | [HH:MM] | Root cause identified | [Finding] | [Person] |
        | [HH:MM] | Fix deployed | [Solution] | [Person] |
        | [HH:MM] | Incident resolved | [Verification] | [Person] |""");
  }
}
