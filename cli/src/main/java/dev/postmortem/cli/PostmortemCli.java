package dev.postmortem.cli;

import dev.postmortem.cli.internal.RootCommand;
import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The {@code postmortem} command line: {@code new}, {@code lint}, {@code convert},
 * {@code report} and {@code show} over Markdown postmortems kept in a repository.
 *
 * <pre>{@code
 * postmortem lint --format github operations/postmortems
 * }</pre>
 *
 * <p>Exit codes: 0 when all is well, 1 when {@code lint} found something at or above its
 * {@code --fail-on} severity, 2 for bad usage or input that cannot be read or written. Errors are
 * one line on standard error; {@code --debug} adds the stack trace.
 */
public final class PostmortemCli {
  private PostmortemCli() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command line, such as {@code lint docs/postmortems}; not null
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command in-process, writing to {@code out} and {@code err} (flushed before it
   * returns), and returns its exit code; never calls {@link System#exit}.
   *
   * @param args the command line; not null, nor any of its elements
   * @param out where the command's output goes; not null
   * @param err where errors and usage help go; not null
   * @return the exit code: 0, 1 or 2
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Objects.requireNonNull(args, "args must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(err, "err must not be null");
    CommandLine commandLine = RootCommand.commandLine(out, err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
