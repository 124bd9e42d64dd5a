package dev.postmortem.testing.junit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.junit.Sample;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** What the extensions do where JUnit's own run cannot show it: failures and wrong use. */
class FixtureExtensionsTest {

  @Test
  void aFailedCaseGetsANoteWithItsSeed() {
    AssertionError failure = new AssertionError("differs");
    AssertionError thrown = assertThrows(AssertionError.class, () -> new SeedReporter()
        .handleTestExecutionException(context("[3] seed=-17"), failure));
    assertSame(failure, thrown);
    assertEquals("@PostmortemSource case seed=-17: run it alone with "
        + "-Dpostmortem.fixtures.seed=-17", thrown.getSuppressed()[0].getMessage());
  }

  @Test
  void aFailureOfAnotherCaseIsLeftAsItIs() {
    AssertionError failure = new AssertionError("differs");
    assertThrows(AssertionError.class,
        () -> new SeedReporter().handleTestExecutionException(context("[3] 42"), failure));
    assertEquals(0, failure.getSuppressed().length);
  }

  @Test
  void theCasesSeedsArePrefixesOfEachOther() {
    // Raising the count keeps the cases there were, so a seed found once stays findable.
    assertArrayEquals(CaseSeeds.of(42, 3).toArray(),
        CaseSeeds.of(42, 200).limit(3).toArray());
  }

  @Test
  void anUnknownSampleNameFailsWithTheNamesThereAre() throws NoSuchMethodException {
    ParameterResolutionException e = assertThrows(ParameterResolutionException.class,
        () -> new SampleResolver().resolveParameter(parameter("unknown"), null));
    assertEquals("@Sample(\"openAI503s\"): no sample \"openAI503s\"; the samples are "
        + "[elevenLabsQuota, openAi503s]", e.getMessage());
  }

  @Test
  void aSampleForAParameterOfAnotherTypeFailsWithTheType() throws NoSuchMethodException {
    ParameterResolutionException e = assertThrows(ParameterResolutionException.class,
        () -> new SampleResolver().resolveParameter(parameter("wrongType"), null));
    // The parameter's name is arg0 unless the class was compiled with -parameters.
    assertTrue(e.getMessage().startsWith("@Sample gives a Postmortem, but parameter "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(" is a java.lang.String"), e.getMessage());
  }

  // Methods whose parameters the resolver is given; the names say which case each is.
  static void unknown(@Sample("openAI503s") Postmortem incident) {}

  static void wrongType(@Sample("openAi503s") String incident) {}

  private static ParameterContext parameter(String method) throws NoSuchMethodException {
    Class<?> type = method.equals("unknown") ? Postmortem.class : String.class;
    Parameter parameter = FixtureExtensionsTest.class.getDeclaredMethod(method, type)
        .getParameters()[0];
    return (ParameterContext) Proxy.newProxyInstance(FixtureExtensionsTest.class.getClassLoader(),
        new Class<?>[] {ParameterContext.class}, (proxy, m, args) -> switch (m.getName()) {
          case "getParameter" -> parameter;
          case "findAnnotation" -> Optional.ofNullable(parameter.getAnnotation(Sample.class));
          case "isAnnotated" -> parameter.isAnnotationPresent(Sample.class);
          default -> throw new UnsupportedOperationException(m.getName());
        });
  }

  private static ExtensionContext context(String displayName) {
    return (ExtensionContext) Proxy.newProxyInstance(FixtureExtensionsTest.class.getClassLoader(),
        new Class<?>[] {ExtensionContext.class}, (proxy, m, args) -> {
          if (m.getName().equals("getDisplayName")) {
            return displayName;
          }
          throw new UnsupportedOperationException(m.getName());
        });
  }
}
