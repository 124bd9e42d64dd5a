package dev.postmortem.cli.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The URI by which a SARIF log names a file: relative to the working folder where it can be. */
final class ArtifactUri {
  private ArtifactUri() {}

  /**
   * Returns {@code file} as a relative URI reference such as {@code docs/pm/2024-03-14.md} when it
   * lies under {@code base}, or else as an absolute {@code file:} URI. Code-scanning tools resolve
   * relative references against the checkout, which is where CI runs the tool.
   *
   * @param file the file, relative to the working folder or absolute
   * @param base the working folder, absolute
   */
  static String of(Path file, Path base) {
    Path absolute = file.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    if (!absolute.startsWith(root) || absolute.equals(root)) {
      return absolute.toUri().toASCIIString();
    }
    StringBuilder path = new StringBuilder();
    for (Path segment : root.relativize(absolute)) {
      path.append(path.length() == 0 ? "" : "/").append(segment);
    }
    String text = path.toString();
    int slash = text.indexOf('/');
    // A colon in the first segment would read as a scheme ("c:notes.md"); "./" keeps it a path.
    if ((slash < 0 ? text : text.substring(0, slash)).contains(":")) {
      text = "./" + text;
    }
    try {
      // The multi-argument constructor percent-encodes what a URI may not hold, such as spaces.
      return new URI(null, null, text, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("file cannot be a URI reference: " + file, e);
    }
  }
}
