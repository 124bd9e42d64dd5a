package dev.postmortem.markdown.internal;

import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.markdown.internal.EventKinds.Rule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Each milestone rule's stems against its pattern: a text contains a match of the pattern only
 * if it contains one of the stems, so that skipping the pattern for a text without them changes
 * no answer. Checked on every line of the import corpus and test documents, and on texts made of
 * the patterns' own words.
 */
class EventKindsStemsTest {
  /** What goes between words: spaces, and the punctuation the patterns stop or start at. */
  private static final List<String> GLUE = List.of(" ", " ", " ", "  ", ". ", ", ", "; ", ": ", "-", "'", " **",
      "** ", " (", ") ", "\n");

  @Test
  void everyLineOfTheTestDocumentsGetsTheSameAnswerWithAndWithoutTheStems() throws Exception {
    List<String> lines = testDocumentLines();
    assertTrue(lines.size() > 5_000, lines.size() + " lines");
    int matched = 0;
    for (String line : lines) {
      String text = line.toLowerCase(Locale.ROOT);
      for (Rule rule : EventKinds.rules()) {
        boolean found = rule.words().matcher(text).find();
        assertEquals(found, rule.matches(text), () -> rule.kind() + ": " + text);
        matched += found ? 1 : 0;
      }
    }
    // The documents are full of milestones: the check above saw the patterns match, not only fail.
    assertTrue(matched > 300, matched + " matches");
  }

  @Test
  void textsOfThePatternsOwnWordsGetTheSameAnswerWithAndWithoutTheStems() {
    List<String> words = patternWords();
    Gen<String> word = SourceDSL.integers().between(0, words.size() - 1).map(words::get);
    Gen<String> glue = SourceDSL.integers().between(0, GLUE.size() - 1).map(GLUE::get);
    Gen<String> texts = SourceDSL.lists().of(word.zip(glue, String::concat)).ofSizeBetween(1, 7)
        .map(pieces -> String.join("", pieces).toLowerCase(Locale.ROOT));
    int[] matched = new int[1];
    theory().withExamples(50_000).forAll(texts).checkAssert(text -> {
      for (Rule rule : EventKinds.rules()) {
        boolean found = rule.words().matcher(text).find();
        assertEquals(found, rule.matches(text), () -> rule.kind() + ": " + text);
        matched[0] += found ? 1 : 0;
      }
    });
    assertTrue(matched[0] > 5_000, matched[0] + " matches");
  }

  /** The words of every rule's pattern: its runs of letters, apostrophes and colons. */
  private static List<String> patternWords() {
    Set<String> words = new LinkedHashSet<>();
    for (Rule rule : EventKinds.rules()) {
      for (String word : rule.words().pattern().split("\\\\[bsS]|[^\\p{L}':_-]+")) {
        if (word.length() > 1) {
          words.add(word);
        }
      }
    }
    words.addAll(List.of("the", "a", "our", "we", "sev2", "sev-1", "team", "on-call", "oncall", "us"));
    return new ArrayList<>(words);
  }

  private static List<String> testDocumentLines() throws IOException, URISyntaxException {
    List<String> lines = new ArrayList<>();
    for (String folder : List.of("/corpus", "/import", "/shapes")) {
      try (Stream<Path> files = Files.walk(Path.of(EventKindsStemsTest.class.getResource(folder).toURI()))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
          lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
      }
    }
    return lines;
  }
}
