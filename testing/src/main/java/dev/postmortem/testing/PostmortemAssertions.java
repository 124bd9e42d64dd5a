package dev.postmortem.testing;

import dev.postmortem.Postmortem;
import dev.postmortem.PostmortemDiff;
import java.util.Objects;

/**
 * Assertions on postmortems whose failure says what differs, as a {@link PostmortemDiff}, rather
 * than printing two {@code toString}s of several kilobytes. They throw {@link AssertionError}, which
 * every test framework reports as a failure, so they need none.
 *
 * <pre>{@code
 * Postmortem parsed = MarkdownFormat.parser().parse(input);
 * PostmortemAssertions.assertSamePostmortem(Samples.openAi503s(), parsed);
 * // AssertionError: postmortems differ in 2 places (expected → actual):
 * // - `severity`: `sev-2 (rank 2)` → `sev-3 (rank 3)`
 * // - `timeline["2024-03-14T14:09:00Z Rolled back"]`: removed
 * }</pre>
 */
public final class PostmortemAssertions {
  private PostmortemAssertions() {}

  /**
   * Asserts that {@code actual} equals {@code expected}; if not, fails with the changes from
   * {@code expected} to {@code actual} as a Markdown list.
   *
   * @param expected the postmortem expected; may be null
   * @param actual the postmortem there is; may be null
   * @throws AssertionError when the two differ, or when only one of them is null
   */
  public static void assertSamePostmortem(Postmortem expected, Postmortem actual) {
    assertSamePostmortem(expected, actual, null);
  }

  /**
   * Asserts that {@code actual} equals {@code expected}, as {@link #assertSamePostmortem(Postmortem,
   * Postmortem)} does, starting the failure message with {@code message} when it is not null.
   *
   * @param expected the postmortem expected; may be null
   * @param actual the postmortem there is; may be null
   * @param message what is being compared, or null for nothing
   * @throws AssertionError when the two differ, or when only one of them is null
   */
  public static void assertSamePostmortem(Postmortem expected, Postmortem actual, String message) {
    if (Objects.equals(expected, actual)) {
      return;
    }
    String prefix = message == null ? "" : message + ": ";
    if (expected == null || actual == null) {
      throw new AssertionError(prefix + "expected " + (expected == null ? "null" : "a postmortem")
          + " but was " + (actual == null ? "null" : "a postmortem"));
    }
    PostmortemDiff diff = PostmortemDiff.between(expected, actual);
    int n = diff.changes().size();
    throw new AssertionError(prefix + "postmortems differ in " + n + (n == 1 ? " place" : " places")
        + " (expected → actual):\n" + diff.toMarkdown());
  }
}
