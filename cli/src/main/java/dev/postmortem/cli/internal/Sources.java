package dev.postmortem.cli.internal;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.json.JsonFormat;
import dev.postmortem.markdown.ImportedPostmortem;
import dev.postmortem.markdown.MarkdownImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads postmortems from files, turning each failure into one line naming the file. */
final class Sources {
  private Sources() {}

  /**
   * Imports a Markdown file.
   *
   * @throws CliException naming the file (and line) if it cannot be read or is not a document
   */
  static ImportedPostmortem importMarkdown(MarkdownImporter importer, Path file) {
    try {
      return importer.read(file);
    } catch (PostmortemParseException e) {
      throw new CliException(where(file, e) + e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException(MarkdownFiles.display(file) + ": cannot read: " + e, e);
    }
  }

  /**
   * Reads a postmortem from a {@code .json} file with the JSON format, from any other file with
   * the Markdown importer.
   *
   * @throws CliException naming the file (and line) if it cannot be read or is not a document
   */
  static Postmortem read(MarkdownImporter importer, Path file) {
    if (!file.getFileName().toString().endsWith(".json")) {
      return importMarkdown(importer, file).postmortem();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return JsonFormat.create().parser().orElseThrow().parse(in);
    } catch (PostmortemParseException e) {
      throw new CliException(where(file, e) + e.getMessage(), e);
    } catch (InvalidPostmortemException e) {
      throw new CliException(MarkdownFiles.display(file) + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException(MarkdownFiles.display(file) + ": cannot read: " + e, e);
    }
  }

  /** Returns {@code FILE:LINE: } or {@code FILE: }. */
  static String where(Path file, PostmortemParseException e) {
    return MarkdownFiles.display(file) + e.location().line().map(line -> ":" + line).orElse("") + ": ";
  }
}
