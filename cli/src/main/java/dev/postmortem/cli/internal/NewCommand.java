package dev.postmortem.cli.internal;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Postmortem;
import dev.postmortem.markdown.Layout;
import dev.postmortem.markdown.MarkdownFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem new}: writes the blank template to a new file named after the incident. */
@Command(name = "new",
    description = "Writes the blank template to DIR/YYYY-MM-DD-slug.md; never overwrites a file.")
public final class NewCommand implements Callable<Integer> {
  private static final String TITLE_PLACEHOLDER = "[Title]";
  private static final String DATE_PLACEHOLDER = "[YYYY-MM-DD]";

  @Option(names = "--layout", defaultValue = "compact",
      description = "compact or detailed; default: ${DEFAULT-VALUE}.")
  Layout layout;

  @Option(names = "--title", description = "The incident's title, written in and used for the file name.")
  String title;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The incident's day (YYYY-MM-DD); default: today in UTC.")
  LocalDate date;

  @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
      description = "The folder to write into, created if missing; default: the current folder.")
  Path dir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate day = date != null ? date : LocalDate.now(ZoneOffset.UTC);
    if (title != null && (title.isBlank() || title.contains("\n") || title.contains("\r"))) {
      throw new CliException("--title must be one non-blank line");
    }
    Postmortem named;
    try {
      named = Postmortem.builder().title(title == null ? "Postmortem" : title.strip()).date(day).build();
    } catch (InvalidPostmortemException e) {
      throw new CliException("--title: " + e.getMessage(), e);
    }
    String fileName = named.suggestedFileName();
    MarkdownFormat format = MarkdownFormat.builder().layout(layout).build();
    String text = format.blankTemplate();
    if (title != null) {
      // The title line as the library writes it, so that Markdown in the title stays text.
      String heading = format.render(named).lines().filter(line -> line.startsWith("# ")).findFirst()
          .orElseThrow();
      int firstLineEnd = text.indexOf('\n');
      if (text.startsWith("# ") && text.substring(0, firstLineEnd).contains(TITLE_PLACEHOLDER)) {
        text = heading + text.substring(firstLineEnd);
      }
    }
    text = replaceFirst(text, DATE_PLACEHOLDER, day.toString());
    Path file = dir.resolve(fileName);
    try {
      Files.createDirectories(dir);
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new CliException(MarkdownFiles.display(file) + ": already exists; not overwriting it", e);
    } catch (IOException e) {
      throw new CliException(MarkdownFiles.display(file) + ": cannot write: " + e, e);
    }
    spec.commandLine().getOut().println(MarkdownFiles.display(file));
    return 0;
  }

  private static String replaceFirst(String text, String placeholder, String value) {
    int at = text.indexOf(placeholder);
    return at < 0 ? text : text.substring(0, at) + value + text.substring(at + placeholder.length());
  }
}
