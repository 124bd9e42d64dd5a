package dev.postmortem.testing.junit;

import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import dev.postmortem.testing.junit.internal.PostmortemSourceProvider;
import dev.postmortem.testing.junit.internal.SeedReporter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Generated postmortems as the arguments of a JUnit {@code @ParameterizedTest}: {@link #count()}
 * cases, each one {@code Postmortem} made by {@link PostmortemGenerator} in the given
 * {@link #flavour()}, each case with a seed of its own drawn from {@link #seed()}, and named by
 * it ({@code [17] seed=-4962768465676381896}).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @PostmortemSource(count = 200, flavour = Flavour.ADVERSARIAL, seed = 42)
 * void jsonRoundTrips(Postmortem postmortem) {
 *   assertSamePostmortem(postmortem, json.parse(json.render(postmortem)));
 * }
 * }</pre>
 *
 * <p><b>Re-running one case.</b> The case named {@code seed=S} is
 * {@code PostmortemGenerator.create(S).generate(flavour)}, whatever its index. When one fails, its
 * seed is in its name and, added to the failure as a suppressed note, in the stack trace. Set the
 * configuration parameter {@value #SEED_PROPERTY} to that seed and every
 * {@code @PostmortemSource} gives that one case alone, for instance with Maven:
 *
 * <pre>{@code
 * ./mvnw test -Dtest='JsonTest#jsonRoundTrips' -Dpostmortem.fixtures.seed=-4962768465676381896
 * }</pre>
 *
 * <p>(A JUnit configuration parameter is read from the launcher, then from the JVM's system
 * properties, then from {@code junit-platform.properties}; Maven Surefire passes {@code -D}
 * properties of the command line on to the tests.) The default seed is fixed, so that a build
 * tests the same cases every time; change it, or the count, to try others.
 *
 * <p>Needs {@code junit-jupiter-params} on the test class path, which this module declares as
 * an optional dependency: a test that uses it has it already.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The extensions live in a package that is not exported but opened to JUnit, which is all that
// JUnit needs to make them; users name only the annotation.
@SuppressWarnings("exports")
@ArgumentsSource(PostmortemSourceProvider.class)
@ExtendWith(SeedReporter.class)
public @interface PostmortemSource {
  /** The configuration parameter that runs only the case of this seed: {@value}. */
  String SEED_PROPERTY = "postmortem.fixtures.seed";

  /** {@return how many postmortems, each one case; 100 by default} */
  int count() default 100;

  /** {@return what kind of postmortems; realistic by default} */
  Flavour flavour() default Flavour.REALISTIC;

  /** {@return the seed the cases' own seeds are drawn from} */
  long seed() default 20_261_202L;
}
