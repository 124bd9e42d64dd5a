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
 */
public record ImportedPostmortem(Postmortem postmortem, List<LintFinding> findings) {

  /** Checks that no part is null and copies the list. */
  public ImportedPostmortem {
    Objects.requireNonNull(postmortem, "postmortem");
    findings = List.copyOf(findings);
  }

  /** Returns the findings of one rule, such as {@code unfilled-placeholder}. */
  public List<LintFinding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
