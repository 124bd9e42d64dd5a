package dev.postmortem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link Severity} and {@link Priority} share: a label kept exactly as written and a rank
 * that orders it, compared and looked up the same way. Package-private: each subtype is its own
 * public type, and a severity never equals a priority.
 */
abstract class RankedLabel<T extends RankedLabel<T>> implements Comparable<T> {
  private final String label;
  private final int rank;

  RankedLabel(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  /** Returns the standard value among {@code standard} with this label, ignoring case. */
  static <T extends RankedLabel<T>> Optional<T> find(List<T> standard, String label) {
    String wanted = label.toLowerCase(Locale.ROOT);
    return standard.stream()
        .filter(value -> value.label().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** {@return the label as written} */
  public String label() {
    return label;
  }

  /** {@return the rank; the lower, the more serious or urgent} */
  public int rank() {
    return rank;
  }

  /** Orders the most serious or urgent first: by rank, then by label. */
  @Override
  public int compareTo(T other) {
    int byRank = Integer.compare(rank, other.rank());
    return byRank != 0 ? byRank : label.compareTo(other.label());
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass()
        && rank == ((RankedLabel<?>) other).rank && label.equals(((RankedLabel<?>) other).label);
  }

  @Override
  public int hashCode() {
    return 31 * label.hashCode() + rank;
  }

  /** Returns the label and rank, such as {@code sev-2 (rank 2)}. */
  @Override
  public String toString() {
    return label + " (rank " + rank + ")";
  }
}
