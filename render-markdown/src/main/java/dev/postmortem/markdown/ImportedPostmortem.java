package dev.postmortem.markdown;

import dev.postmortem.Postmortem;
import dev.postmortem.lint.Finding;
import dev.postmortem.lint.FindingRule;
import dev.postmortem.lint.ImportFinding;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.LintRule;
import java.util.List;
import java.util.Objects;

/**
 * A postmortem read from a hand-written document by {@link MarkdownImporter}, with what the import
 * and the linter noticed.
 *
 * @param postmortem the postmortem; placeholders read as empty, unreadable values kept as text
 * @param findings the import's findings ({@link dev.postmortem.lint.ImportFinding}: unfilled
 *     placeholders, unreadable values), in document order, then the linter's
 *     ({@link dev.postmortem.lint.LintFinding}), each with its 1-based source line where there is
 *     one
 * @param sections each section of the document, in order, with the model home it was read into
 *     and its lines: why a field is empty shows here (a heading that was not recognised went to
 *     {@code customSections[i]}); empty for a document this library wrote, which is read exactly
 */
public record ImportedPostmortem(Postmortem postmortem, List<Finding> findings,
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
   * Returns the import's findings of one rule, such as the placeholders it read as empty
   * ({@link ImportRule#UNFILLED_PLACEHOLDER}).
   *
   * @param rule the rule; not null
   * @return those findings, in document order
   */
  public List<ImportFinding> findings(ImportRule rule) {
    Objects.requireNonNull(rule, "rule must not be null");
    return of(ImportFinding.class, rule);
  }

  /**
   * Returns the linter's findings of one rule, such as {@link LintRule#MISSING_OWNER}.
   *
   * @param rule the rule; not null
   * @return those findings, in order
   */
  public List<LintFinding> findings(LintRule rule) {
    Objects.requireNonNull(rule, "rule must not be null");
    return of(LintFinding.class, rule);
  }

  private <T extends Finding> List<T> of(Class<T> kind, FindingRule rule) {
    return findings.stream().filter(f -> f.rule() == rule).map(kind::cast).toList();
  }
}
