package dev.postmortem.testing.junit.internal;

import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.junit.PostmortemSource;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The arguments of {@link PostmortemSource}: one generated postmortem per case, the case named
 * {@code seed=S}; only the case of {@value PostmortemSource#SEED_PROPERTY} when that is set.
 * Made by JUnit through reflection, hence public; named only by the annotation:
 *
 * <pre>{@code
 * @ArgumentsSource(PostmortemSourceProvider.class)
 * public @interface PostmortemSource { … }
 * }</pre>
 */
public final class PostmortemSourceProvider
    extends AnnotationBasedArgumentsProvider<PostmortemSource> {

  @Override
  protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
      ExtensionContext context, PostmortemSource source) {
    if (source.count() < 1) {
      throw new IllegalArgumentException("@PostmortemSource count must be at least 1, was "
          + source.count());
    }
    LongStream seeds = context.getConfigurationParameter(PostmortemSource.SEED_PROPERTY)
        .map(text -> LongStream.of(parseSeed(text)))
        .orElseGet(() -> CaseSeeds.of(source.seed(), source.count()));
    // Lazily: a case's postmortem is made when JUnit comes to it.
    return seeds.mapToObj(seed -> Arguments.argumentSet("seed=" + seed,
        PostmortemGenerator.create(seed).generate(source.flavour())));
  }

  private static long parseSeed(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PostmortemSource.SEED_PROPERTY
          + " must be a seed such as -4962768465676381896, was \"" + text + "\"", e);
    }
  }
}
