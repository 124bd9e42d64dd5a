package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLimits.Limit;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each limit, set small through the builders of the parser and the importer: the exception names
 * it and gives the line and column where reading stopped.
 */
class MarkdownLimitsTest {

  private static PostmortemParseException exceeded(Limit limit, Executable read) {
    PostmortemParseException e = assertThrows(PostmortemParseException.class, read);
    assertEquals(Problem.LIMIT_EXCEEDED, e.problem(), e::getMessage);
    assertEquals(Optional.of(limit), e.limit(), e::getMessage);
    return e;
  }

  private static PostmortemParseException both(ParseLimits limits, Limit limit, String text) {
    PostmortemParseException strict = exceeded(limit, () ->
        MarkdownFormat.builder().limits(limits).build().parser().orElseThrow().parse(text));
    PostmortemParseException imported = exceeded(limit, () ->
        MarkdownImporter.builder().limits(limits).build().read(text));
    assertEquals(strict.getMessage(), imported.getMessage(), "the importer checks the same limits");
    return strict;
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertEquals(ParseLimits.create(), MarkdownFormat.create().limits());
  }

  @Test
  void listSizeCountsListItemsAndTableRows() {
    ParseLimits three = ParseLimits.builder().maxListSize(3).build();
    PostmortemParseException list =
        both(three, Limit.MAX_LIST_SIZE, "# T\n\n## What went well\n\n- a\n- b\n- c\n- d\n");
    assertEquals("Expected at most 3 items in one list (limit maxListSize) but was item 4 "
        + "at line 8, column 1", list.getMessage());
    PostmortemParseException rows = both(three, Limit.MAX_LIST_SIZE,
        "# T\n\n## Timeline\n\nAll times UTC.\n\n"
        + "| Time | Kind | Event |\n| --- | --- | --- |\n| 2024-03-14 14:01 | started | a |\n"
        + "| 2024-03-14 14:02 | alerted | b |\n| 2024-03-14 14:03 | other | c |\n"
        + "| 2024-03-14 14:04 | other | d |\n");
    assertEquals("at most 3 rows in one table (limit maxListSize)", rows.expected());
    assertEquals(ParseLocation.at(12, 1), rows.location());
  }

  @Test
  void nestingCountsBlocksInBlocks() {
    PostmortemParseException deep = both(ParseLimits.builder().maxNestingDepth(4).build(),
        Limit.MAX_NESTING_DEPTH, "# T\n\n## Custom\n\n> > > > > deep\n");
    assertEquals("at most 4 levels of nesting (limit maxNestingDepth)", deep.expected());
    assertEquals("a block quote at depth 5", deep.found());
    assertEquals(ParseLocation.at(5, 9), deep.location(), "the fifth level, counted from the document");
  }

  @Test
  void fieldLengthCountsOneBlock() {
    PostmortemParseException field = both(ParseLimits.builder().maxFieldLength(10).build(),
        Limit.MAX_FIELD_LENGTH, "# T\n\n## TL;DR\n\nshort\n\n" + "x".repeat(11) + "\n");
    assertEquals("Expected at most 10 characters in one value (limit maxFieldLength) but was a "
        + "paragraph of 11 characters at line 7, column 1", field.getMessage());
  }

  @Test
  void fieldLengthCountsOneTableCell() {
    // The row's line is over the limit, its first cell is not: the second one is named. (Before
    // 2026-12-03 cells were not checked at all: with block spans only, they have no span.)
    PostmortemParseException cell = both(ParseLimits.builder().maxFieldLength(12).build(),
        Limit.MAX_FIELD_LENGTH, "# T\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n"
            + "| 14:01 | " + "x".repeat(13) + " |\n");
    assertEquals("Expected at most 12 characters in one value (limit maxFieldLength) but was a "
        + "table cell of 13 characters at line 7, column 11", cell.getMessage());
  }

  @Test
  void documentSizeStopsReadingAtTheFirstCharacterOver() throws Exception {
    ParseLimits small = ParseLimits.builder().maxDocumentChars(20).build();
    String text = "# A title\n\n## TL;DR\n\nmore text than allowed\n";
    PostmortemParseException e = both(small, Limit.MAX_DOCUMENT_CHARS, text);
    assertEquals("Expected at most 20 characters (limit maxDocumentChars) but was more at line 4, "
        + "column 1", e.getMessage(), "character 21 is the first of line 4");
    MarkdownFormat format = MarkdownFormat.builder().limits(small).build();
    assertEquals(e.getMessage(), exceeded(Limit.MAX_DOCUMENT_CHARS,
        () -> format.parser().orElseThrow().parse(new StringReader(text))).getMessage());
    assertEquals(e.getMessage(), exceeded(Limit.MAX_DOCUMENT_CHARS, () -> format.parser()
        .orElseThrow().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .getMessage());
  }
}
