package dev.postmortem.internal;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Violation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
  /**
   * The earliest instant the model takes: a day after {@link LocalDateTime#MIN}, so that it has a
   * date and time in every zone (offsets reach 18 hours), which every format writes it as.
   */
  public static final Instant EARLIEST_INSTANT = LocalDateTime.MIN.plusDays(1).toInstant(ZoneOffset.UTC);
  /** The latest instant the model takes: a day before {@link LocalDateTime#MAX}, as above. */
  public static final Instant LATEST_INSTANT = LocalDateTime.MAX.minusDays(1).toInstant(ZoneOffset.UTC);
  /**
   * The longest map key, in UTF-16 code units. JSON readers limit names: Jackson's fixed limit is
   * 50 000, counted in UTF-8 bytes when it reads bytes, and one code unit takes at most 3 bytes.
   */
  public static final int MAX_KEY_LENGTH = 10_000;

  private final List<Violation> found;
  /** The view this one is below, or null for the root. */
  private final Violations parent;
  /** The field (or list field) below {@link #parent}, or null for the root. */
  private final String name;
  /** The element's index in the list field {@link #name}, or -1 for a field. */
  private final int index;
  /**
   * The path prefix, built on first use: views are made for every element of every list while
   * almost none ever reports, and building "timeline[1234]" for each showed in the allocation
   * profile of a 10 000-event Markdown parse (JFR, jdk.ObjectAllocationSample).
   */
  private String prefix;

  private Violations(List<Violation> found, Violations parent, String name, int index) {
    this.found = found;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.prefix = parent == null ? "" : null;
  }

  /**
   * Checks a value built on its own, with paths from itself, and returns it if it breaks no rule.
   * Every model builder's {@code build()} ends here; a value nested in another is checked only by
   * the root being built, through {@link #each} and {@link #field}, so that one exception lists
   * every violation of the tree.
   *
   * @param value the value just built
   * @param typeName the simple name of its type, for the exception's message
   * @param check the type's own check of its fields
   * @param <T> its type
   * @return {@code value}
   * @throws InvalidPostmortemException listing every rule the value breaks
   */
  public static <T> T checked(T value, String typeName, BiConsumer<? super T, Violations> check) {
    Violations out = root();
    check.accept(value, out);
    out.throwIfAny(typeName);
    return value;
  }

  /** Returns an empty collector for a root value. */
  public static Violations root() {
    return new Violations(new ArrayList<>(), null, null, -1);
  }

  /** Returns a view that reports below the named field. */
  public Violations field(String name) {
    return new Violations(found, this, name, -1);
  }

  /** Returns a view that reports below element {@code index} of the named list field. */
  public Violations element(String listName, int index) {
    return new Violations(found, this, listName, index);
  }

  /** Returns the path of the value of {@code key} in the named map field. */
  private static String mapKeyPath(String mapName, String key) {
    // A key too long to keep is shown by its start, so that the message stays readable.
    String shown = key.length() > 40 ? key.substring(0, 40) + "…" : key;
    return mapName + "[\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
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
      String keyProblem = TextRules.inlineProblem(entry.getKey());
      if (keyProblem != null) {
        add(name, "key " + keyProblem);
      } else if (entry.getKey().length() > MAX_KEY_LENGTH) {
        add(name, "key must be at most " + MAX_KEY_LENGTH + " characters long (JSON readers limit "
            + "names), was " + entry.getKey().length());
      }
      report(name, TextRules.inlineProblem(entry.getValue()));
    }
  }

  /**
   * Checks an optional instant when it is present: from {@link #EARLIEST_INSTANT} to
   * {@link #LATEST_INSTANT}, the instants that every zone can show as a date and time.
   */
  public void instant(String name, Optional<Instant> value) {
    value.ifPresent(at -> {
      if (at.isBefore(EARLIEST_INSTANT) || at.isAfter(LATEST_INSTANT)) {
        add(name, "must be from " + EARLIEST_INSTANT + " to " + LATEST_INSTANT
            + " (a date and time in every zone), was " + at);
      }
    });
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

  private String prefix() {
    if (prefix == null) {
      String field = parent.join(name);
      prefix = index < 0 ? field : field + "[" + index + "]";
    }
    return prefix;
  }

  private String join(String name) {
    String prefix = prefix();
    if (prefix.isEmpty()) {
      return name;
    }
    return name.startsWith("[") ? prefix + name : prefix + "." + name;
  }
}
