package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.Priority;
import dev.postmortem.Severity;
import dev.postmortem.lint.ImportRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How well the importer reads documents written by hand, measured as the import issue measures
 * it: the corpus in {@code src/test/resources/corpus} holds documents in many layouts, each with
 * an expectations file of its fields written from the document before the importer was run
 * ({@code path = value} lines, see {@link #resolve}). Prints, per document and overall, the share
 * of fields right and of words kept; fails under 95 % of fields or 99 % of words.
 */
class ImportCorpusScoreTest {
  private static final MarkdownImporter IMPORTER = MarkdownImporter.builder()
      .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)((?:\\[[^\\]]+\\])*)");
  private static final Pattern INDEX = Pattern.compile("\\[([^\\]]+)\\]");

  /** One expectation: a path into the model and the value written for it. */
  record Expectation(int line, String path, String value) {}

  @Test
  void theCorpusIsReadWell() throws IOException {
    List<Path> documents = documents();
    assertTrue(documents.size() >= 30, "the corpus has at least 30 documents, has " + documents.size());
    int right = 0;
    int checked = 0;
    long kept = 0;
    long words = 0;
    StringBuilder report = new StringBuilder();
    for (Path document : documents) {
      String text = Files.readString(document, StandardCharsets.UTF_8);
      Postmortem p = IMPORTER.read(text).postmortem();
      List<Expectation> expectations = expectations(expectationsOf(document));
      int docRight = 0;
      List<String> wrong = new ArrayList<>();
      for (Expectation e : expectations) {
        String actual = actual(p, e.path());
        if (normalize(actual).equals(normalize(e.value()))) {
          docRight++;
        } else {
          wrong.add("    " + e.path() + ": expected <" + e.value() + "> but was <" + actual + ">");
        }
      }
      List<String> lost = new ArrayList<>();
      long[] w = wordsKept(text, IMPORTER.read(text), lost);
      right += docRight;
      checked += expectations.size();
      kept += w[0];
      words += w[1];
      report.append(String.format(Locale.ROOT, "%-45s fields %3d/%3d  words %4d/%4d%n",
          document.getFileName(), docRight, expectations.size(), w[0], w[1]));
      wrong.forEach(line -> report.append(line).append('\n'));
      lost.forEach(line -> report.append(line).append('\n'));
    }
    double fields = 100.0 * right / checked;
    double text = 100.0 * kept / words;
    report.append(String.format(Locale.ROOT, "overall: %d documents, fields right %d/%d = %.1f %%, words kept %d/%d = %.2f %%%n",
        documents.size(), right, checked, fields, kept, words, text));
    System.out.print(report);
    assertTrue(fields >= 95.0, "fields right " + fields + " % is under 95 %:\n" + report);
    assertTrue(text >= 99.0, "words kept " + text + " % is under 99 %:\n" + report);
  }

  /** Words of the document's text found in the postmortem, and all of them; placeholders aside. */
  private static long[] wordsKept(String text, ImportedPostmortem imported, List<String> lost) {
    Set<Integer> placeholders = MarkdownImportTest.lines(imported.findings(ImportRule.UNFILLED_PLACEHOLDER));
    Set<String> model = ImportedText.words(imported.postmortem());
    long kept = 0;
    long all = 0;
    int frontMatterEnd = frontMatterEnd(text);
    for (ImportedText.Fragment fragment : ImportedText.fragments(text)) {
      if (placeholders.contains(fragment.line()) || fragment.line() <= frontMatterEnd) {
        continue;
      }
      all += fragment.words().size();
      Set<String> missing = ImportedText.missing(fragment, model);
      kept += fragment.words().size() - missing.size();
      if (!missing.isEmpty()) {
        lost.add("    line " + fragment.line() + " lost " + missing);
      }
    }
    return new long[] {kept, all};
  }

  private static int frontMatterEnd(String text) {
    String[] lines = text.split("\n", -1);
    String fence = lines[0].strip();
    if (!fence.equals("---") && !fence.equals("+++")) {
      return 0;
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals(fence)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Resolves a path such as {@code actionItems[2].owner}, {@code appendix.featureFlags[FLAG]},
   * {@code timeline.size} or {@code severity.rank} on the model by its accessors, and writes the
   * value as the expectations do: Optionals unwrapped, {@code <empty>} for nothing, enums by name,
   * everything else by {@code toString()} (ISO-8601 for times, dates and durations).
   */
  static String actual(Object root, String path) {
    Object value = root;
    for (String segment : path.split("\\.")) {
      value = unwrap(value);
      if (value == null) {
        return "<empty>";
      }
      if (segment.equals("size") && (value instanceof Collection<?> || value instanceof Map<?, ?>)) {
        value = value instanceof Collection<?> c ? c.size() : ((Map<?, ?>) value).size();
        continue;
      }
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a path segment: " + segment + " in " + path);
      }
      value = call(value, m.group(1));
      Matcher index = INDEX.matcher(m.group(2));
      while (index.find()) {
        value = unwrap(value);
        if (value instanceof List<?> list) {
          int i = Integer.parseInt(index.group(1));
          value = i < list.size() ? list.get(i) : null;
        } else if (value instanceof Map<?, ?> map) {
          value = map.get(index.group(1));
        } else {
          throw new IllegalArgumentException("cannot index " + value + " in " + path);
        }
      }
    }
    value = unwrap(value);
    if (value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty()) {
      return "<empty>";
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Severity severity) {
      return severity.label();
    }
    if (value instanceof Priority priority) {
      return priority.label();
    }
    return value.toString();
  }

  private static Object unwrap(Object value) {
    return value instanceof Optional<?> o ? o.orElse(null) : value;
  }

  private static Object call(Object target, String name) {
    // The model's values are generated subclasses that are not public: call the public type's method.
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      try {
        Method method = type.getMethod(name);
        return method.invoke(target);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("no accessor " + name + " on " + type.getSimpleName(), e);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException("no public type for " + target.getClass());
  }

  /** Collapses white space, so that line wrapping in a document does not count. */
  private static String normalize(String value) {
    return value.strip().replaceAll("\\s+", " ");
  }

  static List<Expectation> expectations(Path file) {
    List<Expectation> expectations = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf(" = ");
        if (eq < 0) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + " is not \"path = value\": " + line);
        }
        expectations.add(new Expectation(i + 1, line.substring(0, eq).strip(), line.substring(eq + 3)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expectations;
  }

  private static Path expectationsOf(Path document) {
    String name = document.getFileName().toString();
    return document.resolveSibling(name.substring(0, name.length() - 3) + ".expected");
  }

  static List<Path> documents() {
    try (Stream<Path> files = Files.list(Path.of(ImportCorpusScoreTest.class.getResource("/corpus").toURI()))) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
