package dev.postmortem.cli.internal;

import java.io.PrintWriter;

/**
 * A progress line on standard error, {@code postmortem: linting 120/800 files}, rewritten in place
 * while a command works through many files, and erased when it is done; nothing at all for a few
 * files or when no person watches (CI logs and pipes stay clean).
 */
final class Progress {
  private final PrintWriter err;
  private final String verb;
  private final int total;
  private final boolean shown;
  /** Each step of about one percent is printed, not each file: a terminal is slow to redraw. */
  private final int every;
  private int done;
  private int width;

  private Progress(PrintWriter err, String verb, int total, boolean shown) {
    this.err = err;
    this.verb = verb;
    this.total = total;
    this.shown = shown;
    this.every = Math.max(1, total / 100);
  }

  /**
   * Returns the progress of {@code verb} over {@code total} files.
   *
   * @param verb what is done to each file, such as {@code linting}
   */
  static Progress over(String verb, int total, Environment environment, PrintWriter err) {
    return new Progress(err, verb, total, shown(total, environment));
  }

  /** Whether a line is printed: only in a terminal, and only past the threshold. */
  static boolean shown(int total, Environment environment) {
    return environment.interactive() && total > environment.progressThreshold();
  }

  /** Counts one more file done. */
  void advance() {
    done++;
    if (shown && (done % every == 0 || done == total)) {
      String line = "postmortem: " + verb + " " + done + "/" + total + " files";
      err.print("\r" + line);
      err.flush();
      width = line.length();
    }
  }

  /** Erases the line, so that what follows on standard error starts on a clean one. */
  void finish() {
    if (shown && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
