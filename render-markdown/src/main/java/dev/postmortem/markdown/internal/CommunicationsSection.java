package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.AUDIENCE;
import static dev.postmortem.markdown.internal.Vocabulary.AUDIENCE_COLUMN;
import static dev.postmortem.markdown.internal.Vocabulary.CHANNEL;
import static dev.postmortem.markdown.internal.Vocabulary.DETAIL;
import static dev.postmortem.markdown.internal.Vocabulary.SUBJECT;
import static dev.postmortem.markdown.internal.Vocabulary.TIME;

import dev.postmortem.Audience;
import dev.postmortem.Communication;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.util.List;
import java.util.Optional;

/**
 * The communication log: grouped as Internal and External Communication as the detailed template
 * has it, else a table. Its times are full dates and times in the postmortem's zone.
 */
final class CommunicationsSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.COMMUNICATIONS;
  }

  @Override
  public void write(SectionOutput out) {
    List<Communication> communications = out.postmortem().communications();
    Table table = new Table().alwaysColumn(AUDIENCE_COLUMN).column(SUBJECT).column(CHANNEL)
        .column(TIME).alwaysColumn(DETAIL);
    for (Communication c : communications) {
      table.row(AUDIENCE.word(c.audience()), c.subject().orElse(null), c.channel().orElse(null),
          c.at().map(out::full).orElse(null), c.detail());
    }
    out.grouped(Section.COMMUNICATIONS, TemplateLists.communications(out.postmortem().zone()), communications,
        table);
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().communications(s.direct().nodes().isEmpty()
        ? in.grouped(s, TemplateLists.communications(in.zone()), Audience.class)
        : TableRow.rows(in, s.direct(), List.of(AUDIENCE_COLUMN, SUBJECT, CHANNEL, TIME, DETAIL),
            r -> Communication.builder().audience(r.word(0, AUDIENCE, "an audience"))
                .subject(r.optional(1)).channel(r.optional(2)).at(r.present(3).map(t -> r.time(3, true)))
                .detail(r.required(4)).build()));
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.COMMUNICATIONS);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return style == LayoutStyle.COMPACT ? Optional.empty() : Optional.of("""
        ### Internal Communication

        - **Team notification:** [When and how team was alerted]
        - **Status updates:** [Regular update schedule maintained]
        - **Escalation:** [Management notification timeline]

        ### External Communication

        - **User notification:** [Status page updates, social media]
        - **Customer support:** [Support ticket volume and handling]
        - **Partner notification:** [If applicable]""");
  }
}
