package dev.postmortem.markdown.internal;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.ResolutionAction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

  static boolean writable(List<ResolutionAction> actions, ZoneId zone, Optional<LocalDate> date) {
    return actions.stream().allMatch(a -> !a.title().contains(NumberedTopics.END_OF_TITLE)
        && read(a.title(), rest(a, zone, date), zone, date).equals(Optional.of(a)));
  }

  static String write(List<ResolutionAction> actions, ZoneId zone, Optional<LocalDate> date) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < actions.size(); i++) {
      ResolutionAction a = actions.get(i);
      String rest = rest(a, zone, date);
      list.append(i == 0 ? "" : "\n").append(i + 1).append(". **").append(a.title())
          .append(NumberedTopics.END_OF_TITLE).append(rest.isEmpty() ? "" : " " + rest);
    }
    return list.toString();
  }

  private static String rest(ResolutionAction a, ZoneId zone, Optional<LocalDate> date) {
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
