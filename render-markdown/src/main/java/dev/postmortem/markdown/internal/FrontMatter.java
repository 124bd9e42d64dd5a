package dev.postmortem.markdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Front matter as postmortems use it: YAML between {@code ---} lines ({@code key: value}, lists
 * written as {@code [a, b]} or as {@code - item} lines under their key) or TOML between
 * {@code +++} lines ({@code key = value}, {@code [a, b]} lists); values optionally quoted. This is the
 * subset that metadata needs, read by hand because it must report each value's line and keep every
 * line it does not understand (which a YAML library would either reject or silently reshape).
 */
final class FrontMatter {
  /** One key and its values, with the 0-based line of the key. */
  record Entry(String key, List<String> values, int line) {}

  private final List<Entry> entries;
  private final List<Integer> otherLines;
  private final int endLine;

  private FrontMatter(List<Entry> entries, List<Integer> otherLines, int endLine) {
    this.entries = entries;
    this.otherLines = otherLines;
    this.endLine = endLine;
  }

  /** Reads front matter at the start of {@code src}, if the first line is {@code ---} or {@code +++}. */
  static FrontMatter read(SourceText src) {
    String fence = src.lineCount() < 2 ? "" : HandWritten.trim(src.line(0));
    if (!fence.equals("---") && !fence.equals("+++")) {
      return null;
    }
    boolean toml = fence.equals("+++");
    int end = -1;
    for (int i = 1; i < src.lineCount(); i++) {
      String line = HandWritten.trim(src.line(i));
      if (line.equals(fence) || !toml && line.equals("...")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return null;
    }
    List<Entry> entries = new ArrayList<>();
    List<Integer> other = new ArrayList<>();
    Entry open = null;
    for (int i = 1; i < end; i++) {
      String line = src.line(i);
      String stripped = HandWritten.trim(line);
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (open != null && stripped.startsWith("- ") && Character.isWhitespace(line.charAt(0))
          || open != null && stripped.startsWith("- ") && open.values().isEmpty()) {
        open.values().add(unquote(HandWritten.trim(stripped.substring(2))));
        continue;
      }
      if (toml && stripped.startsWith("[") && stripped.endsWith("]")) {
        other.add(i); // a TOML table header: its keys are read as top-level keys
        open = null;
        continue;
      }
      int colon = line.indexOf(toml ? '=' : ':');
      if (colon <= 0 || Character.isWhitespace(line.charAt(0)) && !toml) {
        other.add(i);
        open = null;
        continue;
      }
      String key = HandWritten.trim(line.substring(0, colon));
      String value = HandWritten.trim(line.substring(colon + 1));
      List<String> values = new ArrayList<>();
      if (value.startsWith("[") && value.endsWith("]")) {
        for (String part : value.substring(1, value.length() - 1).split(",")) {
          if (!part.isBlank()) {
            values.add(unquote(HandWritten.trim(part)));
          }
        }
      } else if (!value.isEmpty()) {
        values.add(unquote(value));
      }
      open = new Entry(key, values, i);
      entries.add(open);
    }
    return new FrontMatter(entries, other, end);
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return HandWritten.trim(value.substring(1, value.length() - 1));
    }
    return value;
  }

  List<Entry> entries() {
    return entries;
  }

  /** Lines inside the front matter that are not {@code key: value}: kept by the importer. */
  List<Integer> otherLines() {
    return otherLines;
  }

  /** Returns the 0-based line of the closing {@code ---}. */
  int endLine() {
    return endLine;
  }
}
