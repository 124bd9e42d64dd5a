package dev.postmortem.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.format.Formats;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.format.PostmortemParser;
import org.junit.jupiter.api.Test;

/** What the JSON parser says about bad input: the problem, the path, expected and found. */
class JsonBadInputTest {
  private static final String HEAD = "{\"format\":\"postmortem\",\"version\":1,";
  private static final PostmortemParser PARSER = JsonFormat.create().parser().orElseThrow();

  private static PostmortemParseException refused(String json) {
    return assertThrows(PostmortemParseException.class, () -> PARSER.parse(json));
  }

  /** Returns the location text for a token found at the first {@code marker} on line 1. */
  private static String at(String json, String marker) {
    int index = json.indexOf(marker);
    assertTrue(index >= 0, marker);
    return "(line 1, column " + (index + 1) + ")";
  }

  private static void assertRefused(Problem problem, String message, String json) {
    PostmortemParseException e = refused(json);
    assertEquals(message, e.getMessage());
    assertEquals(problem, e.problem());
  }

  @Test
  void truncatedJsonIsMalformed() {
    PostmortemParseException e = refused(HEAD + "\"title\":\"t\"");
    assertEquals(Problem.MALFORMED, e.problem());
    assertEquals("well-formed JSON", e.expected());
    assertTrue(e.found().startsWith("Unexpected end-of-input"), e.found());
    assertEquals("$.title", e.location().path().orElseThrow()); // where reading stopped
  }

  @Test
  void aBrokenTokenIsMalformed() {
    PostmortemParseException e = refused(HEAD + "\"title\":tru}");
    assertEquals(Problem.MALFORMED, e.problem());
    assertTrue(e.getMessage().startsWith("Expected well-formed JSON but was Unrecognized token 'tru'"),
        e.getMessage());
  }

  @Test
  void emptyInputIsNotAPostmortem() {
    assertRefused(Problem.UNEXPECTED, "Expected a postmortem JSON object but was end of input at $", "");
  }

  @Test
  void anArrayIsNotAPostmortem() {
    assertRefused(Problem.UNEXPECTED,
        "Expected a postmortem JSON object but was an array at $ (line 1, column 1)", "[]");
  }

  @Test
  void formatMustComeFirst() {
    String json = "{\"title\":\"t\",\"format\":\"postmortem\",\"version\":1}";
    assertRefused(Problem.UNEXPECTED,
        "Expected \"format\" as the first field but was \"title\" at $.title " + at(json, "\"t\""), json);
  }

  @Test
  void anotherFormatIsRefused() {
    String json = "{\"format\":\"incident\",\"version\":1,\"title\":\"t\"}";
    assertRefused(Problem.UNEXPECTED,
        "Expected \"postmortem\" but was \"incident\" at $.format " + at(json, "\"incident\""), json);
  }

  @Test
  void aNewerVersionIsRefusedAsUnsupported() {
    String json = "{\"format\":\"postmortem\",\"version\":2,\"title\":\"t\"}";
    assertRefused(Problem.UNSUPPORTED_VERSION, "Expected version 1 (the newest this library reads; "
        + "upgrade it to read newer documents) but was 2 at $.version " + at(json, "2"), json);
  }

  @Test
  void aVersionMustBeAnInteger() {
    String json = "{\"format\":\"postmortem\",\"version\":\"1\",\"title\":\"t\"}";
    assertRefused(Problem.UNEXPECTED,
        "Expected an integer but was \"1\" at $.version " + at(json, "\"1\""), json);
  }

  @Test
  void unknownFieldsAreRefusedByDefault() {
    String json = HEAD + "\"title\":\"t\",\"colour\":\"red\"}";
    assertRefused(Problem.UNEXPECTED, "Expected a field of a postmortem but was unknown field "
        + "\"colour\" at $.colour " + at(json, "\"red\""), json);
  }

  @Test
  void unknownFieldsCanBeIgnoredWithEverythingInside() {
    String json = HEAD + "\"title\":\"t\",\"future\":{\"a\":[1,{\"b\":null}]},"
        + "\"timeline\":[{\"description\":\"x\",\"confidence\":0.9}]}";
    Postmortem p = JsonFormat.builder().ignoreUnknownFields(true).build().parser().orElseThrow()
        .parse(json);
    assertEquals("t", p.title());
    assertEquals("x", p.timeline().get(0).description());
  }

  @Test
  void aRepeatedFieldIsRefused() {
    String json = HEAD + "\"title\":\"a\",\"title\":\"b\"}";
    assertRefused(Problem.UNEXPECTED, "Expected each field once but was a second \"title\" at "
        + "$.title " + at(json, "\"title\":\"b\""), json);
  }

  @Test
  void aRepeatedMapKeyIsRefused() {
    String json = HEAD + "\"title\":\"t\",\"attributes\":{\"team\":\"a\",\"team\":\"b\"}}";
    assertRefused(Problem.UNEXPECTED, "Expected each key once but was a second \"team\" at "
        + "$.attributes.team " + at(json, "\"team\":\"b\""), json);
  }

  @Test
  void wrongTypesNameTheirPath() {
    String tags = HEAD + "\"title\":\"t\",\"tags\":\"db\"}";
    assertRefused(Problem.UNEXPECTED,
        "Expected an array of strings but was \"db\" at $.tags " + at(tags, "\"db\""), tags);
    String owner = HEAD + "\"title\":\"t\",\"owner\":null}";
    assertRefused(Problem.UNEXPECTED,
        "Expected a string but was null at $.owner " + at(owner, "null"), owner);
    String title = HEAD + "\"title\":{\"text\":\"t\"}}";
    assertRefused(Problem.UNEXPECTED,
        "Expected a string but was an object at $.title " + at(title, "{\"text"), title);
  }

  @Test
  void anInvalidEnumValueListsTheValidOnes() {
    String json = HEAD + "\"title\":\"t\",\"documentStatus\":\"FINAL\"}";
    assertRefused(Problem.UNEXPECTED, "Expected one of \"draft\", \"in_review\", \"final\" but was "
        + "\"FINAL\" at $.documentStatus " + at(json, "\"FINAL\""), json);
  }

  @Test
  void anInvalidInstantNamesItsPathInTheTimeline() {
    String json = HEAD + "\"title\":\"t\",\"timeline\":[{\"description\":\"a\"},"
        + "{\"at\":\"14:02\",\"description\":\"b\"}]}";
    assertRefused(Problem.UNEXPECTED, "Expected an ISO-8601 instant in UTC such as "
        + "\"2024-03-14T14:02:00Z\" but was \"14:02\" at $.timeline[1].at " + at(json, "\"14:02\""),
        json);
  }

  @Test
  void anInstantWithAnOffsetIsNotUtc() {
    String json = HEAD + "\"title\":\"t\",\"startedAt\":\"2024-03-14T15:02:00+01:00\"}";
    assertRefused(Problem.UNEXPECTED, "Expected an ISO-8601 instant in UTC such as "
        + "\"2024-03-14T14:02:00Z\" but was \"2024-03-14T15:02:00+01:00\" at $.startedAt "
        + at(json, "\"2024-03-14T15"), json);
  }

  @Test
  void anInvalidDateNamesItsPath() {
    String json = HEAD + "\"title\":\"t\",\"actionItems\":[{\"description\":\"d\","
        + "\"dueDate\":\"next Tuesday\"}]}";
    assertRefused(Problem.UNEXPECTED, "Expected an ISO-8601 date such as \"2024-03-14\" but was "
        + "\"next Tuesday\" at $.actionItems[0].dueDate " + at(json, "\"next"), json);
  }

  @Test
  void anAmountMustBeADecimalString() {
    String json = HEAD + "\"title\":\"t\",\"impact\":{\"costs\":[{\"kind\":\"refund\","
        + "\"amount\":\"1,200\",\"currency\":\"EUR\"}]}}";
    assertRefused(Problem.UNEXPECTED, "Expected a decimal number as a string such as \"1200.50\" "
        + "but was \"1,200\" at $.impact.costs[0].amount " + at(json, "\"1,200\""), json);
  }

  @Test
  void aHugeRankIsNotAnInteger() {
    String json = HEAD + "\"title\":\"t\",\"severity\":{\"label\":\"x\",\"rank\":99999999999}}";
    assertRefused(Problem.UNEXPECTED, "Expected an integer from -2147483648 to 2147483647 but was "
        + "99999999999 at $.severity.rank " + at(json, "999"), json);
  }

  @Test
  void aSeverityNeedsARank() {
    String json = HEAD + "\"title\":\"t\",\"severity\":{\"label\":\"x\"}}";
    assertRefused(Problem.UNEXPECTED,
        "Expected a \"rank\" in a severity but was none at $.severity " + at(json, "}}"), json);
  }

  @Test
  void aMissingTitleIsAnInvariantViolation() {
    assertRefused(Problem.INVALID,
        "Expected a value the model accepts but was title \"is required\" at $.title", HEAD + "\"owner\":\"@a\"}");
  }

  @Test
  void nestedInvariantViolationsNameTheirFullPath() {
    assertRefused(Problem.INVALID, "Expected a value the model accepts but was "
            + "actionItems[1].completedOn \"only a DONE item has a completion date, but status is "
            + "OPEN and completedOn is 2024-03-20\" at $.actionItems[1].completedOn",
        HEAD + "\"title\":\"t\",\"actionItems\":[{\"description\":\"a\"},{\"description\":\"b\","
            + "\"status\":\"open\",\"completedOn\":\"2024-03-20\"}]}");
    assertRefused(Problem.INVALID, "Expected a value the model accepts but was impact.costs[0].amount "
            + "\"must not be negative, was -1\" at $.impact.costs[0].amount",
        HEAD + "\"title\":\"t\",\"impact\":{\"costs\":[{\"kind\":\"refund\",\"amount\":\"-1\","
            + "\"currency\":\"EUR\"}]}}");
  }

  @Test
  void violationsInTwoNestedValuesAreBothNamed() {
    // Each nested value is checked with the whole document, so the second is not lost behind
    // the first.
    assertRefused(Problem.INVALID, "Expected a value the model accepts but was impact.costs[0].amount "
            + "\"must not be negative, was -1\" (and 1 more: review.preparedBy.name \"is required\" "
            + "at $.review.preparedBy.name) at $.impact.costs[0].amount",
        HEAD + "\"title\":\"t\",\"impact\":{\"costs\":[{\"kind\":\"refund\",\"amount\":\"-1\","
            + "\"currency\":\"EUR\"}]},\"review\":{\"preparedBy\":{\"date\":\"2024-03-20\"}}}");
  }

  @Test
  void severalViolationsAreAllNamed() {
    // Each further violation with its own location; the first's is the exception's.
    assertRefused(Problem.INVALID, "Expected a value the model accepts but was title \"is required\" "
            + "(and 1 more: endedAt \"must not be before startedAt, but endedAt is "
            + "2024-03-14T13:00:00Z and startedAt is 2024-03-14T14:00:00Z\" at $.endedAt) at $.title",
        HEAD + "\"startedAt\":\"2024-03-14T14:00:00Z\",\"endedAt\":\"2024-03-14T13:00:00Z\"}");
  }

  @Test
  void textTheModelRefusesIsAnInvariantViolation() {
    assertRefused(Problem.INVALID, "Expected a value the model accepts but was tags[0] \"must be "
        + "one line, found a line break U+000A at column 2\" at $.tags[0]",
        HEAD + "\"title\":\"t\",\"tags\":[\"a\\nb\"]}");
  }

  @Test
  void contentAfterThePostmortemIsRefused() {
    String json = HEAD + "\"title\":\"t\"} {}";
    assertRefused(Problem.UNEXPECTED, "Expected the end of the input after the postmortem but was "
        + "an object at $ " + at(json, "{}"), json);
  }

  @Test
  void anUnknownCurrencyIsRefused() {
    String json = HEAD + "\"title\":\"t\",\"impact\":{\"costs\":[{\"kind\":\"refund\","
        + "\"amount\":\"1\",\"currency\":\"XYZ1\"}]}}";
    assertRefused(Problem.UNEXPECTED, "Expected an ISO 4217 currency code such as \"EUR\" but was "
        + "\"XYZ1\" at $.impact.costs[0].currency " + at(json, "\"XYZ1\""), json);
  }

  @Test
  void theFormatIsFoundThroughTheServiceLoader() {
    assertEquals("json", Formats.named("json").name());
    assertEquals(JsonFormat.create().renderer().render(Postmortem.builder().title("t").build()),
        "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"zone\":\"Z\"}");
  }
}
