package dev.postmortem.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Postmortem;
import dev.postmortem.Violation;
import dev.postmortem.format.ParseLimits.Limit;
import dev.postmortem.format.PostmortemParseException.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one message shape of model violations, the limits' phrases, and serialisation. */
class PostmortemParseExceptionTest {

  private static InvalidPostmortemException violations(Violation... violations) {
    return new InvalidPostmortemException("Postmortem", List.of(violations));
  }

  @Test
  void oneViolationIsFoundAtItsLocationWithItsPath() {
    InvalidPostmortemException cause = violations(new Violation("endedAt", "must not be early"));
    PostmortemParseException e = PostmortemParseException.invalid(cause, ParseLocation.at(4, 1));
    assertEquals("Expected a value the model accepts but was endedAt \"must not be early\" at "
        + "line 4, column 1", e.getMessage());
    assertEquals(Problem.INVALID, e.problem());
    assertEquals(Optional.empty(), e.limit());
    assertSame(cause, e.getCause());
  }

  @Test
  void furtherViolationsFollowTheFirstWithTheirLocationWhereItDiffers() {
    Map<String, ParseLocation> lines = Map.of("title", ParseLocation.at(1, 1),
        "endedAt", ParseLocation.at(4, 1), "owner", ParseLocation.at(1, 1));
    PostmortemParseException e = PostmortemParseException.invalid(violations(
        new Violation("title", "is required"), new Violation("endedAt", "must not be early"),
        new Violation("owner", "must be one line")), lines::get);
    assertEquals("Expected a value the model accepts but was title \"is required\" (and 2 more: "
        + "endedAt \"must not be early\" at line 4, column 1; owner \"must be one line\") "
        + "at line 1, column 1", e.getMessage());
    assertEquals(ParseLocation.at(1, 1), e.location());
  }

  @Test
  void aRuleOfTheWholeValueIsItsMessageAlone() {
    PostmortemParseException e = PostmortemParseException.invalid(
        violations(new Violation("", "needs a title or an identifier")), ParseLocation.path("$"));
    assertEquals("\"needs a title or an identifier\"", e.found());
  }

  @Test
  void pastTenMoreTheMessageEndsTheListAndTheCauseHoldsThemAll() {
    List<Violation> many = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      many.add(new Violation("tags[" + i + "]", "is blank"));
    }
    InvalidPostmortemException cause = new InvalidPostmortemException("Postmortem", many);
    PostmortemParseException e = PostmortemParseException.invalid(cause, ParseLocation.at(2, 1));
    StringBuilder listed = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      listed.append(i > 1 ? "; " : "").append("tags[").append(i).append("] \"is blank\"");
    }
    assertEquals("tags[0] \"is blank\" (and 12 more: " + listed + "; …)", e.found());
    assertEquals(13, ((InvalidPostmortemException) e.getCause()).violations().size());
  }

  @Test
  void aLocatorThatFindsNothingIsAProgrammingError() {
    NullPointerException e = assertThrows(NullPointerException.class, () ->
        PostmortemParseException.invalid(violations(new Violation("title", "is required")),
            path -> null));
    assertEquals("locate must not return null", e.getMessage());
  }

  @Test
  void realViolationsOfTheModelTakeTheSameShape() {
    InvalidPostmortemException cause = assertThrows(InvalidPostmortemException.class,
        () -> Postmortem.builder().title("t").startedAt(Instant.parse("2024-03-14T14:00:00Z"))
            .endedAt(Instant.parse("2024-03-14T13:00:00Z")).build());
    PostmortemParseException e = PostmortemParseException.invalid(cause,
        path -> ParseLocation.path("$." + path));
    assertEquals("Expected a value the model accepts but was endedAt \"must not be before "
        + "startedAt, but endedAt is 2024-03-14T13:00:00Z and startedAt is 2024-03-14T14:00:00Z\" "
        + "at $.endedAt", e.getMessage());
  }

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
        ParseLocation.path("$.severity.rank"), "a number of at most 1000 digits", "1001 digits",
        null);
    assertEquals(Optional.empty(), e.limit());
  }

  @Test
  void theExceptionSurvivesSerialisation() throws Exception {
    PostmortemParseException limit = Limit.MAX_LIST_SIZE.exceeded(ParseLimits.create(),
        "elements in one array", ParseLocation.path("$.tags[10000]", 1, 68), "element 10001");
    PostmortemParseException back = roundTrip(limit);
    assertEquals(limit.getMessage(), back.getMessage());
    assertEquals(Problem.LIMIT_EXCEEDED, back.problem());
    assertEquals(ParseLocation.path("$.tags[10000]", 1, 68), back.location());
    assertEquals(limit.expected(), back.expected());
    assertEquals("element 10001", back.found());
    assertEquals(Optional.of(Limit.MAX_LIST_SIZE), back.limit());

    PostmortemParseException invalid = PostmortemParseException.invalid(
        violations(new Violation("title", "is required")), ParseLocation.at(1, 1));
    PostmortemParseException invalidBack = roundTrip(invalid);
    assertEquals(invalid.getMessage(), invalidBack.getMessage());
    assertEquals(ParseLocation.at(1, 1), invalidBack.location());
    assertEquals(Optional.empty(), invalidBack.limit());
    assertEquals(invalid.getCause().getMessage(), invalidBack.getCause().getMessage());
    assertEquals(List.of(new Violation("title", "is required")),
        ((InvalidPostmortemException) invalidBack.getCause()).violations(), "the violations travel too");

    assertEquals(ParseLocation.path("$.title"), roundTrip(ParseLocation.path("$.title")));
  }

  @Test
  void aSerialisedLocationNoFactoryMakesIsRefused() throws Exception {
    byte[] bytes = serialised(ParseLocation.at(7, 9));
    // The int fields are written in the order of their names: column 9, then line 7.
    byte[] fields = {0, 0, 0, 9, 0, 0, 0, 7};
    int at = indexOf(bytes, fields);
    bytes[at + 7] = 0; // line 0, which ParseLocation.at refuses
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(bytes));
    assertEquals("line and column start at 1, were line 0, column 9", e.getMessage());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    return (T) read(serialised(value));
  }

  private static byte[] serialised(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      boolean match = true;
      for (int j = 0; j < part.length && match; j++) {
        match = bytes[i + j] == part[j];
      }
      if (match) {
        return i;
      }
    }
    throw new AssertionError("the serialised form does not hold the fields as expected");
  }
}
