package dev.postmortem.markdown.internal;

import dev.postmortem.markdown.internal.TableRows.Cell;
import java.util.List;

/** Finds a hand-written table's columns by their header words, and reads cells. */
final class Columns {
  /** A column of times: "Time", "Time (UTC)", "When", "Timestamp", "Date and Time in CET". */
  static final String[] TIME = {"time", "when", "timestamp", "date/time", "datetime", "date and time",
      "date & time", "time utc", "hour", "at", "*time", "heure", "hora", "uhrzeit", "zeit", "ora", "orario",
      "horário", "tijd", "tijdstip"};
  /** A column of days. */
  static final String[] DATE = {"date", "day", "jour", "fecha", "datum", "data", "giorno", "dia", "dag"};
  /** A column of event descriptions. */
  static final String[] EVENT = {"event", "events", "description", "what", "what happened", "details",
      "summary", "activity", "message", "update", "entry", "happening", "detail", "note", "notes", "événement",
      "évènement", "evento", "ereignis", "descrizione", "descrição", "descripción", "gebeurtenis", "beschrijving"};

  private Columns() {}

  /**
   * Returns the first column whose header, read as a heading key without a note in parentheses,
   * is one of {@code names}, or -1. A name starting with {@code *} matches any header that
   * contains the rest as a word.
   */
  static int find(TableRows table, String... names) {
    for (String name : names) {
      for (int i = 0; i < table.header().size(); i++) {
        String key = HandWritten.headingKey(HandWritten.unwrap(table.header().get(i)));
        String bare = HandWritten.trim(key.replaceAll("[ ]*\\(.*\\)$", ""));
        boolean match = name.startsWith("*")
            ? (" " + key + " ").matches(".*[^a-z]" + name.substring(1) + "[^a-z].*")
            : key.equals(name) || bare.equals(name);
        if (match) {
          return i;
        }
      }
    }
    return -1;
  }

  static String cell(List<Cell> row, int column) {
    return column >= 0 && column < row.size() ? row.get(column).text() : "";
  }
}
