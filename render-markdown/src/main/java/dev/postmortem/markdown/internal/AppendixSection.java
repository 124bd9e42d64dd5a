package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.SectionOutput.pair;
import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.Appendix;
import dev.postmortem.CodeChange;
import dev.postmortem.PastIncident;
import dev.postmortem.Postmortem;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;

/**
 * The appendix: feature flags and environment (the detailed template's YAML block when they read
 * back from it, else tables), code changes and similar past incidents (the detailed template's
 * labeled bullets when they read back, else tables).
 */
final class AppendixSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.APPENDIX;
  }

  @Override
  public void write(SectionOutput out) {
    Postmortem p = out.postmortem();
    Appendix a = p.appendix();
    if (a.isEmpty()) {
      return;
    }
    out.heading(Section.APPENDIX);
    boolean lists = out.style().has(LayoutStyle.Form.APPENDIX_LISTS);
    Optional<String> configuration = lists
        ? AppendixLists.configuration(a.featureFlags(), a.environment()) : Optional.empty();
    if (configuration.isPresent() && !configuration.get().isEmpty()) {
      out.subheading(Subsection.SYSTEM_CONFIGURATION);
      String fence = AppendixLists.fence(configuration.get()).orElseThrow();
      out.blocks().paragraph(fence + "yaml\n" + configuration.get() + "\n" + fence);
    } else if (configuration.isEmpty()) {
      if (!a.featureFlags().isEmpty()) {
        out.subheading(Subsection.FEATURE_FLAGS);
        out.blocks().table(SectionOutput.keyValues(FLAG, VALUE, a.featureFlags()));
      }
      if (!a.environment().isEmpty()) {
        out.subheading(Subsection.ENVIRONMENT);
        out.blocks().table(SectionOutput.keyValues(SETTING, VALUE, a.environment()));
      }
    }
    if (lists && !a.codeChanges().isEmpty()
        && AppendixLists.codeChangesWritable(a.codeChanges(), p.zone(), p.date())) {
      out.subheading(Subsection.RECENT_CODE_CHANGES);
      out.blocks().labeled(a.codeChanges().stream()
          .map(c -> pair(c.commit(), AppendixLists.codeChange(c, p.zone(), p.date()))).toList());
    } else {
      out.tableUnder(Subsection.CODE_CHANGES, new Table().alwaysColumn(COMMIT).column(DESCRIPTION)
          .column(AUTHOR_COLUMN).column(TIME), a.codeChanges(), (CodeChange c) -> new String[] {
              c.commit(), c.description().orElse(null), c.author().orElse(null),
              c.at().map(out::full).orElse(null)});
    }
    if (lists && !a.similarIncidents().isEmpty() && AppendixLists.pastIncidentsWritable(a.similarIncidents())) {
      out.subheading(Subsection.SIMILAR_INCIDENTS);
      out.blocks().labeled(a.similarIncidents().stream().map(i -> pair(i.date().orElseThrow().toString(),
          AppendixLists.pastIncident(i))).toList());
    } else {
      out.tableUnder(Subsection.SIMILAR_INCIDENTS, new Table().column(DATE).alwaysColumn(INCIDENT)
          .column(LINK), a.similarIncidents(), (PastIncident i) -> new String[] {
              i.date().map(Object::toString).orElse(null), i.description(), i.link().orElse(null)});
    }
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().appendix(a -> {
      configuration(in, s.sub(Subsection.SYSTEM_CONFIGURATION), a);
      TableRow.rows(in, s.sub(Subsection.FEATURE_FLAGS), List.of(FLAG, VALUE),
          r -> a.putFeatureFlag(r.required(0), r.required(1)));
      TableRow.rows(in, s.sub(Subsection.ENVIRONMENT), List.of(SETTING, VALUE),
          r -> a.putEnvironment(r.required(0), r.required(1)));
      SectionPart recent = s.sub(Subsection.RECENT_CODE_CHANGES);
      if (recent.present()) {
        a.codeChanges(in.labeledValues(recent, "**commit:** description - author - time",
            pair -> AppendixLists.readCodeChange(pair[0], pair[1], in.zone(), in.date())));
      } else {
        a.codeChanges(TableRow.rows(in, s.sub(Subsection.CODE_CHANGES),
            List.of(COMMIT, DESCRIPTION, AUTHOR_COLUMN, TIME),
            r -> CodeChange.builder().commit(r.required(0)).description(r.optional(1)).author(r.optional(2))
                .at(r.present(3).map(t -> r.time(3, true))).build()));
      }
      SectionPart similar = s.sub(Subsection.SIMILAR_INCIDENTS);
      if (!similar.nodes().isEmpty() && similar.nodes().get(0) instanceof BulletList) {
        a.similarIncidents(in.labeledValues(similar, "**date:** description - link",
            pair -> AppendixLists.readPastIncident(pair[0], pair[1])));
      } else {
        a.similarIncidents(TableRow.rows(in, similar, List.of(DATE, INCIDENT, LINK),
            r -> PastIncident.builder().date(r.present(0).map(v -> r.date(0))).description(r.required(1))
                .link(r.optional(2)).build()));
      }
    });
  }

  /** The appendix's YAML block of feature flags and environment. */
  private static void configuration(SectionInput in, SectionPart part, Appendix.Builder a) {
    if (!part.present()) {
      return;
    }
    if (part.nodes().size() != 1 || !(part.nodes().get(0) instanceof FencedCodeBlock block)) {
      throw SourceText.fail(part.headingLine(), 0, "a yaml block of Feature Flags and Environment",
          part.nodes().isEmpty() ? "nothing" : SectionInput.describe(part.nodes().get(0)));
    }
    Map<String, String> flags = new LinkedHashMap<>();
    Map<String, String> environment = new LinkedHashMap<>();
    int first = SourceText.firstLine(block) + 1;
    int last = SourceText.lastLine(block);
    String text = first > last - 1 ? "" : String.join("\n", IntStream.range(first, last)
        .mapToObj(in.source()::line).toList());
    if (!AppendixLists.readConfiguration(text, flags, environment)) {
      throw SourceText.fail(first, 0, "lines such as \"  FLAG: value\" and \"  - Setting: value\"",
          SourceText.quoted(text.lines().findFirst().orElse("")));
    }
    flags.forEach(a::putFeatureFlag);
    environment.forEach(a::putEnvironment);
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.APPENDIX);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return style == LayoutStyle.COMPACT ? Optional.empty() : Optional.of("""
        ### System Configuration at Time of Incident

        ```yaml
        Feature Flags:
          [FLAG_NAME]: [true/false]

        Environment:
          - [Setting]: [value]
        ```

        ### Code Changes in Past 24 Hours

        - **[Commit 1]:** [Brief description] - [Author] - [Time]
        - **[Commit 2]:** [Brief description] - [Author] - [Time]

        ### Similar Past Incidents

        - **[Date]:** [Brief description and link to postmortem]
        - **[Date]:** [Brief description and link to postmortem]""");
  }
}
