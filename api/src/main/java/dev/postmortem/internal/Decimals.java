package dev.postmortem.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How every format writes and reads an amount: as {@link BigDecimal#toString()} writes it
 * ({@code 1200.50}, {@code -3}, {@code 1E+3}). Reading is stricter than {@code new BigDecimal},
 * which also takes {@code +1}, {@code .5} and {@code 1.}: a format reads back only what it writes.
 */
public final class Decimals {
  private static final Pattern WRITTEN =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private Decimals() {}

  /**
   * {@return the amount {@code text} writes, or empty when it is not written as a format writes one}
   *
   * @param text the text of the amount; null gives empty
   */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null || !WRITTEN.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }
}
