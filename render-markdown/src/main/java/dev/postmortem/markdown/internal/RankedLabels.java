package dev.postmortem.markdown.internal;

import dev.postmortem.Priority;
import dev.postmortem.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Severities and priorities as text, both ways: a standard value as its label ({@code sev-2},
 * {@code high}), a custom one with its rank ({@code P1 (rank 1)}), since its label alone would
 * not say where it sorts.
 */
final class RankedLabels {
  /** A custom scale's label and rank; ten digits reach every int, the range is checked apart. */
  private static final Pattern RANKED = Pattern.compile("(.+) \\(rank (-?[0-9]{1,10})\\)");

  private RankedLabels() {}

  /** Returns a severity as written. */
  static String severity(Severity s) {
    return Severity.standardValues().contains(s) ? s.label() : s.label() + " (rank " + s.rank() + ")";
  }

  /** Returns a priority as written. */
  static String priority(Priority p) {
    return Priority.standardValues().contains(p) ? p.label() : p.label() + " (rank " + p.rank() + ")";
  }

  /** Reads a severity written by {@link #severity(Severity)}, refusing others at {@code line}. */
  static Severity severity(String text, int line) {
    Matcher ranked = RANKED.matcher(text);
    if (ranked.matches()) {
      int rank = rank(ranked.group(2), text, line, 0);
      return SectionInput.built(() -> Severity.of(ranked.group(1), rank), line);
    }
    return Severity.standardValues().stream().filter(s -> s.label().equals(text)).findFirst()
        .orElseThrow(() -> SourceText.fail(line, 0, "a severity such as sev-2, High or \"P1 (rank 1)\"",
            SourceText.quoted(text)));
  }

  /** Reads a priority written by {@link #priority(Priority)}, refusing others at the cell. */
  static Priority priority(String text, int line, int column) {
    Matcher ranked = RANKED.matcher(text);
    if (ranked.matches()) {
      int rank = rank(ranked.group(2), text, line, column);
      return SectionInput.built(() -> Priority.of(ranked.group(1), rank), line);
    }
    return Priority.standardValues().stream().filter(p -> p.label().equals(text)).findFirst()
        .orElseThrow(() -> SourceText.fail(line, column, "a priority such as high, P1 or \"urgent (rank 0)\"",
            SourceText.quoted(text)));
  }

  /** Reads the digits of a rank, which the pattern has checked, refusing what no int holds. */
  private static int rank(String digits, String text, int line, int column) {
    long rank = Long.parseLong(digits);
    if (rank != (int) rank) {
      throw SourceText.fail(line, column, "a rank from " + Integer.MIN_VALUE + " to "
          + Integer.MAX_VALUE, SourceText.quoted(text));
    }
    return (int) rank;
  }
}
