package dev.postmortem.cli.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the Markdown files the commands work on. */
final class MarkdownFiles {
  private MarkdownFiles() {}

  /**
   * Returns each file named on the command line, and every {@code *.md} file under each folder
   * named (subfolders too), sorted within a folder.
   *
   * @throws CliException if a path does not exist, is neither a file nor a folder, or a folder
   *     holds no Markdown
   */
  static List<Path> under(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.isDirectory(path)) {
        List<Path> found = walk(path);
        if (found.isEmpty()) {
          throw new CliException(display(path) + ": no *.md files in this folder");
        }
        files.addAll(found);
      } else if (Files.exists(path)) {
        throw new CliException(display(path) + ": neither a file nor a folder");
      } else {
        throw new CliException(display(path) + ": no such file or folder");
      }
    }
    return files;
  }

  private static List<Path> walk(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
          .sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(display(folder) + ": cannot list the folder: " + e.getMessage(), e);
    }
  }

  /** Returns {@code path} as given, with forward slashes, as CI annotations want it. */
  static String display(Path path) {
    return path.toString().replace(File.separatorChar, '/');
  }
}
