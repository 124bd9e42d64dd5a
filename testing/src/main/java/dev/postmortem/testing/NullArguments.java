package dev.postmortem.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks that public methods and constructors refuse {@code null} the one way Postmortem Kit's
 * do: a {@link NullPointerException} whose message is {@code "<parameter> must not be null"}.
 * For each public method and constructor of the given public types, and each of its reference
 * parameters in turn, it passes {@code null} there and sensible non-null values everywhere else.
 * Parameters where {@code null} is documented as allowed are listed with {@link
 * Builder#allow(String, String)} and their reason; they are not called.
 *
 * <pre>{@code
 * NullArguments.builder()
 *     .packages("dev.postmortem.json")
 *     .sample(Postmortem.class, Samples.openAi503s())
 *     .build()
 *     .assertRefused();
 * }</pre>
 *
 * <p>Arguments come from the samples given, then from defaults for common JDK types (text,
 * numbers, times, collections, streams, an empty temporary folder for a {@link Path}), the first
 * constant of an enum, a do-nothing proxy for an interface, and a public static no-argument
 * factory of the type itself ({@code create()}, {@code builder()}, …). The receiver of an instance
 * method is found the same way. Compile the checked code with {@code -parameters}, so that the
 * names are there to compare. Needs no test framework.
 */
public final class NullArguments {
  private static final List<String> FACTORY_NAMES =
      List.of("create", "builder", "empty", "of", "defaults");

  private final List<Class<?>> types;
  private final Map<Class<?>, Object> samples;
  private final Map<String, String> allowed;

  private NullArguments(Builder builder) {
    this.types = List.copyOf(builder.types);
    this.samples = new LinkedHashMap<>(builder.samples);
    this.allowed = new LinkedHashMap<>(builder.allowed);
  }

  /** {@return a builder with no types, samples or allowed nulls} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the key that names one parameter in {@link Builder#allow(String, String)}: the
   * simple type name with its enclosing types, the member and its parameter types' simple names,
   * and the parameter, such as {@code Postmortem.Builder.title(String) title}; a constructor is
   * named {@code <init>}}
   *
   * @param member the method or constructor; not null
   * @param parameter the parameter's index
   */
  public static String key(Executable member, int parameter) {
    Objects.requireNonNull(member, "member must not be null");
    String name = member instanceof Constructor<?> ? "<init>" : member.getName();
    String types = Arrays.stream(member.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(","));
    return typeName(member.getDeclaringClass()) + "." + name + "(" + types + ") "
        + member.getParameters()[parameter].getName();
  }

  /**
   * {@return one line for each parameter that did not refuse {@code null} as it should, naming
   * the member, the parameter and what happened instead; empty when all did}
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Map<String, String> unused = new LinkedHashMap<>(allowed);
    for (Class<?> type : types) {
      for (Executable member : members(type)) {
        Parameter[] parameters = member.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive()) {
            continue;
          }
          String key = key(member, i);
          if (unused.remove(key) != null) {
            continue;
          }
          if (!parameters[i].isNamePresent()) {
            problems.add(key + ": compiled without -parameters, so the name cannot be checked");
            continue;
          }
          check(member, i, key).ifPresent(problems::add);
        }
      }
    }
    unused.keySet().forEach(key -> problems.add(key + ": allowed, but no such parameter"));
    return problems;
  }

  /**
   * Throws if any parameter did not refuse {@code null} as it should.
   *
   * @throws AssertionError listing the {@link #problems()}
   */
  public void assertRefused() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new AssertionError(problems.size() + " parameters did not refuse null with"
          + " \"<name> must not be null\":\n  " + String.join("\n  ", problems));
    }
  }

  private Optional<String> check(Executable member, int index, String key) {
    Object receiver = null;
    Object[] args = new Object[member.getParameterCount()];
    try {
      if (member instanceof Method method && !Modifier.isStatic(method.getModifiers())) {
        receiver = value(member.getDeclaringClass());
      }
      Class<?>[] parameterTypes = member.getParameterTypes();
      for (int i = 0; i < args.length; i++) {
        args[i] = i == index ? null : value(parameterTypes[i]);
      }
    } catch (RuntimeException e) {
      return Optional.of(key + ": no sample argument: " + e.getMessage());
    }
    String expected = member.getParameters()[index].getName() + " must not be null";
    try {
      if (member instanceof Method method) {
        method.invoke(receiver, args);
      } else {
        ((Constructor<?>) member).newInstance(args);
      }
      return Optional.of(key + ": accepted null");
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      if (thrown instanceof NullPointerException && expected.equals(thrown.getMessage())) {
        return Optional.empty();
      }
      return Optional.of(key + ": threw " + thrown + ", expected NullPointerException \""
          + expected + "\"");
    } catch (ReflectiveOperationException e) {
      return Optional.of(key + ": cannot be called: " + e);
    }
  }

  private List<Executable> members(Class<?> type) {
    List<Executable> members = new ArrayList<>();
    // Without an implementation to call, an interface's abstract methods are left to the tests
    // of the modules that implement it, which give one with sample().
    boolean contractOnly = type.isInterface() && !samples.containsKey(type);
    for (Constructor<?> constructor : type.getConstructors()) {
      members.add(constructor);
    }
    for (Method method : type.getMethods()) {
      // Object's methods (equals takes null by contract) and an enum's valueOf, which the
      // compiler writes, are not this library's to change.
      boolean fromObject = isObjectMethod(method);
      boolean enumValueOf = type.isEnum() && method.getName().equals("valueOf");
      boolean unimplemented = contractOnly && Modifier.isAbstract(method.getModifiers());
      if (!fromObject && !enumValueOf && !unimplemented && !method.isSynthetic() && !method.isBridge()
          && isExported(method.getDeclaringClass(), type)) {
        members.add(method);
      }
    }
    members.sort(Comparator.comparing(NullArguments::describe));
    return members;
  }

  private static boolean isObjectMethod(Method method) {
    try {
      Object.class.getMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Methods declared in this type, or inherited from a type of the same module. */
  private static boolean isExported(Class<?> declaring, Class<?> type) {
    return declaring.getPackageName().startsWith("dev.postmortem")
        || declaring.equals(type);
  }

  private static String describe(Executable member) {
    return member.getName() + Arrays.toString(member.getParameterTypes());
  }

  private static String typeName(Class<?> type) {
    return type.getEnclosingClass() == null ? type.getSimpleName()
        : typeName(type.getEnclosingClass()) + "." + type.getSimpleName();
  }

  private Object value(Class<?> type) {
    if (samples.containsKey(type)) {
      return samples.get(type);
    }
    Object common = common(type);
    if (common != null) {
      return common;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type.isInterface()) {
      return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
          (proxy, method, args) -> method.isDefault()
              ? InvocationHandler.invokeDefault(proxy, method, args)
              : defaultResult(method.getReturnType()));
    }
    return factory(type);
  }

  private static Object defaultResult(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class || type == long.class || type == short.class || type == byte.class) {
      return 0;
    }
    return null;
  }

  private Object factory(Class<?> type) {
    List<Class<?>> owners = new ArrayList<>(List.of(type));
    if (type.getEnclosingClass() != null) {
      owners.add(type.getEnclosingClass());
    }
    for (Class<?> owner : owners) {
      for (String name : FACTORY_NAMES) {
        try {
          Method factory = owner.getMethod(name);
          if (Modifier.isStatic(factory.getModifiers()) && type.isAssignableFrom(factory.getReturnType())) {
            return factory.invoke(null);
          }
        } catch (NoSuchMethodException e) {
          // try the next name
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(owner.getSimpleName() + "." + name + "() failed: " + e, e);
        }
      }
    }
    throw new IllegalStateException("give a sample of " + type.getName());
  }

  private static Object common(Class<?> type) {
    if (type == int.class || type == short.class || type == byte.class) {
      return 1;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class || type == float.class) {
      return 1.0;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return 'x';
    }
    if (type == Class.class) {
      return String.class;
    }
    if (type == Throwable.class || type == Exception.class) {
      return new IllegalStateException("cause");
    }
    if (type == String.class || type == CharSequence.class || type == Object.class) {
      return "x";
    }
    if (type == Integer.class) {
      return 1;
    }
    if (type == Long.class) {
      return 1L;
    }
    if (type == Boolean.class) {
      return Boolean.FALSE;
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (type == Currency.class) {
      return Currency.getInstance("USD");
    }
    if (type == Instant.class) {
      return Instant.parse("2024-03-14T14:00:00Z");
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2024, 3, 14);
    }
    if (type == Duration.class) {
      return Duration.ofMinutes(1);
    }
    if (type == ZoneId.class || type == ZoneOffset.class) {
      return ZoneOffset.UTC;
    }
    if (type == Clock.class) {
      return Clock.fixed(Instant.parse("2024-03-25T00:00:00Z"), ZoneOffset.UTC);
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == List.class || type == Iterable.class || type == Collection.class) {
      return List.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == Map.Entry.class) {
      return Map.entry("k", "v");
    }
    if (type == Stream.class) {
      return Stream.empty();
    }
    if (type == Reader.class) {
      return new StringReader("");
    }
    if (type == InputStream.class) {
      return new ByteArrayInputStream(new byte[0]);
    }
    if (type == Path.class) {
      try {
        return Files.createTempDirectory("null-arguments");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }

  /** Which types to check, with which samples, allowing null where. */
  public static final class Builder {
    private final List<Class<?>> types = new ArrayList<>();
    private final Map<Class<?>, Object> samples = new LinkedHashMap<>();
    private final Map<String, String> allowed = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds every public type of these packages, nested public types included, as the class
     * loader of this class finds them in folders or jars.
     *
     * @param packages the packages' names, such as {@code dev.postmortem}; not null, nor any
     * @return this builder
     */
    public Builder packages(String... packages) {
      for (String name : Objects.requireNonNull(packages, "packages must not be null")) {
        types.addAll(publicTypes(Objects.requireNonNull(name, "packages must not contain null")));
      }
      return this;
    }

    /**
     * Adds these types, and their nested public types.
     *
     * @param types the types; not null, nor any of them
     * @return this builder
     */
    public Builder types(Class<?>... types) {
      for (Class<?> type : Objects.requireNonNull(types, "types must not be null")) {
        addWithNested(Objects.requireNonNull(type, "types must not contain null"), this.types);
      }
      return this;
    }

    /**
     * Sets the argument, or receiver, used for {@code type}.
     *
     * @param type the type; not null
     * @param value a value of it; not null
     * @param <T> the type
     * @return this builder
     */
    public <T> Builder sample(Class<T> type, T value) {
      samples.put(Objects.requireNonNull(type, "type must not be null"),
          Objects.requireNonNull(value, "value must not be null"));
      return this;
    }

    /**
     * Skips one parameter where {@code null} is allowed and documented.
     *
     * @param key the parameter, as {@link NullArguments#key(Executable, int)} names it, such as
     *     {@code PostmortemAssertions.assertSamePostmortem(Postmortem,Postmortem) expected};
     *     not null
     * @param reason why null is allowed there; not null or blank
     * @return this builder
     */
    public Builder allow(String key, String reason) {
      Objects.requireNonNull(key, "key must not be null");
      if (Objects.requireNonNull(reason, "reason must not be null").isBlank()) {
        throw new IllegalArgumentException("give the reason null is allowed for " + key);
      }
      allowed.put(key, reason);
      return this;
    }

    /** {@return the check} */
    public NullArguments build() {
      return new NullArguments(this);
    }

    private static List<Class<?>> publicTypes(String packageName) {
      List<Class<?>> found = new ArrayList<>();
      String folder = packageName.replace('.', '/');
      try {
        Enumeration<URL> roots = NullArguments.class.getClassLoader().getResources(folder);
        while (roots.hasMoreElements()) {
          for (String className : classNames(roots.nextElement().toURI(), packageName)) {
            Class<?> type = Class.forName(className);
            if (Modifier.isPublic(type.getModifiers())) {
              addWithNested(type, found);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (URISyntaxException | ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (found.isEmpty()) {
        throw new IllegalArgumentException("no public types in package " + packageName);
      }
      found.sort(Comparator.comparing(Class::getName));
      return found;
    }

    private static List<String> classNames(URI root, String packageName) throws IOException {
      if (root.getScheme().equals("jar")) {
        FileSystem jar;
        try {
          jar = FileSystems.getFileSystem(root);
        } catch (FileSystemNotFoundException e) {
          jar = FileSystems.newFileSystem(root, Map.of());
        }
        return classNames(jar.provider().getPath(root), packageName);
      }
      return classNames(Path.of(root), packageName);
    }

    private static List<String> classNames(Path folder, String packageName) throws IOException {
      try (Stream<Path> files = Files.list(folder)) {
        return files.map(file -> file.getFileName().toString())
            .filter(name -> name.endsWith(".class") && !name.contains("$")
                && !name.equals("package-info.class") && !name.equals("module-info.class"))
            .map(name -> packageName + "." + name.substring(0, name.length() - ".class".length()))
            .toList();
      }
    }

    private static void addWithNested(Class<?> type, List<Class<?>> into) {
      if (!into.contains(type)) {
        into.add(type);
      }
      for (Class<?> nested : type.getClasses()) {
        if (nested.getDeclaringClass() == type) {
          addWithNested(nested, into);
        }
      }
    }
  }
}
