package dev.postmortem.internal;

import java.util.Locale;

/**
 * The one spelling every format starts from for an enum constant: its name in lower case
 * ({@code IN_REVIEW} is {@code in_review}). JSON writes it so; Markdown turns the underscores
 * into spaces. Made once per enum type, not at every write.
 */
public final class EnumNames {
  private static final ClassValue<String[]> LOWER_CASE = new ClassValue<>() {
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

  private EnumNames() {}

  /**
   * {@return the name of {@code constant} in lower case}
   *
   * @param constant an enum constant; not null
   */
  public static String lowerCase(Enum<?> constant) {
    return LOWER_CASE.get(constant.getDeclaringClass())[constant.ordinal()];
  }
}
