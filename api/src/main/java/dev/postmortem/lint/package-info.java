/**
 * Lint: the second level of validation. {@link dev.postmortem.lint.PostmortemLinter} checks a
 * built postmortem against the {@link dev.postmortem.lint.LintRule}s and returns
 * {@link dev.postmortem.lint.LintFinding}s; it never throws.
 */
package dev.postmortem.lint;
