package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.util.List;
import java.util.Optional;

/**
 * How bad an incident was: a label as people write it ({@code sev-2}, {@code High}) and a rank,
 * where 1 is the worst. The two scales of the templates are constants; any other scale is made
 * with {@link #of(String, int)}. Two severities are equal when label and rank are equal, so a
 * label always survives a round trip exactly as written.
 */
public final class Severity extends RankedLabel<Severity> {
  /** The worst level of the compact template's scale. */
  public static final Severity SEV_1 = new Severity("sev-1", 1);
  /** Level 2 of the compact template's scale. */
  public static final Severity SEV_2 = new Severity("sev-2", 2);
  /** Level 3 of the compact template's scale. */
  public static final Severity SEV_3 = new Severity("sev-3", 3);
  /** Level 4 of the common five-level scale. */
  public static final Severity SEV_4 = new Severity("sev-4", 4);
  /** Level 5 of the common five-level scale. */
  public static final Severity SEV_5 = new Severity("sev-5", 5);
  /** The worst level of the detailed template's scale. */
  public static final Severity CRITICAL = new Severity("Critical", 1);
  /** Level 2 of the detailed template's scale. */
  public static final Severity HIGH = new Severity("High", 2);
  /** Level 3 of the detailed template's scale. */
  public static final Severity MEDIUM = new Severity("Medium", 3);
  /** Level 4 of the detailed template's scale. */
  public static final Severity LOW = new Severity("Low", 4);

  private static final List<Severity> STANDARD =
      List.of(SEV_1, SEV_2, SEV_3, SEV_4, SEV_5, CRITICAL, HIGH, MEDIUM, LOW);

  private Severity(String label, int rank) {
    super(label, rank);
  }

  /**
   * {@return a severity of any scale}
   *
   * <pre>{@code Severity p1 = Severity.of("P1", 1);}</pre>
   *
   * @param label the label as written: inline text; not null
   * @param rank 1 for the worst level, larger for milder ones
   * @throws InvalidPostmortemException if the label is not valid inline text or the rank is below 1
   */
  public static Severity of(String label, int rank) {
    return Violations.checked(new Severity(Nulls.check(label, "label"), rank), "Severity",
        Severity::check);
  }

  private void check(Violations out) {
    out.requiredInline("label", label());
    if (rank() < 1) {
      out.add("rank", "must be 1 or more (1 is the worst), was " + rank());
    }
  }

  /**
   * {@return the standard severity with this label, ignoring case ({@code SEV-2} finds
   * {@link #SEV_2}), so that parsers keep the constants where a document uses them}
   *
   * @param label the label; not null
   */
  public static Optional<Severity> standard(String label) {
    return find(STANDARD, Nulls.check(label, "label"));
  }

  /** {@return the standard severities of both template scales} */
  public static List<Severity> standardValues() {
    return STANDARD;
  }
}
