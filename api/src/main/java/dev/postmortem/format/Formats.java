package dev.postmortem.format;

import dev.postmortem.internal.Nulls;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds {@link PostmortemFormat}s by name among those registered through
 * {@link ServiceLoader}: the bundled {@code markdown}, {@code json} and {@code html} when their
 * modules are present, and any third party's.
 *
 * <pre>{@code
 * PostmortemFormat json = Formats.named("json");
 * Postmortem copy = json.parser().orElseThrow().parse(json.renderer().render(postmortem));
 * }</pre>
 */
public final class Formats {
  private Formats() {}

  /**
   * {@return the registered format with this name, looked up with the class loader of this class
   * (on the module path, the modules that provide the service)}
   *
   * @throws NoSuchElementException if none has that name, listing the names there are
   * @throws IllegalStateException if two registered formats share the name
   *
   * @param name the format's name, such as {@code markdown}; not null
   */
  public static PostmortemFormat named(String name) {
    Nulls.check(name, "name");
    return named(name, ServiceLoader.load(PostmortemFormat.class, Formats.class.getClassLoader()));
  }

  /**
   * {@return the format with this name among those {@code loader} finds; for callers that load
   * services their own way (a plug-in class loader, a module layer)}
   *
   * @throws NoSuchElementException if none has that name, listing the names there are
   * @throws IllegalStateException if two formats share the name
   *
   * @param name the format's name, such as {@code markdown}; not null
   * @param loader the formats to choose from, such as a {@link java.util.ServiceLoader}; not null
   */
  public static PostmortemFormat named(String name, Iterable<PostmortemFormat> loader) {
    Nulls.check(name, "name");
    Map<String, PostmortemFormat> byName = index(Nulls.check(loader, "loader"));
    PostmortemFormat format = byName.get(name);
    if (format == null) {
      throw new NoSuchElementException(
          "No postmortem format named \"" + name + "\"; registered formats: " + byName.keySet());
    }
    return format;
  }

  /** {@return the names of the registered formats, sorted} */
  public static List<String> names() {
    return List.copyOf(
        index(ServiceLoader.load(PostmortemFormat.class, Formats.class.getClassLoader())).keySet());
  }

  private static Map<String, PostmortemFormat> index(Iterable<PostmortemFormat> formats) {
    Map<String, PostmortemFormat> byName = new TreeMap<>();
    for (PostmortemFormat format : formats) {
      PostmortemFormat previous = byName.putIfAbsent(format.name(), format);
      if (previous != null) {
        throw new IllegalStateException("Two postmortem formats are named \"" + format.name()
            + "\": " + previous.getClass().getName() + " and " + format.getClass().getName());
      }
    }
    return byName;
  }
}
