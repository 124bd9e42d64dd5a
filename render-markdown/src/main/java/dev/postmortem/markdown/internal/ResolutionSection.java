package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.SectionOutput.pair;
import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.Postmortem;
import dev.postmortem.Resolution;
import dev.postmortem.ResolutionAction;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.OrderedList;

/**
 * The resolution: the immediate actions, numbered as the detailed template has them when they
 * read back so (in either layout), else as a table; then the system state as labeled values.
 */
final class ResolutionSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.RESOLUTION;
  }

  @Override
  public void write(SectionOutput out) {
    Postmortem p = out.postmortem();
    Resolution r = p.resolution();
    if (r.isEmpty()) {
      return;
    }
    out.heading(Section.RESOLUTION);
    Optional<List<String>> numbered = r.immediateActions().isEmpty() ? Optional.empty()
        : ImmediateActions.rests(r.immediateActions(), p.zone(), p.date());
    if (numbered.isPresent()) {
      out.subheading(Subsection.IMMEDIATE_ACTIONS);
      ImmediateActions.write(out.blocks().start(), r.immediateActions(), numbered.get());
    } else {
      out.tableUnder(Subsection.IMMEDIATE_ACTIONS, new Table().column(TIME).alwaysColumn(ACTION)
          .column(RESULT), r.immediateActions(), (ResolutionAction a) -> new String[] {
              a.at().map(out::full).orElse(null), a.title(), a.result().orElse(null)});
    }
    out.labeledUnder(Subsection.SYSTEM_STATE, List.of(pair(HEALTH_CHECKS, r.healthChecks()),
        pair(DATA_CONSISTENCY, r.dataConsistency()), pair(PERFORMANCE, r.performance()),
        pair(USER_EXPERIENCE, r.userExperience())));
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().resolution(r -> {
      SectionPart immediate = s.sub(Subsection.IMMEDIATE_ACTIONS);
      r.immediateActions(immediate.nodes().size() == 1 && immediate.nodes().get(0) instanceof OrderedList list
          ? in.numbered(list, "**Action:** Time - Result",
              pair -> ImmediateActions.read(pair[0], pair[1], in.zone(), in.date()))
          : TableRow.rows(in, immediate, List.of(TIME, ACTION, RESULT),
              row -> ResolutionAction.builder().at(row.present(0).map(t -> row.time(0, true)))
                  .title(row.required(1)).result(row.optional(2)).build()));
      in.labeled(s.sub(Subsection.SYSTEM_STATE), Map.of(HEALTH_CHECKS, r::healthChecks,
          DATA_CONSISTENCY, r::dataConsistency, PERFORMANCE, r::performance,
          USER_EXPERIENCE, r::userExperience));
    });
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.RESOLUTION);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return style == LayoutStyle.COMPACT ? Optional.empty() : Optional.of("""
        ### Immediate Actions Taken

        1. **[Action 1]:** [Time] - [Description and result]
        2. **[Action 2]:** [Time] - [Description and result]
        3. **[Action 3]:** [Time] - [Description and result]

        ### System State After Resolution

        - **Health check status:** [All green/degraded/etc.]
        - **Data consistency:** [Verified/restored]
        - **Performance metrics:** [Back to normal/improved]
        - **User experience:** [Fully restored]""");
  }
}
