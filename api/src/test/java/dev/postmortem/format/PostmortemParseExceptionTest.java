package dev.postmortem.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.format.ParseLimits.Limit;
import dev.postmortem.format.PostmortemParseException.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The limits' phrases, and the limit on the exception. */
class PostmortemParseExceptionTest {

  @Test
  void eachLimitSaysItselfAndIsNamedOnTheException() {
    ParseLimits limits = ParseLimits.builder().maxDocumentChars(40).maxFieldLength(10)
        .maxListSize(3).maxNestingDepth(4).build();
    ParseLocation at = ParseLocation.at(2, 5);
    assertEquals("at most 40 characters (limit maxDocumentChars)",
        Limit.MAX_DOCUMENT_CHARS.exceeded(limits, at, "more").expected());
    assertEquals("at most 10 characters in one value (limit maxFieldLength)",
        Limit.MAX_FIELD_LENGTH.exceeded(limits, at, "a paragraph of 11 characters").expected());
    assertEquals("at most 3 elements in one list (limit maxListSize)",
        Limit.MAX_LIST_SIZE.exceeded(limits, at, "element 4").expected());
    assertEquals("at most 4 levels of nesting (limit maxNestingDepth)",
        Limit.MAX_NESTING_DEPTH.exceeded(limits, at, "a list at depth 5").expected());

    PostmortemParseException rows =
        Limit.MAX_LIST_SIZE.exceeded(limits, "rows in one table", at, "row 4");
    assertEquals("Expected at most 3 rows in one table (limit maxListSize) but was row 4 at "
        + "line 2, column 5", rows.getMessage());
    assertEquals(Problem.LIMIT_EXCEEDED, rows.problem());
    assertEquals(Optional.of(Limit.MAX_LIST_SIZE), rows.limit());
    assertEquals(List.of("maxDocumentChars", "maxFieldLength", "maxListSize", "maxNestingDepth"),
        List.of(Limit.values()).stream().map(Limit::limitName).toList());
    assertEquals(List.of(40, 10, 3, 4),
        List.of(Limit.values()).stream().map(limit -> limit.valueIn(limits)).toList());
  }

  @Test
  void aLimitOfAFormatsOwnHasNoParseLimit() {
    PostmortemParseException e = new PostmortemParseException(Problem.LIMIT_EXCEEDED,
        ParseLocation.path("$.severity.rank"), "a number of at most 1000 digits", "1001 digits", null);
    assertEquals(Optional.empty(), e.limit());
  }
}
