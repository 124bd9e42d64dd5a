package dev.postmortem.testing.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * QuickTheories glue for property tests in every module: generators of postmortems backed by
 * {@link PostmortemGenerator}, and the configured theory runner. On failure QuickTheories prints
 * the smallest falsifying value it found and the seed; rerun that case with
 * {@code -Dpostmortem.properties.seed=SEED}.
 */
public final class PostmortemGens {
  private PostmortemGens() {}

  /** Returns generated postmortems of this flavour, shrinking towards smaller ones. */
  public static Gen<Postmortem> postmortems(Flavour flavour) {
    Gen<Postmortem> gen = source -> new PostmortemGenerator(new SourceRandom(source)).generate(flavour);
    return gen.describedAs(Postmortem::toString);
  }

  /**
   * Returns a theory runner with the build's number of tries ({@code postmortem.properties.tries},
   * 1 000 by default, 100 000 under {@code -Pexhaustive}) and, when given, the fixed seed of
   * {@code postmortem.properties.seed}.
   */
  public static QuickTheory theory() {
    QuickTheory theory = qt().withExamples(tries());
    String seed = System.getProperty("postmortem.properties.seed");
    return seed == null || seed.isBlank() ? theory : theory.withFixedSeed(Long.parseLong(seed.trim()));
  }

  /** Returns the number of tries per property this build runs. */
  public static int tries() {
    return Integer.getInteger("postmortem.properties.tries", 1000);
  }
}
