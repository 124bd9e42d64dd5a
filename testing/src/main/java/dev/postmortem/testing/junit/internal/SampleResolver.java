package dev.postmortem.testing.junit.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.Samples;
import dev.postmortem.testing.junit.Sample;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves a parameter annotated {@link Sample} to the named sample of {@link Samples}. Made by
 * JUnit through reflection, hence public; named only by the annotation:
 *
 * <pre>{@code
 * @ExtendWith(SampleResolver.class)
 * public @interface Sample { … }
 * }</pre>
 */
public final class SampleResolver implements ParameterResolver {

  /** Every {@code @Sample} parameter, so that a wrong type fails with a message, not "no resolver". */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(Sample.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (!type.isAssignableFrom(Postmortem.class)) {
      throw new ParameterResolutionException("@Sample gives a Postmortem, but parameter "
          + parameter.getParameter().getName() + " is a " + type.getName());
    }
    String name = parameter.findAnnotation(Sample.class).orElseThrow().value();
    try {
      return Samples.named(name);
    } catch (NoSuchElementException e) {
      throw new ParameterResolutionException("@Sample(\"" + name + "\"): " + e.getMessage(), e);
    }
  }
}
