package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.SectionOutput.pair;
import static dev.postmortem.markdown.internal.Vocabulary.IMPACT;
import static dev.postmortem.markdown.internal.Vocabulary.RESOLUTION;
import static dev.postmortem.markdown.internal.Vocabulary.ROOT_CAUSE;
import static dev.postmortem.markdown.internal.Vocabulary.WHAT_HAPPENED;

import dev.postmortem.Summary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The summary: the TL;DR as block text, then the key points under their heading; a summary of
 * key points only is written as the detailed template has them, directly under the heading.
 */
final class SummarySection implements SectionHandler {
  @Override
  public Section section() {
    return Section.SUMMARY;
  }

  @Override
  public void write(SectionOutput out) {
    Summary s = out.postmortem().summary();
    if (s.isEmpty()) {
      return;
    }
    out.heading(Section.SUMMARY);
    List<String[]> points = List.of(pair(WHAT_HAPPENED, s.whatHappened()), pair(IMPACT, s.impact()),
        pair(ROOT_CAUSE, s.rootCause()), pair(RESOLUTION, s.resolution()));
    boolean hasPoints = SectionOutput.anyValue(points);
    if (s.tldr().isEmpty()) {
      out.blocks().labeled(points); // the detailed template's own shape: the key points under the heading
      return;
    }
    out.blocks().blockText(s.tldr().get());
    // A summary that reads as key points is told apart by their heading, even with none under it.
    if (hasPoints || KeyPoints.readAsPoints(s.tldr().get())) {
      out.subheading(Subsection.KEY_POINTS);
      out.blocks().labeled(points);
    }
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().summary(summary -> {
      Map<String, Consumer<String>> points = Map.of(WHAT_HAPPENED, summary::whatHappened,
          IMPACT, summary::impact, ROOT_CAUSE, summary::rootCause, RESOLUTION, summary::resolution);
      if (!s.has(Subsection.KEY_POINTS) && KeyPoints.arePoints(s.direct().nodes(), in.source())) {
        in.labeled(s.direct(), points);
      } else {
        in.blockText(s.direct()).ifPresent(summary::tldr);
        in.labeled(s.sub(Subsection.KEY_POINTS), points);
      }
    });
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.SUMMARY);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return Optional.of(style == LayoutStyle.COMPACT
        ? "_A 2-3 sentence executive summary. What broke, who was affected, how it was fixed, what we'll do about it._"
        : """
        _Brief, high-level description of the incident for stakeholders_

        - **What happened:** [1-2 sentence summary]
        - **Impact:** [User-facing impact]
        - **Root cause:** [Brief technical cause]
        - **Resolution:** [How it was fixed]""");
  }
}
