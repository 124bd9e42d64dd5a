package dev.postmortem.markdown.internal;

import dev.postmortem.CodeChange;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.PastIncident;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The detailed template's appendix: feature flags and environment in one YAML block under
 * "System Configuration at Time of Incident", code changes as
 * {@code - **commit:** description - author - time}, similar incidents as
 * {@code - **date:** description - link}. Each form is used only when every value reads back
 * equal from it; otherwise the appendix writes that part as a table.
 */
final class AppendixLists {
  static final String FLAGS_KEY = "Feature Flags:";
  static final String ENVIRONMENT_KEY = "Environment:";
  private static final String SEPARATOR = " - ";
  private static final String PAIR = ": ";

  private AppendixLists() {}

  /** The YAML block's lines (without its fence), or empty when some pair would not read back. */
  static Optional<String> configuration(Map<String, String> flags, Map<String, String> environment) {
    List<String> lines = new ArrayList<>();
    if (!flags.isEmpty()) {
      lines.add(FLAGS_KEY);
      flags.forEach((key, value) -> lines.add("  " + key + PAIR + value));
    }
    if (!environment.isEmpty()) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.add(ENVIRONMENT_KEY);
      environment.forEach((key, value) -> lines.add("  - " + key + PAIR + value));
    }
    String text = String.join("\n", lines);
    Map<String, String> readFlags = new LinkedHashMap<>();
    Map<String, String> readEnvironment = new LinkedHashMap<>();
    boolean safe = fence(text).isPresent() && readConfiguration(text, readFlags, readEnvironment)
        && readFlags.equals(flags) && readEnvironment.equals(environment)
        && List.copyOf(readFlags.keySet()).equals(List.copyOf(flags.keySet()))
        && List.copyOf(readEnvironment.keySet()).equals(List.copyOf(environment.keySet()));
    return safe ? Optional.of(text) : Optional.empty();
  }

  /** The fence for {@code text}: one that no line of it can close, or empty when none can. */
  static Optional<String> fence(String text) {
    return !text.contains("```") ? Optional.of("```") : !text.contains("~~~") ? Optional.of("~~~") : Optional.empty();
  }

  /** Reads the YAML block's lines into the two maps; false when a line is not of its form. */
  static boolean readConfiguration(String text, Map<String, String> flags, Map<String, String> environment) {
    Map<String, String> into = null;
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals(FLAGS_KEY) || line.equals(ENVIRONMENT_KEY)) {
        into = line.equals(FLAGS_KEY) ? flags : environment;
        continue;
      }
      String prefix = into == environment ? "  - " : "  ";
      int pair = line.indexOf(PAIR);
      if (into == null || !line.startsWith(prefix) || pair < prefix.length()
          || into.putIfAbsent(line.substring(prefix.length(), pair), line.substring(pair + PAIR.length())) != null) {
        return false;
      }
    }
    return true;
  }

  /** The rest of a code change's bullet: description - author - time, the missing ones left out. */
  static String codeChange(CodeChange c, ZoneId zone, Optional<LocalDate> date) {
    List<String> parts = new ArrayList<>();
    c.description().ifPresent(parts::add);
    c.author().ifPresent(parts::add);
    c.at().ifPresent(at -> parts.add(TimeText.formatFull(at, zone)));
    return String.join(SEPARATOR, parts);
  }

  /** Reads a code change: the last part is the time if it is one, the one before it the author. */
  static Optional<CodeChange> readCodeChange(String commit, String rest, ZoneId zone, Optional<LocalDate> date) {
    List<String> parts = new ArrayList<>(rest.isEmpty() ? List.of() : Arrays.asList(rest.split(SEPARATOR, -1)));
    Optional<Instant> at = parts.isEmpty() ? Optional.empty()
        : TimeText.parse(parts.get(parts.size() - 1), zone, date);
    if (at.isPresent()) {
      parts.remove(parts.size() - 1);
    }
    Optional<String> author = parts.size() >= 2 ? Optional.of(parts.remove(parts.size() - 1)) : Optional.empty();
    Optional<String> description = parts.isEmpty() ? Optional.empty() : Optional.of(String.join(SEPARATOR, parts));
    return valid(() -> CodeChange.builder().commit(commit).description(description).author(author).at(at).build());
  }

  static boolean codeChangesWritable(List<CodeChange> changes, ZoneId zone, Optional<LocalDate> date) {
    return changes.stream().allMatch(c -> !c.commit().contains(NumberedTopics.END_OF_TITLE)
        && readCodeChange(c.commit(), codeChange(c, zone, date), zone, date).equals(Optional.of(c)));
  }

  /** The rest of a past incident's bullet: description - link. */
  static String pastIncident(PastIncident i) {
    return i.description() + i.link().map(link -> SEPARATOR + link).orElse("");
  }

  /** Reads a past incident: a last part without white space is its link. */
  static Optional<PastIncident> readPastIncident(String date, String rest) {
    LocalDate day;
    try {
      day = LocalDate.parse(date);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    int separator = rest.lastIndexOf(SEPARATOR);
    String last = separator < 0 ? "" : rest.substring(separator + SEPARATOR.length());
    boolean linked = separator > 0 && !last.isEmpty() && last.chars().noneMatch(Character::isWhitespace);
    return valid(() -> PastIncident.builder().date(day).description(linked ? rest.substring(0, separator) : rest)
        .link(linked ? Optional.of(last) : Optional.empty()).build());
  }

  static boolean pastIncidentsWritable(List<PastIncident> incidents) {
    return incidents.stream().allMatch(i -> i.date().isPresent()
        && readPastIncident(i.date().get().toString(), pastIncident(i)).equals(Optional.of(i)));
  }

  private static <T> Optional<T> valid(Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (InvalidPostmortemException e) {
      return Optional.empty();
    }
  }
}
