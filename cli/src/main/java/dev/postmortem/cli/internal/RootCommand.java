package dev.postmortem.cli.internal;

import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The {@code postmortem} command, which only holds the subcommands and the shared options. */
@Command(name = "postmortem",
    description = "Create, lint, convert, report on and show Markdown postmortems.",
    subcommands = {LintCommand.class, NewCommand.class, ConvertCommand.class, ReportCommand.class,
        ShowCommand.class},
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all is well", "1:lint found something at or above --fail-on",
        "2:bad usage, or input that cannot be read or output that cannot be written"})
public final class RootCommand implements Runnable {
  /** Exit code for bad usage and unreadable input or unwritable output. */
  public static final int EXIT_USAGE = 2;

  @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
      description = "Shows the help of the command.")
  boolean help;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Shows the stack trace of an error.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Environment environment;

  private RootCommand(Environment environment) {
    this.environment = environment;
  }

  /** Returns where the commands run: the terminal, and the threshold of the progress line. */
  Environment environment() {
    return environment;
  }

  /** Without a subcommand: the usage help on the error stream, and the usage exit code. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  /**
   * Returns the command line writing to {@code out} and {@code err}, with the exit codes and the
   * one-line error reports of the tool.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, Environment.detect());
  }

  /**
   * Returns the command line writing to {@code out} and {@code err} in the given environment,
   * which tests choose instead of this process's terminal.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment) {
    CommandLine commandLine = new CommandLine(new RootCommand(Objects.requireNonNull(environment, "environment")));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(RootCommand::handle);
    return commandLine;
  }

  private static int handle(Exception error, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    err.println("postmortem: " + message.replace('\n', ' '));
    if (debug(parseResult)) {
      error.printStackTrace(err);
    }
    return EXIT_USAGE;
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
