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
 * modules are present, and any third party's. Names are matched ignoring case, so {@code "JSON"}
 * finds {@code json}; two formats whose names differ only in case cannot both be registered.
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
   * @param name the format's name, such as {@code markdown}, in any case; not null
   * @throws NoSuchElementException if none has that name, listing the names there are
   * @throws IllegalStateException if two registered formats share the name
   */
  public static PostmortemFormat named(String name) {
    Nulls.check(name, "name");
    return named(name, ServiceLoader.load(PostmortemFormat.class, Formats.class.getClassLoader()));
  }

  /**
   * {@return the format with this name among those {@code loader} finds; for callers that load
   * services their own way (a plug-in class loader, a module layer)}
   *
   * @param name the format's name, such as {@code markdown}, in any case; not null
   * @param loader the formats to choose from, such as a {@link java.util.ServiceLoader}; not null
   * @throws NoSuchElementException if none has that name, listing the names there are
   * @throws IllegalStateException if two formats share the name, ignoring case
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
    // A user typing a format's name (a command-line option, a file's extension) should not
    // have to know its case.
    Map<String, PostmortemFormat> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
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
