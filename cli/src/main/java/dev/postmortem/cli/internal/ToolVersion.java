package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the command line, as the build wrote it into {@code version.properties}. */
final class ToolVersion {
  private ToolVersion() {}

  /**
   * Returns the version, such as {@code 0.1.0}.
   *
   * @throws IllegalStateException if the build did not package {@code version.properties}
   */
  static String get() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from dev.postmortem.cli.internal");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      // An unfiltered file (a build that skipped resource filtering) must not reach a SARIF log.
      if (version.isBlank() || version.startsWith("${")) {
        throw new IllegalStateException("version.properties holds no version but \"" + version + "\"");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties", e);
    }
  }
}
