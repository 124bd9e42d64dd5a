package dev.postmortem.cli.internal;

/**
 * What the commands need to know of where they run, decided once by {@link #detect()} and given
 * by tests: whether a person watches a terminal, and from how many files on a progress line is
 * worth printing for them.
 *
 * @param interactive whether the output is a terminal
 * @param progressThreshold the number of files above which {@code lint} and {@code report} print
 *     a progress line on standard error when interactive
 */
public record Environment(boolean interactive, int progressThreshold) {
  /** More than a few hundred files take long enough to import that silence looks like a hang. */
  public static final int PROGRESS_THRESHOLD = 300;

  /** Checks that the threshold is not negative. */
  public Environment {
    if (progressThreshold < 0) {
      throw new IllegalArgumentException("progressThreshold must not be negative but was " + progressThreshold);
    }
  }

  /** Returns the environment of this process: its terminal, and the default threshold. */
  public static Environment detect() {
    return new Environment(Terminals.interactive(), PROGRESS_THRESHOLD);
  }
}
