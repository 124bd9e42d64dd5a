package dev.postmortem.markdown;

import dev.postmortem.Postmortem;
import dev.postmortem.lint.LintFinding;
import java.util.List;
import java.util.Objects;

/**
 * A postmortem read from a hand-written document by {@link MarkdownImporter}, with what the import
 * and the linter noticed.
 *
 * @param postmortem the postmortem; placeholders read as empty, unreadable values kept as text
 * @param findings the import's findings (unfilled placeholders, unreadable values) and the
 *     linter's, each with its 1-based source line where there is one; import findings first, in
 *     document order
 * @param sections each section of the document, in order, with the model home it was read into
 *     and its lines: why a field is empty shows here (a heading that was not recognised went to
 *     {@code customSections[i]}); empty for a document this library wrote, which is read exactly
 */
public record ImportedPostmortem(Postmortem postmortem, List<LintFinding> findings,
    List<ImportedSection> sections) {

  /** Checks that no part is null and copies the lists. */
  public ImportedPostmortem {
    Objects.requireNonNull(postmortem, "postmortem");
    findings = List.copyOf(findings);
    sections = List.copyOf(sections);
  }

  /** Returns the findings of one rule, such as {@code unfilled-placeholder}. */
  public List<LintFinding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
