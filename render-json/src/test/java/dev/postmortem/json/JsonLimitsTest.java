package dev.postmortem.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLimits.Limit;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.format.PostmortemParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each limit, set small through the builder: the exception names it and says where. */
class JsonLimitsTest {
  private static final String HEAD = "{\"format\":\"postmortem\",\"version\":1,";

  private static PostmortemParseException refused(ParseLimits limits, Limit limit, String json) {
    // Unknown fields skipped, so that a deep value in one reaches the depth limit.
    PostmortemParser parser = JsonFormat.builder().limits(limits).ignoreUnknownFields(true).build()
        .parser().orElseThrow();
    PostmortemParseException e = assertThrows(PostmortemParseException.class, () -> parser.parse(json));
    assertEquals(Problem.LIMIT_EXCEEDED, e.problem(), e::getMessage);
    assertEquals(Optional.of(limit), e.limit(), e::getMessage);
    return e;
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertEquals(ParseLimits.create(), JsonFormat.create().limits());
    assertEquals(4 * 1024 * 1024, ParseLimits.create().maxDocumentChars());
    assertEquals(1024 * 1024, ParseLimits.create().maxFieldLength());
    assertEquals(10_000, ParseLimits.create().maxListSize());
    assertEquals(64, ParseLimits.create().maxNestingDepth());
  }

  @Test
  void listSizeCountsArrayElementsAndObjectFields() {
    ParseLimits three = ParseLimits.builder().maxListSize(3).build();
    PostmortemParseException tags = refused(three, Limit.MAX_LIST_SIZE,
        HEAD + "\"title\":\"t\",\"tags\":[\"a\",\"b\",\"c\",\"d\"]}");
    assertEquals("Expected at most 3 elements in one array (limit maxListSize) but was element 4 "
        + "at $.tags[3] (line 1, column 68)", tags.getMessage()); // 35 + 12 + 8 + 3 * 4 = 67 before "d"
    PostmortemParseException attributes = refused(three, Limit.MAX_LIST_SIZE,
        HEAD + "\"title\":\"t\",\"attributes\":{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\",\"d\":\"4\"}}");
    assertEquals("at most 3 keys in one object (limit maxListSize)", attributes.expected());
    assertEquals("$.attributes.d", attributes.location().path().orElseThrow());
    // Exactly at the limit is fine.
    JsonFormat.builder().limits(three).build().parser().orElseThrow()
        .parse(HEAD + "\"title\":\"t\",\"tags\":[\"a\",\"b\",\"c\"]}");
  }

  @Test
  void fieldLengthNestingAndDocumentSize() {
    PostmortemParseException field = refused(ParseLimits.builder().maxFieldLength(10).build(),
        Limit.MAX_FIELD_LENGTH, HEAD + "\"title\":\"" + "x".repeat(11) + "\"}");
    assertEquals("at most 10 characters in one value (limit maxFieldLength)", field.expected());
    assertEquals("a string of at least 11 characters", field.found());
    assertEquals("$.title", field.location().path().orElseThrow());

    PostmortemParseException deep = refused(ParseLimits.builder().maxNestingDepth(4).build(),
        Limit.MAX_NESTING_DEPTH, HEAD + "\"title\":\"t\",\"x\":[[[[[\"x\"]]]]]}");
    assertEquals("at most 4 levels of nesting (limit maxNestingDepth)", deep.expected());
    // The document's object is level 1; the fourth array opens level 5.
    assertEquals("an array or object at depth 5", deep.found());

    PostmortemParseException size = refused(ParseLimits.builder().maxDocumentChars(40).build(),
        Limit.MAX_DOCUMENT_CHARS, HEAD + "\"title\":\"a title that makes it long\"}");
    assertEquals("at most 40 characters (limit maxDocumentChars)", size.expected());
    assertEquals("more", size.found());
  }

  @Test
  void jacksonsOwnLimitsAreExceededWithoutAParseLimit() {
    // Jackson refuses numbers longer than 1000 digits; ParseLimits has no limit of that name.
    String json = HEAD + "\"title\":\"t\",\"severity\":{\"label\":\"x\",\"rank\":"
        + "1".repeat(1001) + "}}";
    PostmortemParseException e = assertThrows(PostmortemParseException.class,
        () -> JsonFormat.create().parse(json));
    assertEquals(Problem.LIMIT_EXCEEDED, e.problem(), e::getMessage);
    assertEquals(Optional.empty(), e.limit());
    assertEquals("a document within Jackson's stream limits", e.expected());
  }

  @Test
  void bytesThatAreNotUtf8AreMalformedWithTheirLocation() {
    byte[] bytes = (HEAD + "\"title\":\"a\u00e9\"}").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xFF; // the first byte of the two-byte é
    PostmortemParseException e = assertThrows(PostmortemParseException.class,
        () -> JsonFormat.create().parser().orElseThrow().parse(new ByteArrayInputStream(bytes)));
    assertEquals(Problem.MALFORMED, e.problem());
    assertEquals("$.title", e.location().path().orElseThrow(), e::getMessage);
  }

  @Test
  void limitsMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParseLimits.builder().maxListSize(0));
    assertEquals("maxListSize must be at least 1, was 0", e.getMessage());
  }
}
