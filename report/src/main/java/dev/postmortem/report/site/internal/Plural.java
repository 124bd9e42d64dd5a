package dev.postmortem.report.site.internal;

/** Counts with their noun: "1 incident", "2 incidents", "0 incidents". */
final class Plural {
  private Plural() {}

  /** Returns {@code count} and {@code noun}, with an s unless the count is one. */
  static String of(long count, String noun) {
    return count + " " + (count == 1 ? noun : noun + "s");
  }
}
