package dev.postmortem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.json.JsonFormat;
import dev.postmortem.markdown.Layout;
import dev.postmortem.markdown.MarkdownFormat;
import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every field of the model is set in some generated postmortem, and every format carries it: so
 * that adding a field and forgetting the generator or a format fails here, not for a user. A field
 * is an accessor of a model type whose builder has a setter of the same name, found by reflection
 * from {@link Postmortem} down.
 */
class FieldCoverageTest {
  private static final int SAMPLES = 400;
  private static final List<PostmortemFormat> FORMATS = List.of(JsonFormat.create(),
      MarkdownFormat.builder().layout(Layout.COMPACT).build(),
      MarkdownFormat.builder().layout(Layout.DETAILED).build());

  @Test
  void everyFieldIsGeneratedAndSurvivesEveryFormat() {
    Set<String> fields = new TreeSet<>();
    collectFields(Postmortem.class, "Postmortem", fields);
    Set<String> set = new TreeSet<>();
    PostmortemGenerator generator = PostmortemGenerator.create(20261202L);
    for (int i = 0; i < SAMPLES; i++) {
      Postmortem p = generator.generate(i % 2 == 0 ? Flavour.REALISTIC : Flavour.ADVERSARIAL);
      collectSet(p, "Postmortem", set);
      for (PostmortemFormat format : FORMATS) {
        Postmortem back = format.parser().orElseThrow().parse(format.renderer().render(p));
        assertEquals(p, back, () -> format.name() + " lost a field of sample " + p);
      }
    }
    System.out.println("model fields: " + fields.size() + ", set in some sample: " + set.size());
    // The model has 134 fields today: finding far fewer means the reflection, not the model, broke.
    assertTrue(fields.size() >= 130, () -> "found only " + fields.size() + " fields: " + fields);
    Set<String> never = new TreeSet<>(fields);
    never.removeAll(set);
    assertEquals(Set.of(), never, "fields no generated postmortem sets (of " + fields.size() + ")");
  }

  /** The fields of {@code type}, as {@code Type.field}, and those of the model types it holds. */
  private static void collectFields(Class<?> type, String name, Set<String> fields) {
    for (Method accessor : fieldAccessors(type)) {
      String path = name + "." + accessor.getName();
      if (fields.add(path)) {
        modelType(accessor).ifPresent(t -> collectFields(t, t.getSimpleName(), fields));
      }
    }
  }

  /** The fields of {@code value} that hold something, and those of the model values it holds. */
  private static void collectSet(Object value, String name, Set<String> set) {
    for (Method accessor : fieldAccessors(value.getClass().getSuperclass().equals(Object.class)
        ? value.getClass() : publicType(value.getClass()))) {
      Object field = invoke(accessor, value);
      if (field instanceof Optional<?> o) {
        field = o.orElse(null);
      }
      boolean holds = field != null && !(field instanceof Collection<?> c && c.isEmpty())
          && !(field instanceof Map<?, ?> m && m.isEmpty()) && !isEmptyValue(field);
      if (holds) {
        set.add(name + "." + accessor.getName());
        for (Object element : field instanceof Collection<?> c ? c : List.of(field)) {
          if (isModel(element.getClass())) {
            collectSet(element, publicType(element.getClass()).getSimpleName(), set);
          }
        }
      }
    }
  }

  /** An accessor is a field when the type's builder has a one-argument setter of its name. */
  private static List<Method> fieldAccessors(Class<?> type) {
    Set<String> setters = new TreeSet<>();
    try {
      for (Method m : type.getMethod("builder").getReturnType().getMethods()) {
        if (m.getParameterCount() == 1) {
          setters.add(m.getName());
        }
      }
    } catch (NoSuchMethodException e) {
      return List.of(); // a value without a builder, such as Severity: a leaf
    }
    return java.util.Arrays.stream(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
            && m.getDeclaringClass() != Object.class && setters.contains(m.getName()))
        .sorted(java.util.Comparator.comparing(Method::getName)).toList();
  }

  private static Optional<Class<?>> modelType(Method accessor) {
    java.lang.reflect.Type t = accessor.getGenericReturnType();
    if (t instanceof java.lang.reflect.ParameterizedType p) {
      java.lang.reflect.Type[] args = p.getActualTypeArguments();
      t = args[args.length - 1];
    }
    return t instanceof Class<?> c && isModel(c) ? Optional.of(c) : Optional.empty();
  }

  private static boolean isModel(Class<?> type) {
    Class<?> t = publicType(type);
    try {
      t.getMethod("builder");
      return t.getPackageName().equals("dev.postmortem");
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The public model type of a generated value class. */
  private static Class<?> publicType(Class<?> type) {
    Class<?> t = type;
    while (!Modifier.isPublic(t.getModifiers()) && t.getSuperclass() != null) {
      t = t.getSuperclass();
    }
    return t;
  }

  /** A nested part with nothing set, such as an empty {@code Summary}, holds nothing. */
  private static boolean isEmptyValue(Object value) {
    try {
      Method isEmpty = publicType(value.getClass()).getMethod("isEmpty");
      return isEmpty.getReturnType() == boolean.class && (boolean) isEmpty.invoke(value);
    } catch (NoSuchMethodException e) {
      return false;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      return publicType(target.getClass()).getMethod(accessor.getName()).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(accessor + " on " + target.getClass(), e);
    }
  }
}
