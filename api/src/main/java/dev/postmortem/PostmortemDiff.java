package dev.postmortem;

import dev.postmortem.internal.StructuralDiff;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two versions of a postmortem, field by field: a list of
 * {@linkplain Change changes}, each a path with the value before and after.
 *
 * <pre>{@code
 * PostmortemDiff diff = PostmortemDiff.between(yesterday, today);
 * for (PostmortemDiff.Change change : diff.changes()) {
 *   System.out.println(change);   // actionItems["Add exponential backoff"].status: OPEN → DONE
 * }
 * String changeLog = diff.toMarkdown();   // a "- `path`: before → after" list for a review
 * }</pre>
 *
 * <p>Nested values are compared attribute by attribute, so a change deep inside shows as one
 * change at its full path. Elements of a list whose type has an identity are matched by it, not by
 * position, so that an inserted timeline event is one addition rather than a change of every
 * later row: an action item by its description, a timeline event by its time and description, a
 * custom section by its heading and a responder by name. Their paths name that identity —
 * {@code timeline["2024-03-14T14:02:00Z Sentry alert fires"]},
 * {@code customSections["Notes"]} — with {@code #2}, {@code #3}, … after the second and later
 * elements of one list that share it. Other lists are compared by position
 * ({@code tags[1]}), maps by key ({@code attributes["team"]}). When the matched elements of a list
 * appear in another order, the change is the whole list, at the list's path.
 *
 * <p>The diff is empty exactly when the two postmortems are equal.
 */
public final class PostmortemDiff {
  private final List<Change> changes;

  private PostmortemDiff(List<Change> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * {@return the changes that turn {@code before} into {@code after}, in the order of paths}
   *
   * @param before the first postmortem; not null
   * @param after the second postmortem; not null
   */
  public static PostmortemDiff between(Postmortem before, Postmortem after) {
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    return new PostmortemDiff(StructuralDiff.between(before, after));
  }

  /** {@return the changes, an immutable list; empty when the two postmortems are equal} */
  public List<Change> changes() {
    return changes;
  }

  /** {@return whether there is no change at all} */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * {@return the changes as a Markdown list, one line per change, to paste into a review or a
   * change log; values are shown in code spans, long texts shortened} The empty diff gives
   * {@code "No changes.\n"}.
   *
   * <pre>{@code
   * - `severity`: `SEV_3` → `SEV_2`
   * - `timeline["2024-03-14T14:09:00Z Rolled back"]`: added
   * - `customSections["Notes"]`: removed
   * }</pre>
   */
  public String toMarkdown() {
    return StructuralDiff.toMarkdown(changes);
  }

  /** Returns the changes one per line, as {@link Change#toString()} shows them. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    changes.forEach(c -> out.append(c).append('\n'));
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PostmortemDiff other && changes.equals(other.changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  /**
   * One change: the path of a field, list element or map entry, and its value on each side;
   * empty on the side where it is absent (an unset optional field, a missing element or entry).
   * Values are the model's own: a {@code String}, an enum constant, an {@code Instant}, or a
   * whole nested value such as a {@link TimelineEvent} when it was added or removed.
   *
   * @param path where, such as {@code actionItems["Add exponential backoff"].status}
   * @param before the value in the first postmortem, empty when it has none there
   * @param after the value in the second postmortem, empty when it has none there
   */
  public record Change(String path, Optional<Object> before, Optional<Object> after) {
    /**
     * Checks that the path is given and that at least one side has a value.
     *
     * @param path where; not null
     * @param before the value before, or empty; not null
     * @param after the value after, or empty; not null
     */
    public Change {
      Objects.requireNonNull(path, "path must not be null");
      Objects.requireNonNull(before, "before must not be null");
      Objects.requireNonNull(after, "after must not be null");
      if (before.isEmpty() && after.isEmpty()) {
        throw new IllegalArgumentException("a change needs a value on at least one side: " + path);
      }
    }

    /** {@return whether the value is new: absent before, present after} */
    public boolean isAddition() {
      return before.isEmpty();
    }

    /** {@return whether the value is gone: present before, absent after} */
    public boolean isRemoval() {
      return after.isEmpty();
    }

    /**
     * Returns the change on one line: {@code path: before → after}, {@code path: added} or
     * {@code path: removed}.
     */
    @Override
    public String toString() {
      return StructuralDiff.describe(path, before, after);
    }
  }
}
