package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.util.List;
import java.util.Optional;

/**
 * How urgent an action item is: a label as people write it ({@code high}, {@code P1}) and a rank,
 * where 0 is the most urgent. Both common scales are constants; any other is made with
 * {@link #of(String, int)}. Equal when label and rank are equal, so labels survive round trips.
 */
public final class Priority extends RankedLabel<Priority> {
  /** Stop-everything priority of the P-scale. */
  public static final Priority P0 = new Priority("P0", 0);
  /** P-scale level 1. */
  public static final Priority P1 = new Priority("P1", 1);
  /** P-scale level 2. */
  public static final Priority P2 = new Priority("P2", 2);
  /** P-scale level 3. */
  public static final Priority P3 = new Priority("P3", 3);
  /** The templates' highest priority. */
  public static final Priority HIGH = new Priority("high", 1);
  /** The templates' middle priority. */
  public static final Priority MEDIUM = new Priority("medium", 2);
  /** The templates' lowest priority. */
  public static final Priority LOW = new Priority("low", 3);

  private static final List<Priority> STANDARD = List.of(P0, P1, P2, P3, HIGH, MEDIUM, LOW);

  private Priority(String label, int rank) {
    super(label, rank);
  }

  /**
   * {@return a priority of any scale}
   *
   * @param label the label as written: inline text; not null
   * @param rank 0 for the most urgent, larger for less urgent
   * @throws InvalidPostmortemException if the label is not valid inline text or the rank is
   *     negative
   */
  public static Priority of(String label, int rank) {
    return Violations.checked(new Priority(Nulls.check(label, "label"), rank), "Priority",
        Priority::check);
  }

  private void check(Violations out) {
    out.requiredInline("label", label());
    if (rank() < 0) {
      out.add("rank", "must be 0 or more (0 is the most urgent), was " + rank());
    }
  }

  /**
   * {@return the standard priority with this label, ignoring case}
   *
   * @param label the label; not null
   */
  public static Optional<Priority> standard(String label) {
    return find(STANDARD, Nulls.check(label, "label"));
  }

  /** {@return the standard priorities of both scales} */
  public static List<Priority> standardValues() {
    return STANDARD;
  }
}
