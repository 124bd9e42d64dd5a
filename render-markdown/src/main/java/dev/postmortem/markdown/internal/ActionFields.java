package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.ACTION_STATUS;

import dev.postmortem.ActionStatus;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.Placeholders;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of one hand-written action item, by column or by inline label, before they are read
 * as their types: {@code owner}, {@code due}, {@code status}, {@code ticket}... An inline segment
 * ({@code @bob}, {@code due 2024-04-01}, {@code PAY-12}) is recognised by its shape.
 */
final class ActionFields {
  static final Pattern TICKET = Pattern.compile(
      "[A-Z][A-Z0-9]+-[0-9]+|#[0-9]+|https?://\\S+|\\[[^\\]]+\\]\\(https?://[^)]+\\)|\\[[A-Z][A-Z0-9]+-[0-9]+\\](?:\\[[^\\]]*\\])?"
          + "|(?:[Bb]ug|[Ii]ssue|[Tt]icket) #?[0-9]+");
  private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9._/-]+");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}*\\.?){0,2}");
  /** An owner after an em dash: a name, a handle or a team, one to three words without digits. */
  private static final Pattern DASH_OWNER = Pattern.compile("@?[\\p{L}][\\p{L}'._-]*(?: [\\p{L}][\\p{L}'._-]*){0,2}");
  private static final Pattern DUE_WORD = Pattern.compile("(?i)(?:eta|target|due by|due on|deadline)[: \t]+(.+)");
  private static final Pattern DONE_ON = Pattern.compile("(?i)(?:done|completed|finished)(?: on)?[ \t]+(.+)");
  private static final Pattern OWNER_WORD = Pattern.compile("(?i)owner[ \t]+(.+)");
  private static final Pattern STATUS_WORD = Pattern.compile(
      "(.*?)[ \\t]*(DONE|TODO|FAILED|IN PROGRESS|OPEN|CLOSED|FIXED|WONTFIX)");
  private static final Pattern STATUS_MARKER = Pattern.compile("(.*?)[ \t]*\\*\\*([A-Za-z' ]+)\\*\\*[ \t]*");
  /** Values that say there is nothing, such as a ticket written {@code n/a}: read as empty. */
  private static final Set<String> NOTHING = Set.of("n/a", "na", "none", "-", "—", "", "tbd", "tbc", "unassigned", "nobody", "no one", "n/d");

  /**
   * Whether a word starts at {@code index}: no letter or digit before it. Checked by code point,
   * not with the regex {@code \\b}, which from JDK 19 on sees no word character in a letter
   * outside the BMP (𝔘) and so split "|𝔘TODO" into a ticket and a status on one JDK only.
   */
  private static boolean startsWord(String text, int index) {
    return index == 0 || !Character.isLetterOrDigit(text.codePointBefore(index));
  }

  final String path;
  final int line;
  final Map<String, String> values = new LinkedHashMap<>();
  Optional<ActionStatus> status = Optional.empty();
  private final ImportState state;

  ActionFields(ImportState state, String path, int line) {
    this.state = state;
    this.path = path;
    this.line = line;
  }

  void put(String label, String written) {
    String value = HandWritten.trim(written);
    String f = field(label);
    if ("status".equals(f) || "ticket".equals(f) && status.isEmpty() && !values.containsKey("status")) {
      // A status word in a status or bug cell: "Bug 5554823 **TODO**", "n/a DONE", "DONE".
      Matcher marker = STATUS_MARKER.matcher(value);
      Matcher word = STATUS_WORD.matcher(value);
      if (marker.matches() && status(marker.group(2)).isPresent()) {
        status = status(marker.group(2));
        value = marker.group(1);
      } else if (word.matches() && startsWord(value, word.start(2))) {
        status = status(word.group(2));
        value = word.group(1);
      }
    }
    if (NOTHING.contains(HandWritten.trim(value).toLowerCase(Locale.ROOT))) {
      return;
    }
    String key = field(label);
    values.merge(key == null ? HandWritten.oneLine(label) : key, value, (a, c) -> a + "; " + c);
  }

  /** Whether {@code segment} is a field written inline: {@code Owner: @bob}, {@code @bob}, a date. */
  boolean recognises(String segment) {
    String[] pair = ImportState.label(segment);
    if (pair != null && field(pair[0]) != null && !field(pair[0]).equals("description")) {
      return true;
    }
    String s = HandWritten.unwrap(segment);
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("due ") || lower.startsWith("by ")) {
      return date(s.substring(s.indexOf(' ') + 1)).isPresent();
    }
    if (dueAfterWord(s).isPresent() || doneOn(s).isPresent() || ownerAfterWord(s) != null) {
      return true;
    }
    return HANDLE.matcher(s).matches() || date(s).isPresent() || TICKET.matcher(s).matches()
        || HandWritten.priority(s).isPresent() || Placeholders.isPlaceholder(s) || status(s).isPresent();
  }

  /** Whether {@code segment} is a person's name: {@code Dana Lee}. */
  static boolean isName(String segment) {
    return NAME.matcher(HandWritten.unwrap(segment)).matches();
  }

  /** Whether {@code segment}, after an em dash, names who owns the item: {@code — Dana Lee}, {@code — admin team}. */
  static boolean isOwnerAfterDash(String segment) {
    String s = HandWritten.unwrap(segment);
    return DASH_OWNER.matcher(s).matches() && status(s).isEmpty() && HandWritten.priority(s).isEmpty();
  }

  void putSegment(String segment) {
    String[] pair = ImportState.label(segment);
    if (pair != null && field(pair[0]) != null) {
      put(pair[0], pair[1]);
      return;
    }
    String s = HandWritten.unwrap(segment);
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("due ") || lower.startsWith("by ")) {
      put("due", s.substring(s.indexOf(' ') + 1));
    } else if (dueAfterWord(s).isPresent() && !values.containsKey("due")) {
      put("due", dueAfterWord(s).get());
    } else if (doneOn(s).isPresent() && status.orElse(ActionStatus.DONE) == ActionStatus.DONE
        && !values.containsKey("completed")) {
      // "- [x] … — Done April 9": the box says done already, the words say when.
      status = Optional.of(ActionStatus.DONE);
      put("completed", doneOn(s).get());
    } else if (ownerAfterWord(s) != null && !values.containsKey("owner")) {
      put("owner", ownerAfterWord(s));
    } else if (HANDLE.matcher(s).matches() && !values.containsKey("owner")) {
      put("owner", s);
    } else if (date(s).isPresent() && !values.containsKey("due")) {
      put("due", s);
    } else if (TICKET.matcher(s).matches() && !values.containsKey("ticket")) {
      put("ticket", s);
    } else if (HandWritten.priority(s).isPresent() && !values.containsKey("priority")) {
      put("priority", s);
    } else if (status(s).isPresent() && (status.isEmpty() || status.get() == ActionStatus.OPEN
        || status.equals(status(s)))) {
      // "- [ ] Evict … – in progress": the words say more than an empty box.
      status = status(s);
    } else if (isName(s) && !values.containsKey("owner")) {
      put("owner", s);
    } else if (Placeholders.isPlaceholder(s)) {
      state.finding(ImportRule.UNFILLED_PLACEHOLDER, path, line, "\"" + s + "\" is a template placeholder; read as empty");
    } else {
      put("notes", s);
    }
  }

  /**
   * The date of {@code ETA Friday 2024-03-29} or {@code target: April 19}: a word that announces a
   * due date, then a date, perhaps after a weekday. Returns the date as written.
   */
  Optional<String> dueAfterWord(String s) {
    Matcher m = DUE_WORD.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1).replaceFirst("^(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+", "");
    return date(rest).isPresent() ? Optional.of(rest) : Optional.empty();
  }

  /** The completion date of {@code Done April 9} or {@code done 2024-04-09}, as written. */
  Optional<String> doneOn(String s) {
    Matcher m = DONE_ON.matcher(s);
    return m.matches() && date(m.group(1)).isPresent() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The owner of {@code owner dana}: the word owner, no colon, then one to three words. */
  static String ownerAfterWord(String s) {
    Matcher m = OWNER_WORD.matcher(s);
    return m.matches() && DASH_OWNER.matcher(m.group(1)).matches() ? m.group(1) : null;
  }

  Optional<java.time.LocalDate> date(String text) {
    return WrittenTime.date(text, state.date, state.dayFirst);
  }

  /** The field a column or inline label names, or null. */
  static String field(String label) {
    String key = HandWritten.headingKey(HandWritten.unwrap(label)).replaceAll("[ ]*\\(.*\\)$", "");
    return switch (key) {
      case "action", "action item", "item", "task", "description", "what", "title", "follow-up", "azione",
          "ação", "actie", "acción", "maßnahme",
          "action items", "follow-up action", "remediation", "todo", "to do", "work item" -> "description";
      case "owner", "assignee", "who", "responsible", "owners", "assigned to", "owner(s)", "assigned",
          "responsable", "responsables", "verantwortlich", "responsabile", "responsável", "eigenaar",
          "verantwoordelijke" -> "owner";
      case "priority", "prio", "pri", "severity" -> "priority";
      case "due", "due date", "deadline", "target date", "eta", "date", "target", "due by", "échéance",
          "date limite", "fecha límite", "frist", "scadenza", "prazo", "uiterste datum" -> "due";
      case "status", "state", "done", "statut", "estado", "stato" -> "status";
      case "completed", "completion date", "done on", "completed on", "closed", "closed on", "resolved on" -> "completed";
      case "horizon", "timeframe", "time frame", "when", "term" -> "horizon";
      case "type", "kind", "category" -> "type";
      case "ticket", "bug", "issue", "jira", "tracking", "tracker", "ref", "link", "tickets", "bugs",
          "issues", "jira ticket", "github issue", "tracking issue", "reference", "pr" -> "ticket";
      case "notes", "comments", "note", "comment", "details", "detail" -> "notes";
      default -> null;
    };
  }

  /** Reads a status as people write it: {@code DONE}, {@code todo}, {@code In progress}, ✅. */
  static Optional<ActionStatus> status(String text) {
    String t = HandWritten.unwrap(text).replaceAll("[.!]$", "");
    Optional<ActionStatus> status = ACTION_STATUS.read(t);
    if (status.isPresent()) {
      return status;
    }
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "todo", "to do", "not started", "pending", "planned", "[ ]", "failed", "blocked", "new", "backlog",
          "à faire", "a faire", "pendiente", "offen", "da fare", "aperta", "aperto", "a fazer", "pendente",
          "open staand", "openstaand", "te doen", "reopened" ->
          Optional.of(ActionStatus.OPEN);
      case "wip", "ongoing", "started", "in-progress", "doing", "in review", "in flight", "en cours",
          "en progreso", "in arbeit", "in corso", "em andamento", "em curso", "in uitvoering", "bezig", "assigned" ->
          Optional.of(ActionStatus.IN_PROGRESS);
      case "complete", "completed", "closed", "fixed", "finished", "✅", "[x]", "shipped", "merged", "resolved",
          "terminé", "terminée", "fait", "hecho", "completado", "erledigt", "completata", "completato", "fatto",
          "concluída", "concluído", "feito", "afgerond", "klaar", "gedaan" ->
          Optional.of(ActionStatus.DONE);
      case "won't fix", "wontfix", "cancelled", "canceled", "dropped", "won't do", "not doing", "decided against",
          "rejected", "not planned", "abandoned" ->
          Optional.of(ActionStatus.WONT_DO);
      default -> Optional.empty();
    };
  }
}
