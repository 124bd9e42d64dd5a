package dev.postmortem.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command, with its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = PostmortemCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(exitCode, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
