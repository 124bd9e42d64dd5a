package dev.postmortem.cli.internal;

import dev.postmortem.markdown.Layout;
import dev.postmortem.markdown.MarkdownImporter;
import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.site.ReportSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code postmortem report}: the static report site over the postmortems under the paths. */
@Command(name = "report",
    description = "Writes the report site (index.html, index.md and a page per postmortem) over"
        + " every *.md file under the paths.")
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "postmortem-site",
      description = "The folder to write the site into (created if missing; files of the same"
          + " names are replaced); default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--layout", defaultValue = "compact",
      description = "The layout of the pages: compact or detailed; default: ${DEFAULT-VALUE}.")
  Layout layout;

  @Option(names = "--clock", paramLabel = "DATE",
      description = "The day it is, for overdue action items (YYYY-MM-DD); default: today in UTC.")
  LocalDate clock;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Markdown files, and folders searched for *.md files (subfolders too).")
  List<Path> paths;

  @Spec
  CommandSpec spec;

  @ParentCommand
  RootCommand root;

  @Override
  public Integer call() throws IOException {
    Clock today = Today.clock(clock);
    List<Path> files = MarkdownFiles.under(paths);
    // Every file is read first, so that an unreadable one is named and nothing is written.
    MarkdownImporter importer = MarkdownImporter.builder().clock(today).build();
    Set<String> names = new HashSet<>();
    Progress progress = Progress.over("reading", files.size(), root.environment(), spec.commandLine().getErr());
    try {
      for (Path file : files) {
        Sources.importMarkdown(importer, file);
        if (!names.add(file.getFileName().toString())) {
          throw new CliException(MarkdownFiles.display(file) + ": another postmortem has the same file name");
        }
        progress.advance();
      }
    } finally {
      // The error line, if any, then starts on a clean line.
      progress.finish();
    }
    // The site is built from one folder: the files are gathered into a temporary one.
    Path staging = Files.createTempDirectory("postmortem-report");
    try {
      for (Path file : files) {
        Files.copy(file, staging.resolve(file.getFileName().toString()));
      }
      PostmortemReport report = ReportSite.builder().clock(today).layout(layout).build().write(staging, out);
      spec.commandLine().getOut().println(MarkdownFiles.display(out.resolve("index.html"))
          + " (" + report.entries().size() + " postmortems)");
    } finally {
      try (Stream<Path> all = Files.walk(staging)) {
        for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
    return 0;
  }
}
