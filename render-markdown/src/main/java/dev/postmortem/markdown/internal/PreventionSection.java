package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.AREA;
import static dev.postmortem.markdown.internal.Vocabulary.DETAIL;
import static dev.postmortem.markdown.internal.Vocabulary.MEASURE;
import static dev.postmortem.markdown.internal.Vocabulary.PREVENTION_AREA;

import dev.postmortem.PreventionArea;
import dev.postmortem.PreventionMeasure;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.util.List;
import java.util.Optional;

/** The prevention measures: grouped by area as the detailed template has them, else a table. */
final class PreventionSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.PREVENTION;
  }

  @Override
  public void write(SectionOutput out) {
    List<PreventionMeasure> measures = out.postmortem().preventionMeasures();
    Table table = new Table().alwaysColumn(AREA).alwaysColumn(MEASURE).column(DETAIL);
    for (PreventionMeasure m : measures) {
      table.row(PREVENTION_AREA.word(m.area()), m.topic(), m.detail().orElse(null));
    }
    out.grouped(Section.PREVENTION, TemplateLists.PREVENTION, measures, table);
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().preventionMeasures(s.direct().nodes().isEmpty()
        ? in.grouped(s, TemplateLists.PREVENTION, PreventionArea.class)
        : TableRow.rows(in, s.direct(), List.of(AREA, MEASURE, DETAIL),
            r -> PreventionMeasure.builder().area(r.word(0, PREVENTION_AREA, "an area"))
                .topic(r.required(1)).detail(r.optional(2)).build()));
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.PREVENTION);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return style == LayoutStyle.COMPACT ? Optional.empty() : Optional.of("""
        ### Monitoring Improvements

        - **New alerts needed:** [Specific metrics to monitor]
        - **Alert threshold adjustments:** [What to change]
        - **Dashboard enhancements:** [Additional visibility needed]

        ### Code/Configuration Changes

        - **Input validation:** [Additional checks needed]
        - **Error handling:** [Better error responses]
        - **Circuit breakers:** [Failsafe mechanisms]
        - **Rate limiting:** [Abuse prevention]

        ### Process Improvements

        - **Deployment process:** [Additional safety checks]
        - **Documentation:** [What needs to be updated]
        - **Training:** [Knowledge gaps to address]
        - **Emergency procedures:** [New runbook items]

        ### Infrastructure Improvements

        - **Redundancy:** [Single points of failure to address]
        - **Capacity:** [Resource limits to increase]
        - **Backup systems:** [Fallback mechanisms needed]""");
  }
}
