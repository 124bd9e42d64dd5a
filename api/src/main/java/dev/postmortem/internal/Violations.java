package dev.postmortem.internal;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Collects the violations of one value tree while each model type checks its own fields. A
 * collector is a view with a path prefix over one shared list, so nested values report paths from
 * the root being built ({@code actionItems[2].completedOn}) without knowing where they sit.
 */
public final class Violations {
  private final List<Violation> found;
  private final String prefix;

  private Violations(List<Violation> found, String prefix) {
    this.found = found;
    this.prefix = prefix;
  }

  /** Returns an empty collector for a root value. */
  public static Violations root() {
    return new Violations(new ArrayList<>(), "");
  }

  /** Returns a view that reports below the named field. */
  public Violations field(String name) {
    return new Violations(found, join(name));
  }

  /** Returns a view that reports below element {@code index} of the named list field. */
  public Violations element(String listName, int index) {
    return new Violations(found, join(listName) + "[" + index + "]");
  }

  /** Returns the path of the value of {@code key} in the named map field. */
  private static String mapKeyPath(String mapName, String key) {
    if (key == null) {
      return mapName + "[null]";
    }
    return mapName + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** Records that the named field (relative to this view) breaks a rule. */
  public void add(String name, String message) {
    found.add(new Violation(join(name), message));
  }

  /** Records a violation of a required field that was not set. */
  public void requireSet(String name, Object value) {
    if (value == null) {
      add(name, "is required");
    }
  }

  /** Checks a required inline text field: set, and one clean line. */
  public void requiredInline(String name, String value) {
    if (value == null) {
      add(name, "is required");
    } else {
      inline(name, value);
    }
  }

  /** Checks an inline text field (one line, see {@link TextRules#inlineProblem}). */
  public void inline(String name, String value) {
    report(name, TextRules.inlineProblem(value));
  }

  /** Checks an optional inline text field when it is present. */
  public void inline(String name, Optional<String> value) {
    value.ifPresent(v -> inline(name, v));
  }

  /** Checks a block text field (see {@link TextRules#blockProblem}). */
  public void block(String name, String value) {
    report(name, TextRules.blockProblem(value));
  }

  /** Checks an optional block text field when it is present. */
  public void block(String name, Optional<String> value) {
    value.ifPresent(v -> block(name, v));
  }

  /** Checks an optional link field when it is present (see {@link TextRules#linkProblem}). */
  public void link(String name, Optional<String> value) {
    value.ifPresent(v -> report(name, TextRules.linkProblem(v)));
  }

  /**
   * Checks every element of a list of values with the element type's own check, each below its
   * index: {@code costs[2].amount}.
   */
  public <T> void each(String listName, List<T> values, BiConsumer<T, Violations> check) {
    for (int i = 0; i < values.size(); i++) {
      check.accept(values.get(i), element(listName, i));
    }
  }

  /** Checks every value of a list of inline text. */
  public void eachInline(String listName, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      report(listName + "[" + i + "]", TextRules.inlineProblem(values.get(i)));
    }
  }

  /** Checks every key and value of a map of inline text. */
  public void eachInline(String mapName, Map<String, String> values) {
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String name = mapKeyPath(mapName, entry.getKey());
      if (entry.getKey() == null || entry.getValue() == null) {
        // A map built without the builder's null checks, such as one a parser filled from a
        // table row with a missing cell: a violation, not a NullPointerException.
        add(name, entry.getKey() == null ? "key is required" : "is required");
        continue;
      }
      String keyProblem = TextRules.inlineProblem(entry.getKey());
      if (keyProblem != null) {
        add(name, "key " + keyProblem);
      }
      report(name, TextRules.inlineProblem(entry.getValue()));
    }
  }

  private void report(String name, String problem) {
    if (problem != null) {
      add(name, problem);
    }
  }

  /**
   * Throws an {@link InvalidPostmortemException} listing everything found, if anything was.
   *
   * @param typeName the simple name of the type being built
   */
  public void throwIfAny(String typeName) {
    if (!found.isEmpty()) {
      throw new InvalidPostmortemException(typeName, found);
    }
  }

  private String join(String name) {
    if (prefix.isEmpty()) {
      return name;
    }
    return name.startsWith("[") ? prefix + name : prefix + "." + name;
  }
}
