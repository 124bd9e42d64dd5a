package dev.postmortem.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one way public methods refuse {@code null}: a {@link NullPointerException} whose message
 * names the parameter, {@code "title must not be null"}, or the element or entry within it,
 * {@code "tags[2] must not be null"}. Null-safety tests match on this phrase.
 */
public final class Nulls {
  private Nulls() {}

  /**
   * {@return {@code value}, checked}
   *
   * @param value the argument
   * @param name the parameter's name
   * @param <T> its type
   * @throws NullPointerException "{@code name} must not be null" when {@code value} is null
   */
  public static <T> T check(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /**
   * {@return a copy of {@code values}, each checked}
   *
   * @param values the argument
   * @param name the parameter's name
   * @param <T> the element type
   */
  public static <T> List<T> elements(T[] values, String name) {
    return elements(Arrays.asList(check(values, name)), name);
  }

  /**
   * {@return a copy of {@code values}, each checked} The copy is what is used: an iterable that
   * can be read only once, or that changes, is read only here.
   *
   * @param values the argument
   * @param name the parameter's name
   * @param <T> the element type
   */
  public static <T> List<T> elements(Iterable<? extends T> values, String name) {
    List<T> copy = new ArrayList<>();
    int index = 0;
    for (T value : check(values, name)) {
      check(value, name + "[" + index++ + "]");
      copy.add(value);
    }
    return copy;
  }

  /**
   * {@return {@code entry}, its key and value checked}
   *
   * @param entry the argument
   * @param name the parameter's name
   * @param <E> the entry type
   */
  public static <E extends Map.Entry<?, ?>> E entry(E entry, String name) {
    check(entry, name);
    check(entry.getKey(), name + " key");
    check(entry.getValue(), name + " value");
    return entry;
  }

  /**
   * {@return a copy of {@code entries} in their order, each key and value checked}
   *
   * @param entries the argument
   * @param name the parameter's name
   * @param <K> the key type
   * @param <V> the value type
   */
  public static <K, V> Map<K, V> entries(Map<? extends K, ? extends V> entries, String name) {
    Map<K, V> copy = new LinkedHashMap<>();
    for (Map.Entry<? extends K, ? extends V> entry : check(entries, name).entrySet()) {
      check(entry.getKey(), name + " key");
      check(entry.getValue(), name + "[" + entry.getKey() + "]");
      copy.put(entry.getKey(), entry.getValue());
    }
    return copy;
  }
}
