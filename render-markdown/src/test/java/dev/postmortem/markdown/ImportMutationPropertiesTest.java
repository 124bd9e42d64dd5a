package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.testing.properties.Mutations;
import dev.postmortem.testing.properties.ParseOutcomes;
import dev.postmortem.testing.properties.PostmortemGens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated hand-written documents (random character, line and byte edits of the import corpora)
 * give the importer a postmortem that passes the model's invariants, or the parse exception for
 * input that is not a document (not UTF-8, control characters, no text): never a failure for
 * layout reasons. {@code postmortem.properties.mutations} tries (5 000 by default, 500 000 under
 * {@code -Pexhaustive}); a failure prints the smallest case and the seed.
 */
class ImportMutationPropertiesTest {
  private static final ParseOutcomes OUTCOMES = new ParseOutcomes();
  /** What the importer may refuse: input that is not a document, whatever its layout. */
  private static final Set<Problem> NOT_A_DOCUMENT = Set.of(Problem.MALFORMED, Problem.UNEXPECTED,
      Problem.LIMIT_EXCEEDED);

  @Test
  void mutatedHandWrittenDocumentsImportOrAreNotDocuments() {
    List<String> documents = documents();
    assertTrue(documents.size() >= 40, "the corpora hold " + documents.size() + " documents");
    PostmortemGens.theory().withExamples(Mutations.tries())
        .forAll(integers().between(0, documents.size() - 1), Mutations.mutations())
        .checkAssert((index, edits) -> {
          byte[] mutated = Mutations.apply(documents.get(index), edits);
          try {
            OUTCOMES.count(ParseOutcomes.outcome(() -> {
              try {
                return MarkdownImportTest.IMPORTER.read(new ByteArrayInputStream(mutated)).postmortem();
              } catch (PostmortemParseException e) {
                if (!NOT_A_DOCUMENT.contains(e.problem())) {
                  throw new AssertionError("refused for its layout: " + e.getMessage(), e);
                }
                throw e;
              }
            }));
          } catch (Exception e) {
            throw new AssertionError("neither a postmortem nor the parse exception", e);
          }
        });
  }

  private static List<String> documents() {
    List<String> texts = new ArrayList<>();
    for (Path document : ImportCorpusScoreTest.documents()) {
      try {
        texts.add(Files.readString(document, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String name : List.of("bold-lines.md", "filled-compact.md", "filled-detailed.md", "front-matter.md",
        "messy.md", "minimal.md", "pagerduty.md", "sre-book.md", "template-compact-blank.md",
        "template-detailed-blank.md")) {
      texts.add(MarkdownImportTest.text(name));
    }
    return texts;
  }

  @AfterAll
  static void printOutcomes() {
    System.out.println("Import mutation property: " + OUTCOMES.total() + " mutated hand-written documents: "
        + OUTCOMES);
  }
}
