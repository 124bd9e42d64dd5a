package dev.postmortem.testing;

import static dev.postmortem.testing.properties.PostmortemGens.postmortems;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.CustomSection;
import dev.postmortem.Postmortem;
import dev.postmortem.PostmortemDiff;
import dev.postmortem.PostmortemDiff.Change;
import dev.postmortem.Responder;
import dev.postmortem.Severity;
import dev.postmortem.TimelineEvent;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Properties of {@link PostmortemDiff} over generated postmortems: a postmortem has no changes
 * against itself; every path a diff names reads, on each side, the value the change gives for that
 * side; and one change made through a builder is the one change the diff reports. Paths are read
 * here by their own small parser, not by the diff's code.
 */
class PostmortemDiffPropertiesTest {

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void aPostmortemHasNoChangesAgainstItselfOrACopy(Flavour flavour) {
    theory().forAll(postmortems(flavour)).checkAssert(p -> {
      assertEquals(List.of(), PostmortemDiff.between(p, p).changes());
      assertEquals(List.of(), PostmortemDiff.between(p, Postmortem.builder().from(p).build()).changes());
    });
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void everyPathNamedReadsItsValuesOnEachSide(Flavour flavour) {
    theory().forAll(postmortems(flavour), postmortems(flavour)).checkAssert((a, b) -> {
      PostmortemDiff diff = PostmortemDiff.between(a, b);
      assertEquals(a.equals(b), diff.isEmpty(), diff::toString);
      for (Change change : diff.changes()) {
        assertEquals(change.before(), Paths.read(a, change.path()), () -> "before at " + change);
        assertEquals(change.after(), Paths.read(b, change.path()), () -> "after at " + change);
      }
      assertTrue(diff.toMarkdown().lines().count() == Math.max(1, diff.changes().size()));
    });
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void oneChangeMadeThroughTheBuilderIsTheOneChangeReported(Flavour flavour) {
    theory().forAll(postmortems(flavour), integers().between(0, Edit.values().length - 1),
        integers().allPositive()).checkAssert((a, kind, n) -> {
          Edit edit = Edit.values()[kind].applicable(a) ? Edit.values()[kind] : Edit.TITLE;
          Edited edited = edit.apply(a, n);
          List<Change> changes = PostmortemDiff.between(a, edited.postmortem()).changes();
          assertEquals(1, changes.size(), () -> edit + " gave " + changes);
          Change change = changes.get(0);
          assertEquals(edited.path(), Paths.parse(change.path()), () -> edit + " at " + change);
          assertEquals(edited.before(), change.before(), edit::toString);
          assertEquals(edited.after(), change.after(), edit::toString);
          assertEquals(change.before(), Paths.read(a, change.path()));
          assertEquals(change.after(), Paths.read(edited.postmortem(), change.path()));
        });
  }

  /** A postmortem with one change, the parsed path of that change, and its two values. */
  private record Edited(Postmortem postmortem, List<Object> path, Optional<Object> before,
      Optional<Object> after) {}

  /** One change, made through the builder. */
  private enum Edit {
    TITLE {
      @Override
      Edited apply(Postmortem a, int n) {
        String title = a.title() + " (rev " + n + ")";
        return new Edited(Postmortem.builder().from(a).title(title).build(), List.of(new Name("title")),
            Optional.of(a.title()), Optional.of(title));
      }
    },
    OWNER {
      @Override
      boolean applicable(Postmortem a) {
        return !a.owner().equals(Optional.of("@diff-probe"));
      }

      @Override
      Edited apply(Postmortem a, int n) {
        return new Edited(Postmortem.builder().from(a).owner("@diff-probe").build(), List.of(new Name("owner")),
            a.owner().map(o -> o), Optional.of("@diff-probe"));
      }
    },
    SEVERITY {
      @Override
      Edited apply(Postmortem a, int n) {
        List<Severity> others = new ArrayList<>(List.of(Severity.SEV_1, Severity.SEV_2,
            Severity.SEV_3, Severity.SEV_4, Severity.SEV_5));
        a.severity().ifPresent(others::remove);
        Severity severity = others.get(n % others.size());
        return new Edited(Postmortem.builder().from(a).severity(severity).build(),
            List.of(new Name("severity")), a.severity().map(s -> s), Optional.of(severity));
      }
    },
    INSERT_EVENT {
      @Override
      Edited apply(Postmortem a, int n) {
        TimelineEvent event = TimelineEvent.builder().description(unused(a.timeline(),
            Paths::identity, "Diff probe event")).build();
        List<TimelineEvent> timeline = new ArrayList<>(a.timeline());
        timeline.add(n % (timeline.size() + 1), event);
        return new Edited(Postmortem.builder().from(a).timeline(timeline).build(),
            List.of(new Name("timeline"), new Key(event.description(), 1)), Optional.empty(),
            Optional.of(event));
      }
    },
    REMOVE_SECTION {
      @Override
      boolean applicable(Postmortem a) {
        return !unique(a.customSections(), CustomSection::heading).isEmpty();
      }

      @Override
      Edited apply(Postmortem a, int n) {
        List<CustomSection> candidates = unique(a.customSections(), CustomSection::heading);
        CustomSection gone = candidates.get(n % candidates.size());
        List<CustomSection> sections = new ArrayList<>(a.customSections());
        sections.remove(gone);
        return new Edited(Postmortem.builder().from(a).customSections(sections).build(),
            List.of(new Name("customSections"), new Key(gone.heading(), 1)), Optional.of(gone),
            Optional.empty());
      }
    },
    ACTION_STATUS {
      @Override
      boolean applicable(Postmortem a) {
        return !candidates(a).isEmpty();
      }

      private List<ActionItem> candidates(Postmortem a) {
        return unique(a.actionItems(), ActionItem::description).stream()
            .filter(item -> item.completedOn().isEmpty()).toList();
      }

      @Override
      Edited apply(Postmortem a, int n) {
        List<ActionItem> candidates = candidates(a);
        ActionItem item = candidates.get(n % candidates.size());
        List<ActionStatus> others = new ArrayList<>(List.of(ActionStatus.values()));
        others.remove(item.status());
        ActionStatus status = others.get(n % others.size());
        List<ActionItem> items = new ArrayList<>(a.actionItems());
        items.set(items.indexOf(item), ActionItem.builder().from(item).status(status).build());
        return new Edited(Postmortem.builder().from(a).actionItems(items).build(),
            List.of(new Name("actionItems"), new Key(item.description(), 1), new Name("status")),
            Optional.of(item.status()), Optional.of(status));
      }
    },
    RESPONDER_ROLE {
      @Override
      boolean applicable(Postmortem a) {
        return unique(a.responders(), Responder::name).stream()
            .anyMatch(r -> !r.role().equals(Optional.of("Diff probe role")));
      }

      @Override
      Edited apply(Postmortem a, int n) {
        List<Responder> candidates = unique(a.responders(), Responder::name).stream()
            .filter(r -> !r.role().equals(Optional.of("Diff probe role"))).toList();
        Responder responder = candidates.get(n % candidates.size());
        List<Responder> responders = new ArrayList<>(a.responders());
        responders.set(responders.indexOf(responder), Responder.of(responder.name(), "Diff probe role"));
        return new Edited(Postmortem.builder().from(a).responders(responders).build(),
            List.of(new Name("responders"), new Key(responder.name(), 1), new Name("role")),
            responder.role().map(r -> r), Optional.of("Diff probe role"));
      }
    },
    SUMMARY_TLDR {
      @Override
      Edited apply(Postmortem a, int n) {
        // Block text: a fixed paragraph, since adding to arbitrary Markdown may break a rule.
        String tldr = a.summary().tldr().equals(Optional.of("Diff probe.")) ? "Diff probe, again."
            : "Diff probe.";
        return new Edited(Postmortem.builder().from(a).summary(s -> s.from(a.summary()).tldr(tldr)).build(),
            List.of(new Name("summary"), new Name("tldr")), a.summary().tldr().map(t -> t),
            Optional.of(tldr));
      }
    },
    APPEND_TAG {
      @Override
      Edited apply(Postmortem a, int n) {
        String tag = "diff-probe-" + n;
        return new Edited(Postmortem.builder().from(a).addTag(tag).build(),
            List.of(new Name("tags"), new Index(a.tags().size())), Optional.empty(),
            Optional.of(tag));
      }
    },
    ATTRIBUTE {
      @Override
      Edited apply(Postmortem a, int n) {
        String key = unused(List.copyOf(a.attributes().keySet()), k -> k, "diff-probe");
        return new Edited(Postmortem.builder().from(a).putAttribute(key, "x" + n).build(),
            List.of(new Name("attributes"), new Key(key, 1)), Optional.empty(),
            Optional.of("x" + n));
      }
    };

    boolean applicable(Postmortem a) {
      return true;
    }

    abstract Edited apply(Postmortem a, int n);
  }

  /** Returns the elements whose identity no other element of the list shares. */
  private static <T> List<T> unique(List<T> list, Function<T, String> identity) {
    Map<String, Integer> counts = new HashMap<>();
    list.forEach(e -> counts.merge(identity.apply(e), 1, Integer::sum));
    return list.stream().filter(e -> counts.get(identity.apply(e)) == 1).toList();
  }

  /** Returns {@code base}, or {@code base 2}, … whichever no element of the list has. */
  private static <T> String unused(List<T> list, Function<T, String> identity, String base) {
    List<String> taken = list.stream().map(identity).toList();
    String candidate = base;
    for (int i = 2; taken.contains(candidate); i++) {
      candidate = base + " " + i;
    }
    return candidate;
  }

  /** A field of a value. */
  record Name(String name) {}

  /** A list element by position. */
  record Index(int index) {}

  /** A list element by identity and occurrence (from 1), or a map entry by key (occurrence 1). */
  record Key(String key, int occurrence) {}

  /** Reads the diff's paths, independently of its implementation. */
  static final class Paths {
    private Paths() {}

    /** Returns the identity of a list element, as PostmortemDiff documents it, or null. */
    static String identity(Object element) {
      if (element instanceof ActionItem item) {
        return item.description();
      } else if (element instanceof TimelineEvent event) {
        return event.at().map(at -> at + " ").orElse("") + event.description();
      } else if (element instanceof CustomSection section) {
        return section.heading();
      } else if (element instanceof Responder responder) {
        return responder.name();
      }
      return null;
    }

    static List<Object> parse(String path) {
      List<Object> out = new ArrayList<>();
      int i = 0;
      while (i < path.length()) {
        char c = path.charAt(i);
        if (c == '.') {
          i++;
        } else if (c == '[' && path.charAt(i + 1) == '"') {
          StringBuilder key = new StringBuilder();
          i += 2;
          while (path.charAt(i) != '"') {
            char k = path.charAt(i++);
            if (k == '\\') {
              char e = path.charAt(i++);
              switch (e) {
                case 'n' -> key.append('\n');
                case 'r' -> key.append('\r');
                case 't' -> key.append('\t');
                case 'u' -> {
                  key.append((char) Integer.parseInt(path.substring(i, i + 4), 16));
                  i += 4;
                }
                default -> key.append(e);
              }
            } else {
              key.append(k);
            }
          }
          i++;
          int occurrence = 1;
          if (path.charAt(i) == '#') {
            int end = path.indexOf(']', i);
            occurrence = Integer.parseInt(path.substring(i + 1, end));
            i = end;
          }
          if (path.charAt(i) != ']') {
            throw new AssertionError("bad key in " + path);
          }
          i++;
          out.add(new Key(key.toString(), occurrence));
        } else if (c == '[') {
          int end = path.indexOf(']', i);
          out.add(new Index(Integer.parseInt(path.substring(i + 1, end))));
          i = end + 1;
        } else {
          int end = i;
          while (end < path.length() && Character.isJavaIdentifierPart(path.charAt(end))) {
            end++;
          }
          if (end == i) {
            throw new AssertionError("bad path " + path + " at " + i);
          }
          out.add(new Name(path.substring(i, end)));
          i = end;
        }
      }
      return out;
    }

    /** Returns the value at {@code path} in {@code p}, empty when there is none. */
    static Optional<Object> read(Postmortem p, String path) {
      Object value = p;
      for (Object segment : parse(path)) {
        if (segment instanceof Name name) {
          value = invoke(value, name.name());
        } else if (segment instanceof Index index && value instanceof List<?> list) {
          value = index.index() < list.size() ? list.get(index.index()) : null;
        } else if (segment instanceof Key key && value instanceof Map<?, ?> map) {
          value = map.get(key.key());
        } else if (segment instanceof Key key && value instanceof List<?> list) {
          value = list.stream().filter(e -> key.key().equals(identity(e)))
              .skip(key.occurrence() - 1).findFirst().orElse(null);
        } else {
          throw new AssertionError(segment + " does not apply to " + value + " in " + path);
        }
        if (value instanceof Optional<?> optional) {
          value = optional.orElse(null);
        }
        if (value == null) {
          return Optional.empty();
        }
      }
      return Optional.of(value);
    }

    private static Object invoke(Object value, String name) {
      try {
        Method accessor = value.getClass().getSuperclass().getMethod(name);
        return accessor.invoke(value);
      } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError("no field " + name + " in " + value.getClass().getSuperclass(), e);
      }
    }
  }
}
