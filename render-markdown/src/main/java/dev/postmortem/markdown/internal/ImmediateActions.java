package dev.postmortem.markdown.internal;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.ResolutionAction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The detailed template's immediate actions, numbered: {@code 1. **Action:** Time - Result}. The
 * time is written with its date, so that a reader needs to guess no day. A list where one
 * action would read back otherwise (a result that starts with a time and a dash, a title holding
 * {@code :**}) is written as a table instead.
 */
final class ImmediateActions {
  private static final String SEPARATOR = " - ";

  private ImmediateActions() {}

  /**
   * Returns what follows each action's title, when every action reads back exactly from its
   * numbered form; empty when one would not, and the list is to be a table.
   */
  static Optional<List<String>> rests(List<ResolutionAction> actions, ZoneId zone, Optional<LocalDate> date) {
    String[] rests = new String[actions.size()];
    for (int i = 0; i < rests.length; i++) {
      ResolutionAction a = actions.get(i);
      if (!readsBack(a, zone, date)) {
        return Optional.empty();
      }
      rests[i] = rest(a, zone, date);
    }
    return Optional.of(Arrays.asList(rests));
  }

  /**
   * Returns whether {@link #read} gives {@code a} back from its title and {@link #rest}, decided
   * without writing and reading it (which was a tenth of a short document's render). A written
   * time is never followed by more text in what {@code TimeText} reads, and holds no {@code " - "},
   * so an action with a time reads back as any written time does; one without a time reads back
   * unless its result, or the result's part before the first {@code " - "}, reads as a time. An
   * empty result would read back as none.
   */
  static boolean readsBack(ResolutionAction a, ZoneId zone, Optional<LocalDate> date) {
    if (a.title().contains(NumberedTopics.END_OF_TITLE) || a.result().filter(String::isEmpty).isPresent()) {
      return false;
    }
    if (a.at().isPresent() || a.result().isEmpty()) {
      return true;
    }
    String result = a.result().get();
    int separator = result.indexOf(SEPARATOR);
    return TimeText.parse(result, zone, date).isEmpty()
        && (separator <= 0 || TimeText.parse(result.substring(0, separator), zone, date).isEmpty());
  }

  /** Appends the numbered list of {@code actions}, whose {@link #rests} are {@code rests}. */
  static void write(StringBuilder list, List<ResolutionAction> actions, List<String> rests) {
    for (int i = 0; i < actions.size(); i++) {
      String rest = rests.get(i);
      list.append(i == 0 ? "" : "\n").append(i + 1).append(". **").append(actions.get(i).title())
          .append(rest.isEmpty() ? NumberedTopics.END_OF_TITLE : NumberedTopics.END_OF_TITLE_THEN_TEXT).append(rest);
    }
  }

  /** What follows the title of {@code a}: its time, then its result after a dash. */
  static String rest(ResolutionAction a, ZoneId zone, Optional<LocalDate> date) {
    Optional<String> time = a.at().map(at -> TimeText.formatFull(at, zone));
    if (time.isPresent()) {
      return a.result().map(result -> time.get() + SEPARATOR + result).orElse(time.get());
    }
    return a.result().orElse("");
  }

  /** Reads one item's title and rest; empty when the model refuses them. */
  static Optional<ResolutionAction> read(String title, String rest, ZoneId zone, Optional<LocalDate> date) {
    Optional<Instant> at = TimeText.parse(rest, zone, date);
    String result = at.isPresent() ? "" : rest;
    int separator = rest.indexOf(SEPARATOR);
    if (at.isEmpty() && separator > 0) {
      at = TimeText.parse(rest.substring(0, separator), zone, date);
      result = at.isPresent() ? rest.substring(separator + SEPARATOR.length()) : rest;
    }
    try {
      return Optional.of(ResolutionAction.builder().title(title).at(at)
          .result(result.isEmpty() ? Optional.empty() : Optional.of(result)).build());
    } catch (InvalidPostmortemException e) {
      return Optional.empty();
    }
  }
}
