package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.NAME;
import static dev.postmortem.markdown.internal.Vocabulary.ROLE;

import dev.postmortem.Responder;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.util.List;
import java.util.Optional;

/** The responders: a table of names and roles. Neither template has it. */
final class RespondersSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.RESPONDERS;
  }

  @Override
  public void write(SectionOutput out) {
    Table table = new Table().alwaysColumn(NAME).column(ROLE);
    for (Responder r : out.postmortem().responders()) {
      table.row(r.name(), r.role().orElse(null));
    }
    out.table(Section.RESPONDERS, table);
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().responders(TableRow.rows(in, s.direct(), List.of(NAME, ROLE), r -> Responder.builder()
        .name(r.required(0)).role(r.optional(1)).build()));
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.RESPONDERS);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return Optional.empty();
  }
}
