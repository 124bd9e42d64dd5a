package dev.postmortem.internal;

import java.util.function.Consumer;

/**
 * Runs the lambdas that builders take for nested values ({@code addCost(c -> c.amount(…))}) on a
 * fresh builder of the nested type. The value built from it is left unchecked: the builder that
 * took the lambda checks it with the whole tree, so that its violations carry full paths.
 */
public final class Specs {
  private Specs() {}

  /**
   * {@return {@code builder}, after {@code spec} has set its fields}
   *
   * @param spec the lambda a builder method was given; refused when null, naming {@code spec}
   * @param builder a new builder of the nested type
   * @param <B> the nested type's builder
   * @throws NullPointerException "spec must not be null" when {@code spec} is null
   */
  public static <B> B applied(Consumer<? super B> spec, B builder) {
    Nulls.check(spec, "spec").accept(builder);
    return builder;
  }
}
