package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.CATEGORY;
import static dev.postmortem.markdown.internal.Vocabulary.DETAIL;
import static dev.postmortem.markdown.internal.Vocabulary.EVIDENCE;
import static dev.postmortem.markdown.internal.Vocabulary.EVIDENCE_CATEGORY;
import static dev.postmortem.markdown.internal.Vocabulary.LINK;

import dev.postmortem.Evidence;
import dev.postmortem.EvidenceCategory;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.util.List;
import java.util.Optional;

/** The supporting evidence: grouped by category as the detailed template has it, else a table. */
final class EvidenceSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.EVIDENCE;
  }

  @Override
  public void write(SectionOutput out) {
    List<Evidence> evidence = out.postmortem().evidence();
    Table table = new Table().alwaysColumn(CATEGORY).alwaysColumn(EVIDENCE).column(LINK).column(DETAIL);
    for (Evidence e : evidence) {
      table.row(EVIDENCE_CATEGORY.word(e.category()), e.label(), e.link().orElse(null),
          e.detail().orElse(null));
    }
    out.grouped(Section.EVIDENCE, TemplateLists.EVIDENCE, evidence, table);
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().evidence(s.direct().nodes().isEmpty()
        ? in.grouped(s, TemplateLists.EVIDENCE, EvidenceCategory.class)
        : TableRow.rows(in, s.direct(), List.of(CATEGORY, EVIDENCE, LINK, DETAIL),
            r -> Evidence.builder().category(r.word(0, EVIDENCE_CATEGORY, "a category of evidence"))
                .label(r.required(1)).link(r.optional(2)).detail(r.optional(3)).build()));
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.EVIDENCE);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return style == LayoutStyle.COMPACT ? Optional.empty() : Optional.of("""
        ### Logs and Traces

        - **Error logs:** [Links to relevant log entries]
        - **Performance traces:** [APM traces during incident]
        - **Database queries:** [Slow/failed queries]

        ### Monitoring Data

        - **Dashboards:** [Links to relevant charts]
        - **Metrics:** [Key performance indicators during incident]
        - **Alerts:** [Alert history and timeline]

        ### External Dependencies

        - **Third-party status:** [Provider status pages]
        - **Network issues:** [CDN, DNS, routing problems]
        - **Browser/client issues:** [User-agent specific problems]""");
  }
}
