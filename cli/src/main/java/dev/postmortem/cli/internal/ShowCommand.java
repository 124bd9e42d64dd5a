package dev.postmortem.cli.internal;

import dev.postmortem.markdown.ImportedPostmortem;
import dev.postmortem.markdown.MarkdownImporter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem show}: what the importer recognised in one document, and what follows from it. */
@Command(name = "show",
    description = "Shows what the importer recognised in a Markdown postmortem, section by section"
        + " with lines, its findings, and the derived facts: duration, milestones, overdue items.")
public final class ShowCommand implements Callable<Integer> {
  @Option(names = "--clock", paramLabel = "DATE",
      description = "The day it is, for overdue action items (YYYY-MM-DD); default: today in UTC.")
  LocalDate clock;

  @Parameters(paramLabel = "FILE", arity = "1", description = "The Markdown postmortem.")
  Path file;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new CliException(MarkdownFiles.display(file) + ": not a readable file");
    }
    Clock today = Today.clock(clock);
    ImportedPostmortem imported = Sources.importMarkdown(MarkdownImporter.builder().clock(today).build(), file);
    PrintWriter out = spec.commandLine().getOut();
    out.print(MarkdownFiles.display(file) + ": " + imported.postmortem().title() + "\n\n"
        + ImportSummary.of(imported) + "\n" + DerivedFacts.of(imported.postmortem(), today));
    return 0;
  }
}
