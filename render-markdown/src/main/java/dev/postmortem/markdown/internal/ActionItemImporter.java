package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.ACTION_TYPE;
import static dev.postmortem.markdown.internal.Vocabulary.HORIZON;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.Horizon;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.Placeholders;
import dev.postmortem.markdown.internal.TableRows.Cell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads action items: tables with their columns (owner, priority, due, status, ticket, type...),
 * checklists and bullets with fields written inline ({@code - [ ] @jlee: text},
 * {@code text — Dana — PAY-12}, {@code (owner: x, due 2024-04-01)}, {@code **HIGH**},
 * {@code P0:}, {@code [Team]}), done markers ({@code [x]}, {@code **DONE**}, {@code (done)},
 * {@code ~~text~~}) and sub-bullets, which belong to their item. A tracking table
 * ("Follow-up Actions Tracking") updates the items above it by action text.
 */
final class ActionItemImporter {
  private static final Pattern TRAILING_FIELDS = Pattern.compile("(.*?)[ \\t]*\\(([^()]+)\\)[ \\t]*\\.?");
  /** A ticket written last: {@code [PAY-12]}, {@code [PAY-12][jira]}, {@code ([#812](https://…))}. */
  private static final Pattern TRAILING_TICKET = Pattern.compile(
      "(.*?)[ \\t]+(\\[[A-Z][A-Z0-9]+-[0-9]+\\](?:\\[[^\\]]*\\])?|\\[[^\\]]+\\]\\(https?://[^)\\s]+\\)"
          + "|\\(\\[[^\\]]+\\]\\(https?://[^)\\s]+\\)\\))[ \\t]*\\.?");
  private static final Pattern SEPARATOR = Pattern.compile(
      "[ \\t]+[-—–|][ \\t]+|;[ \\t]+|[,.][ \\t]+(?=[A-Za-z ]{1,12}:)|,[ \\t]+(?=@)"
          + "|,[ \\t]+(?=(?:due|by|eta|target)[ \\t])");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("[-—–|][ \\t]+");
  private static final Pattern LEADING_OWNER = Pattern.compile(
      "(?:\\[(?<team>[^\\]]{1,40})\\](?!\\()|(?<handle>@[A-Za-z0-9._/-]+))[ \\t]*:?[ \\t]+(?<rest>.+)", Pattern.DOTALL);
  private static final Pattern LEADING_PRIORITY = Pattern.compile(
      "(?:\\*\\*(?<bold>[A-Za-z0-9]+)\\*\\*|(?<p>[Pp][0-4])|\\[(?<bracket>[Pp][0-4])\\])[ \\t]*:?[ \\t]+(?<rest>.+)",
      Pattern.DOTALL);
  /** The last sentence of a lead-in that promises the list below it as future work. */
  private static final Pattern ANNOUNCED = Pattern.compile("(?is)(?:.*[.!?][ \\t]+)?[^.!?]*\\b(?:we are|we're|"
      + "we will|we'll|we plan to|we have begun|we've begun|to prevent|to avoid|going forward|in the future)\\b"
      + "[^.!?]*\\b(?:steps|actions|measures|improvements|changes|remediations?|action items|follow-?ups?)\\b"
      + "[^.!?]{0,80}:[ \\t]*");
  private static final Pattern STRUCK = Pattern.compile("~~(.+)~~[ \\t]*(.*)", Pattern.DOTALL);
  private static final Pattern DONE_MARK = Pattern.compile(
      "(.*?)[ \\t]*(?:\\*\\*(?:DONE|Done|done)\\*\\*|\\((?:done|DONE|Done)\\)|✅|✔️?)[ \\t]*\\.?", Pattern.DOTALL);

  private final ImportState state;
  /** The items a tracking row has updated: two rows with one text update two items, in order. */
  private final java.util.Set<Integer> tracked = new java.util.HashSet<>();
  /** The list {@link #announcedItem} last looked at, and whether its lead announced it. */
  private ListBlock announcedList;
  private boolean announced;

  ActionItemImporter(ImportState state) {
    this.state = state;
  }

  void read(SourcePart part) {
    boolean tracking = part.within(SectionHome.FOLLOW_UP_TRACKING);
    boolean hasTable = part.nodes.stream().anyMatch(n -> n instanceof TableBlock);
    state.eachNode(part, "actionItems", (node, item) -> {
      if (node instanceof TableBlock) {
        return table(node, part.horizon, tracking);
      }
      if (node instanceof ListItem li) {
        boolean task = item != null && ImportState.TASK.matcher(item).matches() || isTask(li);
        if (hasTable && !task) {
          return false; // bullets that explain the table below are not items
        }
        return listItem(li, item, part.horizon);
      }
      return false;
    });
  }

  /**
   * Reads a checklist item found in a section whose heading was not recognised (in another
   * language, say): a task list is action items whatever its heading.
   */
  boolean taskItem(Node node, String item) {
    return node instanceof ListItem li && (item != null && ImportState.TASK.matcher(item).matches() || isTask(li))
        && listItem(li, item, Optional.empty());
  }

  /**
   * Reads a list item found outside the action items when the paragraph just above its list
   * announces the list as follow-up work ("To avoid this in the future, we are taking the
   * following steps:"), as availability reports and cloud incident summaries write them.
   */
  boolean announcedItem(Node node, String item) {
    if (!(node instanceof ListItem li) || !(li.getParent() instanceof ListBlock list)) {
      return false;
    }
    if (list != announcedList) {
      // Once per list, not per item: a long list under a long paragraph stays linear.
      announcedList = list;
      announced = list.getPrevious() instanceof Paragraph lead && announces(lead);
    }
    return announced && listItem(li, item, Optional.empty());
  }

  /** Whether a paragraph's last sentence promises the list below it as future work. */
  private boolean announces(Paragraph lead) {
    // Only the end is read, so that a long paragraph costs no more than a short one.
    String text = HandWritten.oneLine(state.src.source(lead));
    String end = text.length() > 400 ? text.substring(text.length() - 400) : text;
    return ANNOUNCED.matcher(end).matches();
  }

  /** Whether a trailing parenthesis holds only a person's name: "Roll back (Luis)", "(Maya Chen)". */
  private static boolean ownerAlone(List<String> parts) {
    return parts.size() == 1 && ActionFields.isName(HandWritten.trim(parts.get(0)));
  }

  private boolean isTask(ListItem li) {
    Node first = li.getFirstChild();
    return first instanceof Paragraph p && ImportState.TASK.matcher(state.src.source(p)).lookingAt();
  }

  private boolean listItem(ListItem li, String item, Optional<Horizon> horizon) {
    String text = item;
    List<String> details = new ArrayList<>();
    if (text == null) {
      Node first = li.getFirstChild();
      if (!(first instanceof Paragraph p)) {
        return false;
      }
      text = HandWritten.oneLine(state.src.source(p));
      for (Node child = first.getNext(); child != null; child = child.getNext()) {
        if (child instanceof ListBlock list) {
          for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) {
            details.add(HandWritten.oneLine(state.raw(sub)).replaceFirst("^(?:[-*+]|[0-9]+[.)])[ \\t]+", ""));
          }
        } else {
          details.add(HandWritten.oneLine(state.raw(child)));
        }
      }
    }
    return checklistItem(text, SourceText.firstLine(li), horizon, details);
  }

  private boolean checklistItem(String text, int line, Optional<Horizon> horizon, List<String> details) {
    ActionFields fields = new ActionFields(state, "actionItems[" + state.model.actionItems.size() + "]", line);
    String t = text;
    Matcher task = ImportState.TASK.matcher(t);
    if (task.matches()) {
      fields.status = Optional.of(task.group(1).isBlank() ? ActionStatus.OPEN : ActionStatus.DONE);
      t = task.group(2);
    }
    Matcher struck = STRUCK.matcher(t);
    if (struck.matches()) {
      fields.status = Optional.of(ActionStatus.DONE);
      t = struck.group(1) + (struck.group(2).isBlank() ? "" : " " + struck.group(2));
    }
    Matcher done = DONE_MARK.matcher(t);
    if (done.matches() && !done.group(1).isBlank()) {
      fields.status = Optional.of(ActionStatus.DONE);
      t = done.group(1);
    }
    t = leadingFields(t, fields);
    Matcher ticket = TRAILING_TICKET.matcher(t);
    if (ticket.matches() && !ticket.group(1).isBlank()) {
      String tk = ticket.group(2);
      fields.put("ticket", tk.startsWith("(") ? tk.substring(1, tk.length() - 1) : tk);
      t = ticket.group(1);
    }
    // A trailing parenthesis of fields: "Fix it (owner: @bob, due 2024-04-01)".
    Matcher paren = TRAILING_FIELDS.matcher(t);
    List<String> trailing = new ArrayList<>();
    if (paren.matches()) {
      List<String> parts = List.of(paren.group(2).split("[,;][ \\t]*"));
      if (parts.stream().allMatch(p -> fields.recognises(HandWritten.trim(p))) || ownerAlone(parts)) {
        t = paren.group(1);
        trailing.addAll(parts);
      }
    }
    Matcher sep = SEPARATOR.matcher(t);
    List<int[]> cuts = new ArrayList<>();
    while (sep.find()) {
      cuts.add(new int[] {sep.start(), sep.end(), t.charAt(sep.start() + 1) == '—' || t.charAt(sep.start() + 1) == '–' ? 1 : 0});
    }
    int end = t.length();
    List<String> parsed = new ArrayList<>();
    String owner = null;
    for (int i = cuts.size() - 1; i >= 0; i--) {
      String segment = HandWritten.trim(t.substring(cuts.get(i)[1], end));
      if (fields.recognises(segment)) {
        parsed.add(0, segment);
      } else if (cuts.get(i)[2] == 1 && owner == null && ActionFields.isOwnerAfterDash(segment)) {
        owner = segment; // "Fix it — admin team": after an em dash, who owns it
      } else {
        break;
      }
      end = cuts.get(i)[0];
    }
    String description = HandWritten.trim(t.substring(0, end));
    if (end < t.length() || !trailing.isEmpty()) {
      // "Stop keying by id (CACHE-88) — @oskar, due 2024-10-04": fields before the separated ones.
      Matcher inner = TRAILING_FIELDS.matcher(description);
      if (inner.matches() && !inner.group(1).isBlank()) {
        List<String> parts = List.of(inner.group(2).split("[,;][ \\t]*"));
        if (parts.stream().allMatch(p -> fields.recognises(HandWritten.trim(p))) || ownerAlone(parts)) {
          description = HandWritten.trim(inner.group(1));
          trailing.addAll(parts);
        }
      }
    }
    if (end < t.length() || !trailing.isEmpty()) {
      description = boldLead(description); // "**Issue credits** (@kofi, due 3/22)": the bold is the title
    }
    fields.put("description", description);
    for (String p : parsed) {
      fields.putSegment(HandWritten.trim(p));
    }
    if (owner != null && !fields.values.containsKey("owner")) {
      fields.put("owner", owner);
    } else if (owner != null) {
      fields.put("notes", owner);
    }
    for (String p : trailing) {
      fields.putSegment(HandWritten.trim(p));
    }
    for (String detail : details) {
      String[] pair = ImportState.label(detail);
      if (pair != null && ActionFields.field(pair[0]) != null && !"description".equals(ActionFields.field(pair[0]))) {
        fields.put(pair[0], pair[1]);
      } else {
        fields.put("notes", detail);
      }
    }
    add(fields, horizon);
    return true;
  }

  /**
   * Whether {@code rest} is only fields after a separator ({@code - Owner: @a - Due: 2016-07-18}):
   * then the bold word before it, even "backlog" or "High", is the item's text, not its status or
   * priority.
   */
  private static boolean onlyFieldsAfter(String rest, ActionFields fields) {
    Matcher lead = LEADING_SEPARATOR.matcher(rest);
    if (!lead.lookingAt()) {
      return false;
    }
    for (String segment : SEPARATOR.split(rest.substring(lead.end()))) {
      if (!fields.recognises(HandWritten.trim(segment))) {
        return false;
      }
    }
    return true;
  }

  private static String boldLead(String text) {
    if (text.length() > 4 && text.startsWith("**") && text.endsWith("**")
        && !text.substring(2, text.length() - 2).contains("**")) {
      return HandWritten.trim(text.substring(2, text.length() - 2));
    }
    return text;
  }

  /** Reads the owner and priority written before the text: {@code @jlee: }, {@code [Team] }, {@code P0: }, {@code **HIGH** }. */
  private String leadingFields(String text, ActionFields fields) {
    String t = text;
    for (int round = 0; round < 2; round++) {
      Matcher priority = LEADING_PRIORITY.matcher(t);
      if (priority.matches() && !onlyFieldsAfter(priority.group("rest"), fields)) {
        String p = priority.group("bold") != null ? priority.group("bold")
            : priority.group("p") != null ? priority.group("p") : priority.group("bracket");
        if (HandWritten.priority(p).isPresent()) {
          fields.put("priority", p);
          t = priority.group("rest");
          continue;
        }
        if (ActionFields.status(p).isPresent()) {
          fields.status = ActionFields.status(p);
          t = priority.group("rest");
          continue;
        }
      }
      Matcher owner = LEADING_OWNER.matcher(t);
      if (owner.matches() && !fields.values.containsKey("owner")) {
        String o = owner.group("handle") != null ? owner.group("handle") : owner.group("team");
        if (HandWritten.priority(o).isPresent()) {
          fields.put("priority", o);
        } else {
          fields.put("owner", o);
        }
        t = owner.group("rest");
        continue;
      }
      break;
    }
    return t;
  }

  private boolean table(Node node, Optional<Horizon> horizon, boolean tracking) {
    TableRows table = TableRows.read(state.src, SourceText.firstLine(node), SourceText.lastLine(node));
    int description = -1;
    for (int i = 0; i < table.header().size() && description < 0; i++) {
      if ("description".equals(ActionFields.field(table.header().get(i)))) {
        description = i;
      }
    }
    if (description < 0) {
      return false;
    }
    for (List<Cell> row : table.rows()) {
      int line = row.isEmpty() ? table.firstLine() : row.get(0).line();
      ActionFields fields = new ActionFields(state, "actionItems[" + state.model.actionItems.size() + "]", line);
      for (int c = 0; c < row.size(); c++) {
        String v = row.get(c).text();
        String header = c < table.header().size() ? table.header().get(c) : "Column " + (c + 1);
        if (!v.isEmpty()) {
          fields.put(c == description ? "description" : header, v);
        }
      }
      if (!tracking || !merge(fields)) {
        add(fields, horizon);
      }
    }
    return true;
  }

  /**
   * Merges a tracking row into the first item above with the same action text that no row has
   * updated yet; false when there is none.
   */
  private boolean merge(ActionFields row) {
    String text = row.values.get("description");
    if (text == null) {
      return false;
    }
    String key = matchKey(text);
    for (int i = 0; i < state.model.actionItems.size(); i++) {
      ActionItem item = state.model.actionItems.get(i);
      if (!tracked.contains(i) && matchKey(item.description()).equals(key)) {
        tracked.add(i);
        ActionItem tracked = build(row, Optional.empty(), item.description());
        if (tracked == null) {
          return true;
        }
        ActionItem.Builder merged = ActionItem.builder().from(item);
        tracked.owner().filter(o -> item.owner().isEmpty()).ifPresent(merged::owner);
        tracked.dueDate().filter(o -> item.dueDate().isEmpty()).ifPresent(merged::dueDate);
        tracked.priority().filter(o -> item.priority().isEmpty()).ifPresent(merged::priority);
        tracked.ticket().filter(o -> item.ticket().isEmpty()).ifPresent(merged::ticket);
        tracked.type().filter(o -> item.type().isEmpty()).ifPresent(merged::type);
        if (row.status.isPresent() || row.values.containsKey("status") || tracked.completedOn().isPresent()) {
          merged.status(tracked.status());
          merged.completedOn(tracked.completedOn());
        }
        tracked.notes().ifPresent(n -> merged.notes(item.notes().map(o -> o + "; " + n).orElse(n)));
        state.model.actionItems.set(i, merged.build());
        state.line("actionItems[" + i + "]", row.line);
        return true;
      }
    }
    return false;
  }

  private static String matchKey(String text) {
    return HandWritten.unwrap(text).replaceAll("[*_`~]", "").replaceAll("[\\s.]+$", "")
        .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private void add(ActionFields f, Optional<Horizon> horizon) {
    ActionItem item = build(f, horizon, null);
    if (item != null) {
      state.line(f.path, f.line);
      state.model.actionItems.add(item);
    }
  }

  /** Builds the item; null when every field is a placeholder (each is reported). */
  private ActionItem build(ActionFields f, Optional<Horizon> horizon, String knownDescription) {
    ActionItem.Builder a = ActionItem.builder();
    List<String> notes = new ArrayList<>();
    String path = f.path;
    boolean real = false;
    List<String[]> placeholders = new ArrayList<>();
    Optional<ActionStatus> status = f.status;
    Optional<LocalDate> completed = Optional.empty();
    String description = null;
    for (Map.Entry<String, String> entry : f.values.entrySet()) {
      String key = entry.getKey();
      String v = HandWritten.oneLine(entry.getValue());
      if (v.isEmpty()) {
        continue;
      }
      boolean link = v.matches("\\[[^\\]]+\\]\\([^)]+\\)");
      if (!link && Placeholders.isPlaceholder(v) || key.equals("status") && v.contains("/") && isStatusChoice(v)) {
        placeholders.add(new String[] {key, v});
        continue;
      }
      real = true;
      switch (key) {
        case "description" -> description = HandWritten.unwrap(v);
        case "owner" -> a.owner(v);
        case "priority" -> HandWritten.priority(v).ifPresentOrElse(a::priority,
            () -> state.unreadable(path + ".priority", f.line, "Priority", v, "a priority such as high or P1"));
        case "due" -> f.date(v).ifPresentOrElse(a::dueDate,
            () -> state.unreadable(path + ".dueDate", f.line, "Due", v, "a date such as 2024-03-14"));
        case "status" -> {
          Optional<ActionStatus> s = ActionFields.status(v);
          if (s.isPresent()) {
            status = s;
          } else {
            state.unreadable(path + ".status", f.line, "Status", v, "a status such as open or done");
          }
        }
        case "completed" -> {
          Optional<LocalDate> d = f.date(v);
          if (d.isPresent()) {
            completed = d;
          } else {
            state.unreadable(path + ".completedOn", f.line, "Completed", v, "a date such as 2024-03-14");
          }
        }
        case "horizon" -> HORIZON.read(HandWritten.unwrap(v)).or(() -> SectionHome.horizon(v)).ifPresentOrElse(a::horizon,
            () -> state.unreadable(path + ".horizon", f.line, "Horizon", v, "immediate, short term or long term"));
        case "type" -> ACTION_TYPE.read(HandWritten.unwrap(v)).ifPresentOrElse(a::type,
            () -> state.unreadable(path + ".type", f.line, "Type", v, "mitigate, prevent or detect"));
        case "ticket" -> {
          String ticket = state.resolveLink(v);
          if (ticket.matches(".*\\s.*")) {
            state.unreadable(path + ".ticket", f.line, "Ticket", v, "a ticket reference without spaces such as PAY-12");
          } else {
            a.ticket(ticket);
          }
        }
        case "notes" -> notes.add(v);
        default -> notes.add(key + ": " + v); // a column the model has no field for
      }
    }
    for (String[] placeholder : placeholders) {
      String field = switch (placeholder[0]) {
        case "due" -> "dueDate";
        case "completed" -> "completedOn";
        default -> placeholder[0];
      };
      state.finding(ImportRule.UNFILLED_PLACEHOLDER, real ? path + "." + field : "actionItems", f.line,
          field + " \"" + placeholder[1] + "\" is a template placeholder; read as empty"
              + (real ? "" : " (the whole item is, so it was left out)"));
    }
    if (!real) {
      return null;
    }
    if (description == null) {
      description = knownDescription != null ? knownDescription
          : notes.isEmpty() ? "(no description)" : notes.remove(0);
    }
    if (completed.isPresent()) {
      if (status.isEmpty() || status.get() == ActionStatus.DONE) {
        status = Optional.of(ActionStatus.DONE);
        a.completedOn(completed.get());
      } else {
        state.unreadable(path + ".completedOn", f.line, "Completed", completed.get().toString(),
            "a completion date of an item that is done (it is " + status.get() + ")");
      }
    }
    status.ifPresent(a::status);
    if (horizon.isPresent() && !f.values.containsKey("horizon")) {
      a.horizon(horizon.get());
    }
    a.description(description);
    if (!notes.isEmpty()) {
      a.notes(String.join("; ", notes));
    }
    return a.build();
  }

  private static boolean isStatusChoice(String v) {
    int readable = 0;
    for (String option : v.split("/")) {
      readable += ActionFields.status(HandWritten.trim(option)).isPresent() ? 1 : 0;
    }
    return readable >= 2;
  }
}
