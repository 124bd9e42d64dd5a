package dev.postmortem.internal;

import dev.postmortem.ActionItem;
import dev.postmortem.CustomSection;
import dev.postmortem.PostmortemDiff.Change;
import dev.postmortem.Responder;
import dev.postmortem.TimelineEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The structural diff behind {@link dev.postmortem.PostmortemDiff}. A model value is any instance
 * of a generated subclass of an abstract class of {@code dev.postmortem}; its attributes are the
 * public no-argument accessors of that abstract class which the generated class implements (the
 * derived ones, such as {@code duration()}, it does not), compared in the order of their names.
 * Not API.
 */
public final class StructuralDiff {
  private static final String MODEL_PACKAGE = "dev.postmortem";
  private static final int SHOWN = 120;
  private static final Map<Class<?>, List<Method>> ATTRIBUTES = new ConcurrentHashMap<>();

  private StructuralDiff() {}

  /** Returns the changes from {@code before} to {@code after}, two model values of one type. */
  public static List<Change> between(Object before, Object after) {
    List<Change> out = new ArrayList<>();
    compare("", before, after, out);
    return out;
  }

  private static void compare(String path, Object a, Object b, List<Change> out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
      if (oa.isPresent() && ob.isPresent()) {
        compare(path, oa.get(), ob.get(), out);
      } else {
        out.add(new Change(path, Optional.ofNullable(oa.orElse(null)), Optional.ofNullable(ob.orElse(null))));
      }
    } else if (a instanceof List<?> la && b instanceof List<?> lb) {
      compareLists(path, la, lb, out);
    } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      compareMaps(path, ma, mb, out);
    } else if (isModelValue(a) && a.getClass() == b.getClass()) {
      for (Method accessor : attributes(a)) {
        String name = accessor.getName();
        compare(path.isEmpty() ? name : path + "." + name, read(accessor, a), read(accessor, b), out);
      }
    } else {
      out.add(new Change(path, Optional.of(a), Optional.of(b)));
    }
  }

  private static void compareMaps(String path, Map<?, ?> a, Map<?, ?> b, List<Change> out) {
    Set<Object> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (Object key : keys) {
      String at = path + "[" + literal(String.valueOf(key)) + "]";
      if (!b.containsKey(key)) {
        out.add(new Change(at, Optional.of(a.get(key)), Optional.empty()));
      } else if (!a.containsKey(key)) {
        out.add(new Change(at, Optional.empty(), Optional.of(b.get(key))));
      } else {
        compare(at, a.get(key), b.get(key), out);
      }
    }
  }

  private static void compareLists(String path, List<?> a, List<?> b, List<Change> out) {
    if (!a.isEmpty() && identity(a.get(0)) != null || !b.isEmpty() && identity(b.get(0)) != null) {
      compareByIdentity(path, a, b, out);
      return;
    }
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String at = path + "[" + i + "]";
      if (i >= b.size()) {
        out.add(new Change(at, Optional.of(a.get(i)), Optional.empty()));
      } else if (i >= a.size()) {
        out.add(new Change(at, Optional.empty(), Optional.of(b.get(i))));
      } else {
        compare(at, a.get(i), b.get(i), out);
      }
    }
  }

  private static void compareByIdentity(String path, List<?> a, List<?> b, List<Change> out) {
    Map<String, Object> before = byKey(path, a);
    Map<String, Object> after = byKey(path, b);
    List<String> commonBefore = before.keySet().stream().filter(after::containsKey).toList();
    List<String> commonAfter = after.keySet().stream().filter(before::containsKey).toList();
    if (!commonBefore.equals(commonAfter)) {
      out.add(new Change(path, Optional.of(a), Optional.of(b)));
      return;
    }
    // Removals where they stood, then changes and additions in the new order.
    before.forEach((at, element) -> {
      if (!after.containsKey(at)) {
        out.add(new Change(at, Optional.of(element), Optional.empty()));
      }
    });
    after.forEach((at, element) -> {
      if (before.containsKey(at)) {
        compare(at, before.get(at), element, out);
      } else {
        out.add(new Change(at, Optional.empty(), Optional.of(element)));
      }
    });
  }

  /** Returns the elements by their paths, {@code list["key"]}, {@code list["key"#2]}, in order. */
  private static Map<String, Object> byKey(String path, List<?> list) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Object element : list) {
      String key = identity(element);
      int n = seen.merge(key, 1, Integer::sum);
      String quoted = literal(key);
      out.put(path + "[" + (n == 1 ? quoted : quoted + "#" + n) + "]", element);
    }
    return out;
  }

  /**
   * Returns what identifies {@code element} within its list, or {@code null} for a type compared
   * by position: an action item's description, a timeline event's time and description, a custom
   * section's heading, a responder's name.
   */
  public static String identity(Object element) {
    if (element instanceof ActionItem item) {
      return item.description();
    } else if (element instanceof TimelineEvent event) {
      return event.at().map(at -> at + " ").orElse("") + event.description();
    } else if (element instanceof CustomSection section) {
      return section.heading();
    } else if (element instanceof Responder responder) {
      return responder.name();
    }
    return null;
  }

  private static boolean isModelValue(Object value) {
    if (value == null || value instanceof Enum<?>) {
      return false;
    }
    Class<?> type = value.getClass().getSuperclass();
    return type != null && type.getPackageName().equals(MODEL_PACKAGE)
        && Modifier.isAbstract(type.getModifiers()) && Modifier.isPublic(type.getModifiers());
  }

  private static List<Method> attributes(Object value) {
    return ATTRIBUTES.computeIfAbsent(value.getClass(), generated -> {
      Class<?> type = generated.getSuperclass();
      return Arrays.stream(type.getDeclaredMethods())
          .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
          .filter(m -> m.getParameterCount() == 0 && m.getReturnType() != void.class)
          .filter(m -> implementedBy(generated, m.getName()))
          .sorted(Comparator.comparing(Method::getName))
          .toList();
    });
  }

  private static boolean implementedBy(Class<?> generated, String name) {
    try {
      generated.getDeclaredMethod(name);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object read(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  /** Returns {@code text} as a double-quoted literal with Java escapes. */
  public static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      switch (c) {
        case '"', '\\' -> out.append('\\').append((char) c);
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c < 0x10000 && Character.isSurrogate((char) c)) {
            out.append(String.format("\\u%04X", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }

  private static String shortened(String s) {
    if (s.length() <= SHOWN) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
    return s.substring(0, end) + "…";
  }

  /** Returns one change on one line: {@code path: before → after}, {@code added}, {@code removed}. */
  public static String describe(String path, Optional<Object> before, Optional<Object> after) {
    String where = path.isEmpty() ? "(postmortem)" : path;
    if (before.isEmpty()) {
      return where + ": added" + (isModelValue(after.get()) ? "" : " " + shown(after.get()));
    } else if (after.isEmpty()) {
      return where + ": removed" + (isModelValue(before.get()) ? "" : " " + shown(before.get()));
    }
    return where + ": " + shown(before.get()) + " → " + shown(after.get());
  }

  /** Returns the changes as a Markdown list, one item per change. */
  public static String toMarkdown(List<Change> changes) {
    if (changes.isEmpty()) {
      return "No changes.\n";
    }
    StringBuilder out = new StringBuilder();
    for (Change c : changes) {
      out.append("- ").append(code(c.path().isEmpty() ? "(postmortem)" : c.path())).append(": ");
      if (c.isAddition()) {
        out.append("added").append(valueSuffix(c.after().get()));
      } else if (c.isRemoval()) {
        out.append("removed").append(valueSuffix(c.before().get()));
      } else {
        out.append(code(shown(c.before().get()))).append(" → ").append(code(shown(c.after().get())));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String valueSuffix(Object value) {
    return isModelValue(value) ? "" : " " + code(shown(value));
  }

  /** Returns a value on one line: a text as a literal, shortened; lists and values by size. */
  private static String shown(Object value) {
    if (value instanceof CharSequence text) {
      String s = text.toString();
      return literal(shortened(s));
    } else if (value instanceof List<?> list) {
      return list.size() == 1 ? "1 element" : list.size() + " elements";
    } else if (value instanceof Map<?, ?> map) {
      return map.size() == 1 ? "1 entry" : map.size() + " entries";
    } else if (isModelValue(value)) {
      return value.getClass().getSuperclass().getSimpleName();
    }
    return shortened(String.valueOf(value));
  }

  /** Returns {@code text} as a Markdown code span, fenced by more backticks than it holds. */
  private static String code(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text + pad + fence;
  }
}
