package dev.postmortem;

import java.util.Objects;

/**
 * One broken rule of a value: where ({@link #path()}, such as {@code timeline[3].at}) and what is
 * wrong ({@link #message()}). Carried by {@link InvalidPostmortemException}.
 *
 * @param path the field path from the value being built, dotted, with list indexes in brackets
 *     and map keys quoted: {@code actionItems[0].completedOn}, {@code attributes["team"]}
 * @param message what is wrong with the value at that path, naming the offending value
 *
 * @serial exclude
 */
public record Violation(String path, String message) implements java.io.Serializable {

  /**
   * Checks that neither part is null.
   *
   * @param path the path of the value; not null
   * @param message what is wrong with it; not null
   */
  public Violation {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  /** Returns {@code path: message}, the form used in exception messages. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
