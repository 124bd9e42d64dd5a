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

  /**
   * Checks that no part is null and copies the lists.
   *
   * @param postmortem the postmortem read; not null
   * @param findings what the importer and the linter noticed; not null, nor any of them
   * @param sections the document's sections; not null, nor any of them
   */
  public ImportedPostmortem {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    findings = List.copyOf(Objects.requireNonNull(findings, "findings must not be null"));
    sections = List.copyOf(Objects.requireNonNull(sections, "sections must not be null"));
  }

  /**
   * Returns the findings of one rule, such as {@code unfilled-placeholder}.
   *
   * @param ruleId the rule's id; not null
   * @return those findings, in order
   */
  public List<LintFinding> findings(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId must not be null");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
