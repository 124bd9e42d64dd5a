package dev.postmortem;

import dev.postmortem.internal.Nulls;
import java.util.List;

/**
 * Thrown by a builder when the value it would build breaks the model's invariants. It lists
 * <em>every</em> violation found, each with its field path, so that one attempt shows everything
 * that needs fixing:
 *
 * <pre>{@code
 * Invalid Postmortem: 2 violations
 *   title: is required
 *   timeline[3].at: must not be after endedAt (2024-03-14T15:00:00Z)
 * }</pre>
 */
public final class InvalidPostmortemException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the type that was being built, such as {@code Postmortem}. */
  private final String typeName;
  /** Serialised with the exception: {@code List.copyOf} lists and {@link Violation}s are serialisable. */
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param typeName the simple name of the type being built, such as {@code Postmortem}; not null
   * @param violations every violation found, in the order the fields were checked; not null or
   *     empty
   */
  public InvalidPostmortemException(String typeName, List<Violation> violations) {
    super(describe(Nulls.check(typeName, "typeName"), Nulls.check(violations, "violations")));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidPostmortemException needs a violation");
    }
    this.typeName = typeName;
    this.violations = List.copyOf(violations);
  }

  /** {@return the simple name of the type whose builder failed, such as {@code ActionItem}} */
  public String typeName() {
    return typeName;
  }

  /** {@return every violation, in the order the fields were checked} */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(String typeName, List<Violation> violations) {
    StringBuilder message = new StringBuilder("Invalid ").append(typeName).append(": ");
    message.append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
    for (Violation violation : violations) {
      message.append("\n  ").append(violation);
    }
    return message.toString();
  }
}
