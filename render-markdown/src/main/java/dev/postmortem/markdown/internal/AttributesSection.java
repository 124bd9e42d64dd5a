package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.KEY;
import static dev.postmortem.markdown.internal.Vocabulary.VALUE;

import java.util.List;
import java.util.Optional;

/**
 * The postmortem's free attributes: a table of keys and values. Neither template has it, and the
 * importer's word list names no home for its heading.
 */
final class AttributesSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.ATTRIBUTES;
  }

  @Override
  public void write(SectionOutput out) {
    out.table(Section.ATTRIBUTES, SectionOutput.keyValues(KEY, VALUE, out.postmortem().attributes()));
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    TableRow.rows(in, s.direct(), List.of(KEY, VALUE), r -> in.builder().putAttribute(r.required(0), r.required(1)));
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.empty();
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return Optional.empty();
  }
}
