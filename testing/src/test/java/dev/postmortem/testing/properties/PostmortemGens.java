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
    Gen<Postmortem> gen = source -> PostmortemGenerator.create(new SourceRandom(source)).generate(flavour);
    return gen.describedAs(Postmortem::toString);
  }

  /**
   * Returns CommonMark block source from {@link PostmortemGenerator#markdownBlockSource()},
   * shrinking towards fewer and plainer lines; shown with its line breaks and odd characters
   * escaped, so that a failing case can be pasted into a test.
   */
  public static Gen<String> markdownBlockSources() {
    Gen<String> gen = source -> PostmortemGenerator.create(new SourceRandom(source)).markdownBlockSource();
    return gen.describedAs(PostmortemGens::javaLiteral);
  }

  /**
   * Returns the number of texts the differential block-text property tries
   * ({@code postmortem.properties.blocktexts}, 20 000 by default, 1 000 000 under
   * {@code -Pexhaustive}).
   */
  public static int blockTexts() {
    return Integer.getInteger("postmortem.properties.blocktexts", 20_000);
  }

  /** Returns {@code text} as a Java string literal. */
  public static String javaLiteral(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.chars().forEach(c -> {
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '"' || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.append((char) c);
      }
    });
    return out.append('"').toString();
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
