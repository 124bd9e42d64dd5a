package dev.postmortem.cli.internal;

import dev.postmortem.lint.Finding;
import dev.postmortem.lint.LintSeverity;
import dev.postmortem.markdown.MarkdownImporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code postmortem lint}: imports every Markdown file under the paths and prints the findings. */
@Command(name = "lint",
    description = "Imports every *.md file under the paths and prints the import and lint findings,"
        + " with file and line.")
public final class LintCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, github, json, sarif }

  @Option(names = "--format", defaultValue = "text",
      description = "text, github (workflow commands that annotate a pull request), json, or sarif"
          + " (SARIF 2.1.0, for code scanning); default: ${DEFAULT-VALUE}.")
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

  @ParentCommand
  RootCommand root;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MarkdownImporter importer = MarkdownImporter.builder().clock(Today.clock(clock)).build();
    List<Path> files = MarkdownFiles.under(paths);
    List<FileFinding> found = new ArrayList<>();
    List<FileProblem> problems = new ArrayList<>();
    Progress progress = Progress.over("linting", files.size(), root.environment(), err);
    for (Path file : files) {
      try {
        for (Finding finding : Sources.importMarkdown(importer, file).findings()) {
          found.add(new FileFinding(file, finding));
        }
      } catch (CliException e) {
        // One unreadable file does not hide the findings of the others; it only sets the exit code.
        problems.add(new FileProblem(file, e.getMessage()));
      }
      progress.advance();
    }
    progress.finish();
    problems.forEach(problem -> err.println("postmortem: " + problem.message()));
    print(found, problems, out);
    if (!problems.isEmpty()) {
      return RootCommand.EXIT_USAGE;
    }
    return found.stream().anyMatch(f -> f.finding().severity().compareTo(failOn) >= 0) ? 1 : 0;
  }

  private void print(List<FileFinding> found, List<FileProblem> problems, PrintWriter out) {
    switch (format) {
      case text -> found.forEach(f -> out.println(MarkdownFiles.display(f.file())
          + f.finding().line().map(line -> ":" + line).orElse("")
          + ": " + severity(f.finding()) + " " + f.finding().ruleId() + ": " + f.finding().message()
          + (f.finding().path().isEmpty() ? "" : " (" + f.finding().path() + ")")));
      case github -> {
        problems.forEach(p -> out.println("::error file=" + property(MarkdownFiles.display(p.file()))
            + "::" + data(p.message())));
        found.forEach(f -> out.println("::" + github(f.finding().severity())
            + " file=" + property(MarkdownFiles.display(f.file()))
            + f.finding().line().map(line -> ",line=" + line).orElse("")
            + ",title=" + property(f.finding().ruleId())
            + "::" + data(f.finding().message())));
      }
      case json -> {
        out.println("[");
        for (int i = 0; i < found.size(); i++) {
          Finding finding = found.get(i).finding();
          // A finding without a line keeps "line": 0, as this output always wrote it.
          out.println("  {\"file\": " + Json.string(MarkdownFiles.display(found.get(i).file()))
              + ", \"line\": " + finding.line().orElse(0)
              + ", \"severity\": " + Json.string(severity(finding))
              + ", \"rule\": " + Json.string(finding.ruleId())
              + ", \"path\": " + Json.string(finding.path())
              + ", \"message\": " + Json.string(finding.message()) + "}"
              + (i + 1 < found.size() ? "," : ""));
        }
        out.println("]");
      }
      case sarif -> out.print(SarifLog.write(found, problems, Path.of("").toAbsolutePath(), ToolVersion.get()));
      default -> throw new IllegalStateException(format.name());
    }
  }

  private static String severity(Finding finding) {
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
