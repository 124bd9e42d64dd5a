package dev.postmortem;

import java.util.Objects;

/**
 * One broken rule of a value: where ({@link #path()}, such as {@code timeline[3].at}) and what is
 * wrong ({@link #message()}). Carried by {@link InvalidPostmortemException}.
 *
 * @param path the field path from the value being built, dotted, with list indexes in brackets
 *     and map keys quoted: {@code actionItems[0].completedOn}, {@code attributes["team"]}
 * @param message what is wrong with the value at that path, naming the offending value
 */
public record Violation(String path, String message) {

  /** Checks that neither part is null. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code path: message}, the form used in exception messages. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
