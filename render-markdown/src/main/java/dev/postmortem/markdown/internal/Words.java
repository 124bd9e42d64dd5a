package dev.postmortem.markdown.internal;

import dev.postmortem.internal.EnumNames;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a Markdown document writes the constants of one enum: as words ({@code in progress},
 * {@code won't do}), and how it reads them back, ignoring case, underscores and hyphens.
 */
final class Words<E extends Enum<E>> {
  private final Map<E, String> words;
  private final Map<String, E> exact = new HashMap<>();
  private final Map<String, E> byKey = new HashMap<>();

  private Words(Class<E> type, Map<E, String> exceptions) {
    this.words = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      String word = exceptions.getOrDefault(constant,
          EnumNames.lowerCase(constant).replace('_', ' '));
      words.put(constant, word);
      exact.put(word, constant);
      byKey.put(key(word), constant);
      byKey.put(key(constant.name()), constant);
    }
  }

  static <E extends Enum<E>> Words<E> of(Class<E> type) {
    return new Words<>(type, Map.of());
  }

  static <E extends Enum<E>> Words<E> of(Class<E> type, Map<E, String> exceptions) {
    return new Words<>(type, exceptions);
  }

  /** Returns the words for {@code constant}, lower case. */
  String word(E constant) {
    return words.get(constant);
  }

  /** Returns the words with a capital first letter, as the detailed template writes them. */
  String capitalized(E constant) {
    String word = words.get(constant);
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Returns the constant these words name, if any. */
  Optional<E> read(String text) {
    E constant = exact.get(text); // what the writer writes, without normalising
    return Optional.ofNullable(constant != null ? constant : byKey.get(key(text)));
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').trim();
  }
}
