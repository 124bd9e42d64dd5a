package dev.postmortem.cli.internal;

import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.LintSeverity;
import dev.postmortem.markdown.MarkdownImporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code postmortem lint}: imports every Markdown file under the paths and prints the findings. */
@Command(name = "lint",
    description = "Imports every *.md file under the paths and prints the import and lint findings,"
        + " with file and line.")
public final class LintCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, github, json }

  @Option(names = "--format", defaultValue = "text",
      description = "text, github (workflow commands that annotate a pull request) or json;"
          + " default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--clock", paramLabel = "DATE",
      description = "The day it is, for overdue action items (YYYY-MM-DD); default: today in UTC.")
  LocalDate clock;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Exit with 1 when a finding is at least this severe: warning or error;"
          + " default: ${DEFAULT-VALUE}.")
  LintSeverity failOn;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Markdown files, and folders searched for *.md files (subfolders too).")
  List<Path> paths;

  @Spec
  CommandSpec spec;

  private record Found(String file, LintFinding finding) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Clock today = clock == null ? Clock.systemUTC()
        : Clock.fixed(clock.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    MarkdownImporter importer = MarkdownImporter.builder().clock(today).build();
    List<Found> found = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : MarkdownFiles.under(paths)) {
      try {
        for (LintFinding finding : Sources.importMarkdown(importer, file).findings()) {
          found.add(new Found(MarkdownFiles.display(file), finding));
        }
      } catch (CliException e) {
        unreadable = true;
        err.println("postmortem: " + e.getMessage());
        if (format == Format.github) {
          out.println("::error file=" + property(MarkdownFiles.display(file)) + "::" + data(e.getMessage()));
        }
      }
    }
    print(found, out);
    if (unreadable) {
      return RootCommand.EXIT_USAGE;
    }
    return found.stream().anyMatch(f -> f.finding().severity().compareTo(failOn) >= 0) ? 1 : 0;
  }

  private void print(List<Found> found, PrintWriter out) {
    switch (format) {
      case text -> found.forEach(f -> out.println(f.file() + (f.finding().line() > 0 ? ":" + f.finding().line() : "")
          + ": " + severity(f.finding()) + " " + f.finding().ruleId() + ": " + f.finding().message()
          + (f.finding().path().isEmpty() ? "" : " (" + f.finding().path() + ")")));
      case github -> found.forEach(f -> out.println("::" + github(f.finding().severity())
          + " file=" + property(f.file())
          + (f.finding().line() > 0 ? ",line=" + f.finding().line() : "")
          + ",title=" + property(f.finding().ruleId())
          + "::" + data(f.finding().message())));
      case json -> {
        out.println("[");
        for (int i = 0; i < found.size(); i++) {
          LintFinding finding = found.get(i).finding();
          out.println("  {\"file\": " + Json.string(found.get(i).file())
              + ", \"line\": " + finding.line()
              + ", \"severity\": " + Json.string(severity(finding))
              + ", \"rule\": " + Json.string(finding.ruleId())
              + ", \"path\": " + Json.string(finding.path())
              + ", \"message\": " + Json.string(finding.message()) + "}"
              + (i + 1 < found.size() ? "," : ""));
        }
        out.println("]");
      }
      default -> throw new IllegalStateException(format.name());
    }
  }

  private static String severity(LintFinding finding) {
    return finding.severity().name().toLowerCase(Locale.ROOT);
  }

  private static String github(LintSeverity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a workflow command's message, as the GitHub Actions toolkit does. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a workflow command's property value, as the GitHub Actions toolkit does. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
