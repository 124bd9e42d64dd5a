package dev.postmortem.json.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the JSON format names enum constants: lower case with underscores ({@code in_review},
 * {@code wont_do}), and the reverse lookup for one enum type. One instance per enum, shared.
 */
final class JsonNames<E extends Enum<E>> {
  private final Map<String, E> byName = new HashMap<>();
  private final String described;

  JsonNames(Class<E> type) {
    StringBuilder names = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      byName.put(name(constant), constant);
      names.append(names.length() == 0 ? "" : ", ").append('"').append(name(constant)).append('"');
    }
    this.described = "one of " + names;
  }

  /** The JSON names of each enum's constants, by ordinal: made once, not at every write. */
  private static final ClassValue<String[]> NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
      }
      return names;
    }
  };

  /** Returns the JSON name of {@code constant}. */
  static String name(Enum<?> constant) {
    return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** Returns the constant with this JSON name, or null. */
  E lookUp(String name) {
    return byName.get(name);
  }

  /** Returns what a parse error says was expected: {@code one of "open", "done"}. */
  String expected() {
    return described;
  }
}
