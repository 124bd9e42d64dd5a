package dev.postmortem.markdown;

import static dev.postmortem.testing.properties.PostmortemGens.blockTexts;
import static dev.postmortem.testing.properties.PostmortemGens.markdownBlockSources;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.CustomSection;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Postmortem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Block text against commonmark-java (issue 14): nasty block source from a grammar of the
 * constructs that decide where CommonMark blocks end, each placed under a heading between two
 * sections. For every text the model accepts, the document reads back equal, and the writer
 * writes the text as it is exactly when commonmark-java keeps it inside its section (and fences
 * it otherwise). {@code postmortem.properties.blocktexts} texts per run: 20 000 by default,
 * 1 000 000 under {@code -Pexhaustive}. A failure prints the smallest text and the seed.
 */
class MarkdownBlockTextDifferentialTest {
  /** The parser the reader builds on, with the extension it uses; inline parsing is irrelevant. */
  private static final Parser COMMONMARK = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .build();
  /** The shape the writer gives a fenced text, which it fences again when a text has it. */
  private static final Pattern FENCED_SHAPE = Pattern.compile("(~{3,}) markdown verbatim\n.*\n\\1",
      Pattern.DOTALL);
  private static final List<MarkdownFormat> FORMATS = List.of(MarkdownFormat.create(),
      MarkdownFormat.builder().layout(Layout.DETAILED).build());

  private static final AtomicLong TEXTS = new AtomicLong();
  private static final AtomicLong REFUSED = new AtomicLong();
  private static final AtomicLong REFUSED_BUT_KEPT = new AtomicLong();
  private static final AtomicLong AS_IS = new AtomicLong();
  private static final AtomicLong FENCED = new AtomicLong();

  @Test
  void acceptedBlockTextReadsBackAndIsWrittenAsItIsExactlyWhenCommonMarkKeepsItInItsSection() {
    // QuickTheories skips a value it has already tried; a tenth more draws make up for those.
    theory().withExamples(blockTexts() + blockTexts() / 10).forAll(markdownBlockSources())
        .checkAssert(text -> {
          long n = TEXTS.incrementAndGet();
          boolean kept = commonMarkKeepsInItsSection(text);
          Postmortem p;
          try {
            p = Postmortem.builder().title("checkout-api 503s")
                .summary(s -> s.tldr(text).whatHappened("503s"))
                .addWhatWentWell("Paging worked")
                .addCustomSection(CustomSection.of("Before", "x"))
                .addCustomSection(CustomSection.of("Notes", text))
                .addCustomSection(CustomSection.of("After", "y"))
                .build();
          } catch (InvalidPostmortemException refused) {
            REFUSED.incrementAndGet();
            if (kept) {
              REFUSED_BUT_KEPT.incrementAndGet();
            }
            return;
          }
          MarkdownFormat markdown = FORMATS.get((int) (n % FORMATS.size()));
          String document = markdown.render(p);
          assertEquals(p, markdown.parser().orElseThrow().parse(document), document);
          // The detailed layout rules off each section: "---" before the next heading.
          boolean asIs = document.contains("\n## Notes\n\n" + text + "\n\n## After\n")
              || document.contains("\n## Notes\n\n" + text + "\n\n---\n\n## After\n");
          assertEquals(kept && !FENCED_SHAPE.matcher(text).matches(), asIs,
              () -> "written as is: " + asIs + ", kept by commonmark-java: " + kept + "\n" + document);
          (asIs ? AS_IS : FENCED).incrementAndGet();
        });
    assertTrue(TEXTS.get() >= blockTexts(), () -> "tried " + TEXTS.get() + " distinct texts of the "
        + blockTexts() + " promised");
  }

  /**
   * Whether commonmark-java, reading {@code text} as the writer places it (under a level-2
   * heading, after a blank line, with a blank line and the next section's heading after it),
   * finds exactly the three section headings at their lines and no other of levels 1 to 3.
   */
  private static boolean commonMarkKeepsInItsSection(String text) {
    int lines = text.split("\n", -1).length;
    Node document = COMMONMARK.parse("## Before\n\nx\n\n## Notes\n\n" + text + "\n\n## After\n\ny\n");
    List<String> headings = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() <= 3) {
        headings.add(heading.getLevel() + "@" + heading.getSourceSpans().get(0).getLineIndex());
      }
    }
    return headings.equals(List.of("2@0", "2@4", "2@" + (6 + lines + 1)));
  }

  @AfterAll
  static void printCounts() {
    System.out.println("Block text differential property: " + TEXTS.get() + " texts ("
        + blockTexts() + " tries): the model refused " + REFUSED.get() + " (commonmark-java would "
        + "have kept " + REFUSED_BUT_KEPT.get() + " of them inside), accepted "
        + (AS_IS.get() + FENCED.get()) + ": " + AS_IS.get() + " kept inside by commonmark-java and "
        + "written as is, " + FENCED.get() + " fenced by the writer");
  }
}
