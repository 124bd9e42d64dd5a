package dev.postmortem.json.internal;

import dev.postmortem.internal.EnumNames;
import java.util.HashMap;
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

  /** Returns the JSON name of {@code constant}. */
  static String name(Enum<?> constant) {
    return EnumNames.lowerCase(constant);
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
