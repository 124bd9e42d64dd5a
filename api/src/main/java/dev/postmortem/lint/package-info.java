/**
 * Findings: what is noticed about a postmortem without refusing it. The second level of
 * validation, {@link dev.postmortem.lint.PostmortemLinter}, checks a built postmortem against the
 * {@link dev.postmortem.lint.LintRule}s and returns {@link dev.postmortem.lint.LintFinding}s; it
 * never throws. An importer of hand-written documents reports how it read them as
 * {@link dev.postmortem.lint.ImportFinding}s under the {@link dev.postmortem.lint.ImportRule}s.
 * Both are a {@link dev.postmortem.lint.Finding}.
 */
package dev.postmortem.lint;
