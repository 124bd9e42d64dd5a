package dev.postmortem.testing.junit;

import dev.postmortem.testing.Samples;
import dev.postmortem.testing.junit.internal.SampleResolver;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit test method (or constructor, or lifecycle method) parameter of type
 * {@code Postmortem} the named sample of {@link Samples}, by the name of its method; no
 * {@code @ExtendWith} is needed on the class.
 *
 * <pre>{@code
 * @Test
 * void remindsTheOwners(@Sample("openAi503s") Postmortem incident) {
 *   assertEquals(2, incident.overdueActionItems(april).size());
 * }
 * }</pre>
 *
 * <p>An unknown name fails the test with the names there are ({@link Samples#names()}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The extensions live in a package that is not exported but opened to JUnit, which is all that
// JUnit needs to make them; users name only the annotation.
@SuppressWarnings("exports")
@ExtendWith(SampleResolver.class)
public @interface Sample {
  /** {@return the sample's name, the name of its method in {@link Samples}, such as {@code openAi503s}} */
  String value();
}
