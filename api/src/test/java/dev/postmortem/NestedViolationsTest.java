package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The promise of {@link Postmortem}'s Javadoc: building a postmortem lists every violation of the
 * whole tree in one exception, each with its path from the root, for values nested as lambdas at
 * any depth. The nested types and the ways to nest them are found by reflection over the model's
 * accessors and builders, so that a new type or field is covered without editing this test.
 */
class NestedViolationsTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  /** Breaks the rules of inline text, block text and links alike. */
  private static final String BAD_TEXT = "x\u0000";
  /** The unrelated violation each case adds at the root, which must not be lost. */
  private static final Violation BAD_OWNER =
      new Violation("owner", "must be one line, found a line break U+000A at column 2");

  @Test
  void aNegativeCostInsideTheImpactIsReportedWithItsFullPathBesideAnUnrelatedViolation() {
    List<Violation> found = violations(() -> Postmortem.builder().title("t").owner("a\nb")
        .impact(i -> i.usersAffected("many")
            .addCost(c -> c.kind(CostKind.REFUND).amount(new BigDecimal("3.00")).currency(EUR))
            .addCost(c -> c.kind(CostKind.REFUND).amount(new BigDecimal("-1.50")).currency(EUR)))
        .review(r -> r.meeting(m -> m.facilitator("@carol ")))
        .build());
    assertEquals(List.of(BAD_OWNER,
        new Violation("impact.costs[1].amount", "must not be negative, was -1.50"),
        new Violation("review.meeting.facilitator", "must not end with white space, found U+0020")),
        found);
  }

  @Test
  void twoListsOfTheSameTypeReportUnderTheirOwnNames() {
    List<Violation> found = violations(() -> Postmortem.builder().title("t")
        .lessons(l -> l.addTechnicalLesson(t -> t.title("Retries")).addProcessLesson(t -> { }))
        .review(r -> r.preparedBy(s -> s.name("@a")).approvedBy(s -> { }))
        .build());
    assertEquals(List.of(new Violation("lessons.processLessons[0].title", "is required"),
        new Violation("review.approvedBy.name", "is required")), found);
  }

  @Test
  void aValueNestedAsALambdaEqualsTheSameValueBuiltAlone() {
    Impact viaLambda = Impact.builder()
        .addCost(c -> c.kind(CostKind.REFUND).amount(BigDecimal.TEN).currency(EUR))
        .addMetric(m -> m.name("Calls").value("12")).build();
    Impact viaBuilt = Impact.builder()
        .addCost(CostItem.of(CostKind.REFUND, BigDecimal.TEN, EUR))
        .addMetric(ImpactMetric.of("Calls", "12")).build();
    assertEquals(viaBuilt, viaLambda);
  }

  @Test
  void aContainerBuiltAloneReportsPathsFromItself() {
    InvalidPostmortemException thrown = assertThrows(InvalidPostmortemException.class,
        () -> Impact.builder().addCost(c -> c.kind(CostKind.REFUND).currency(EUR)).build());
    assertEquals("Impact", thrown.typeName());
    assertEquals(List.of(new Violation("costs[0].amount", "is required")), thrown.violations());
  }

  /**
   * For each nested type, reached from the root through lambdas, and each of its text fields: set
   * alone, the field breaks a rule, and built alone the type reports it at the field's name. Nested
   * in a postmortem that has an unrelated violation, the postmortem reports exactly the same
   * violations below the nested value's path, and the unrelated one.
   */
  @TestFactory
  Stream<DynamicTest> everyNestedTypeReportsItsViolationsWithTheirPathFromTheRoot() {
    List<DynamicTest> tests = new ArrayList<>();
    for (List<Step> chain : chains(List.of(), Postmortem.class)) {
      Class<?> type = chain.get(chain.size() - 1).nested();
      List<Method> setters = textSetters(type);
      // A type with no text field of its own is a container: its chains go on to what it holds.
      tests.add(dynamicTest(path(chain) + " has a text field or nested values",
          () -> assertFalse(setters.isEmpty() && steps(type).isEmpty(),
              type.getSimpleName() + " has neither a text setter nor nested values")));
      for (Method setter : setters) {
        tests.add(dynamicTest(path(chain) + "." + setter.getName(),
            () -> assertReportedWithFullPaths(chain, setter)));
      }
    }
    return tests.stream();
  }

  @Test
  void theLambdasReachEveryNestedType() {
    Set<Class<?>> byAccessors = new LinkedHashSet<>();
    collectNestedTypes(Postmortem.class, byAccessors);
    Set<Class<?>> byLambdas = new LinkedHashSet<>();
    for (List<Step> chain : chains(List.of(), Postmortem.class)) {
      byLambdas.add(chain.get(chain.size() - 1).nested());
    }
    assertEquals(modelTypesBesidesThePostmortem(), byAccessors);
    assertEquals(byAccessors, byLambdas);
  }

  /**
   * Every field that holds a model value, alone, optional or in a list, can be set through a
   * lambda over the value's builder ({@code addCost(c -> …)}, {@code meeting(m -> …)}), the
   * only way to have it checked with the postmortem.
   */
  @Test
  void everyNestedFieldHasALambdaAdderOrSetter() {
    Set<Class<?>> types = new LinkedHashSet<>();
    types.add(Postmortem.class);
    collectNestedTypes(Postmortem.class, types);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : types) {
      List<String> reached = steps(type).stream().map(Step::field).toList();
      for (Method accessor : nestedAccessors(type)) {
        if (!reached.contains(accessor.getName())) {
          missing.add(type.getSimpleName() + "." + accessor.getName());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  private static void assertReportedWithFullPaths(List<Step> chain, Method setter) {
    Class<?> type = chain.get(chain.size() - 1).nested();
    Object alone = newBuilder(type);
    invoke(setter, alone, BAD_TEXT);
    InvalidPostmortemException standalone = assertThrows(InvalidPostmortemException.class,
        () -> invoke(builderMethod(type, "build"), alone));
    assertEquals(type.getSimpleName(), standalone.typeName());
    assertTrue(standalone.violations().stream().anyMatch(v -> v.path().equals(setter.getName())),
        "built alone, " + type.getSimpleName() + " reports " + setter.getName() + ": "
            + standalone.violations());

    List<Violation> expected = new ArrayList<>();
    expected.add(BAD_OWNER);
    for (int depth = 1; depth < chain.size(); depth++) {
      // A container on the way may have rules of its own that an empty one breaks.
      List<Step> above = chain.subList(0, depth);
      Class<?> container = above.get(depth - 1).nested();
      expected.addAll(below(path(above), emptyViolations(container)));
    }
    expected.addAll(below(path(chain), standalone.violations()));

    Consumer<Object> spec = builder -> invoke(setter, builder, BAD_TEXT);
    for (int i = chain.size() - 1; i >= 0; i--) {
      Method nest = chain.get(i).method();
      Consumer<Object> inner = spec;
      spec = builder -> invoke(nest, builder, inner);
    }
    Postmortem.Builder root = Postmortem.builder().title("t").owner("a\nb");
    spec.accept(root);
    InvalidPostmortemException nested = assertThrows(InvalidPostmortemException.class, root::build);
    assertEquals("Postmortem", nested.typeName());
    assertEquals(sorted(expected), sorted(nested.violations()));
  }

  private static List<Violation> emptyViolations(Class<?> type) {
    try {
      invoke(builderMethod(type, "build"), newBuilder(type));
      return List.of();
    } catch (InvalidPostmortemException e) {
      return e.violations();
    }
  }

  private static List<Violation> below(String prefix, List<Violation> violations) {
    return violations.stream()
        .map(v -> new Violation(prefix + (v.path().startsWith("[") ? "" : ".") + v.path(),
            v.message()))
        .toList();
  }

  private static List<Violation> sorted(List<Violation> violations) {
    return violations.stream().sorted(Comparator.comparing(Violation::toString)).toList();
  }

  private static List<Violation> violations(Executable build) {
    return assertThrows(InvalidPostmortemException.class, build).violations();
  }

  /** One way to nest a value: a builder method taking a lambda over the nested type's builder. */
  private record Step(Method method, Class<?> nested, String field, boolean listed) {}

  /** Every chain of lambda steps from {@code type}'s builder, each ending at a nested type. */
  private static List<List<Step>> chains(List<Step> above, Class<?> type) {
    List<List<Step>> chains = new ArrayList<>();
    for (Step step : steps(type)) {
      List<Step> chain = new ArrayList<>(above);
      chain.add(step);
      chains.add(chain);
      chains.addAll(chains(chain, step.nested()));
    }
    return chains;
  }

  private static String path(List<Step> chain) {
    StringBuilder path = new StringBuilder();
    for (Step step : chain) {
      path.append(path.length() == 0 ? "" : ".").append(step.field());
      path.append(step.listed() ? "[0]" : "");
    }
    return path.toString();
  }

  /** The builder methods of {@code type} that take a lambda over another type's builder. */
  private static List<Step> steps(Class<?> type) {
    List<Step> steps = new ArrayList<>();
    for (Method method : builderClass(type).getMethods()) {
      if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != Consumer.class) {
        continue;
      }
      Type argument = ((ParameterizedType) method.getGenericParameterTypes()[0])
          .getActualTypeArguments()[0];
      Class<?> nested = ((Class<?>) argument).getEnclosingClass();
      Method accessor = accessorFor(type, method, nested);
      boolean listed = accessor.getReturnType() == List.class;
      steps.add(new Step(method, nested, accessor.getName(), listed));
    }
    steps.sort(Comparator.comparing(step -> step.method().getName()));
    return steps;
  }

  /**
   * The field a lambda step sets: the only one of the nested type, or else the one its name
   * says ({@code approvedBy(s -> …)}, {@code addProcessLesson(t -> …)} for processLessons).
   */
  private static Method accessorFor(Class<?> type, Method step, Class<?> nested) {
    List<Method> candidates = nestedAccessors(type).stream()
        .filter(accessor -> nestedType(accessor).orElseThrow() == nested).toList();
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String name = step.getName().startsWith("add")
        ? step.getName().substring(3, 4).toLowerCase(Locale.ROOT) + step.getName().substring(4)
        : step.getName();
    return candidates.stream()
        .filter(accessor -> accessor.getName().equals(name)
            || accessor.getReturnType() == List.class && accessor.getName().startsWith(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type.getSimpleName() + ".Builder." + step.getName()
            + " sets none of " + candidates));
  }

  /** Every public class of the model's package with a builder, read from its class files. */
  private static Set<Class<?>> modelTypesBesidesThePostmortem() {
    Set<Class<?>> types = new TreeSet<>(Comparator.comparing(Class::getName));
    Path postmortem;
    try {
      postmortem = Path.of(Postmortem.class.getResource("Postmortem.class").toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    try (Stream<Path> files = Files.list(postmortem.getParent())) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("Immutable")) {
          Class<?> type = Class.forName("dev.postmortem." + name.substring(0, name.length() - 6));
          boolean model = Modifier.isPublic(type.getModifiers()) && hasBuilder(type);
          if (model && type != Postmortem.class) {
            types.add(type);
          }
        }
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    return types;
  }

  /** Adds every model type held, directly or in an optional or a list, below {@code type}. */
  private static void collectNestedTypes(Class<?> type, Set<Class<?>> found) {
    for (Method accessor : nestedAccessors(type)) {
      Class<?> nested = nestedType(accessor).orElseThrow();
      if (found.add(nested)) {
        collectNestedTypes(nested, found);
      }
    }
  }

  /** The accessors of {@code type} whose values are model types with builders of their own. */
  private static List<Method> nestedAccessors(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0 && nestedType(m).isPresent())
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  private static Optional<Class<?>> nestedType(Method accessor) {
    Type type = accessor.getGenericReturnType();
    if (type instanceof ParameterizedType parameterized
        && List.of(List.class, Optional.class).contains(parameterized.getRawType())
        && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
      type = element;
    }
    boolean model = type instanceof Class<?> value && hasBuilder(value);
    return model ? Optional.of((Class<?>) type) : Optional.empty();
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      return Modifier.isStatic(type.getMethod("builder").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The builder setters of {@code type}'s text fields: {@code x(String)} for a text accessor. */
  private static List<Method> textSetters(Class<?> type) {
    List<Method> setters = new ArrayList<>();
    for (Method method : builderClass(type).getMethods()) {
      if (method.getParameterCount() == 1 && method.getParameterTypes()[0] == String.class
          && isTextAccessor(type, method.getName())) {
        setters.add(method);
      }
    }
    setters.sort(Comparator.comparing(Method::getName));
    return setters;
  }

  private static boolean isTextAccessor(Class<?> type, String name) {
    try {
      Type returned = type.getMethod(name).getGenericReturnType();
      return returned == String.class || returned instanceof ParameterizedType optional
          && optional.getRawType() == Optional.class
          && optional.getActualTypeArguments()[0] == String.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Class<?> builderClass(Class<?> type) {
    try {
      return type.getMethod("builder").getReturnType();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type + " has no builder()", e);
    }
  }

  private static Object newBuilder(Class<?> type) {
    try {
      return type.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Method builderMethod(Class<?> type, String name) {
    try {
      return builderClass(type).getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** Invokes {@code method}, rethrowing what it throws as itself. */
  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
