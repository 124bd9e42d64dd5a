package dev.postmortem.json;

import static dev.postmortem.testing.PostmortemAssertions.assertSamePostmortem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.CustomSection;
import dev.postmortem.EventKind;
import dev.postmortem.Postmortem;
import dev.postmortem.Priority;
import dev.postmortem.Responder;
import dev.postmortem.Severity;
import dev.postmortem.TimelineEvent;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLimits.Limit;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import dev.postmortem.testing.Samples;
import dev.postmortem.testing.junit.PostmortemSource;
import dev.postmortem.testing.junit.Sample;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Postmortems inside a user's own DTOs, through a plain {@link JsonMapper} with the module. */
class PostmortemJacksonModuleTest {
  /** What a REST service would answer: a postmortem and some action items beside it. */
  record IncidentResponse(Postmortem incident, List<ActionItem> followUps) {}

  /** One field only, so that its JSON is {@code {"incident":…}} whatever the property order. */
  record Envelope(Postmortem incident) {}

  /** The other values the module binds. */
  record Values(Severity severity, Priority priority, TimelineEvent event, Responder responder,
      CustomSection section) {}

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new PostmortemJacksonModule()).build();

  @Test
  void aRecordHoldingAPostmortemAndActionItemsRoundTrips(@Sample("openAi503s") Postmortem incident) {
    IncidentResponse response = new IncidentResponse(incident, incident.actionItems());
    String json = MAPPER.writeValueAsString(response);
    assertEquals(response, MAPPER.readValue(json, IncidentResponse.class));
  }

  /** Over generated postmortems with every character and value the model takes. */
  @ParameterizedTest
  @PostmortemSource(count = 200, flavour = Flavour.ADVERSARIAL, seed = 17)
  void theEmbeddedPostmortemIsExactlyWhatJsonFormatWritesAndReadsBack(Postmortem incident) {
    String document = JsonFormat.create().render(incident);
    assertEquals("{\"incident\":" + document + "}",
        MAPPER.writeValueAsString(new Envelope(incident)));
    String json = MAPPER.writeValueAsString(new IncidentResponse(incident, incident.actionItems()));
    IncidentResponse back = MAPPER.readValue(json, IncidentResponse.class);
    assertSamePostmortem(incident, back.incident());
    assertEquals(incident.actionItems(), back.followUps());
  }

  @Test
  void theSamplesEmbeddedAreExactlyWhatJsonFormatWrites(@Sample("openAi503s") Postmortem compact,
      @Sample("elevenLabsQuota") Postmortem detailed) {
    for (Postmortem incident : List.of(compact, detailed)) {
      String document = JsonFormat.create().render(incident);
      assertEquals("{\"incident\":" + document + "}",
          MAPPER.writeValueAsString(new Envelope(incident)));
    }
  }

  @Test
  void anActionItemIsWrittenAsInsideAPostmortem() {
    ActionItem item = ActionItem.builder().description("Add backoff").owner("@bob")
        .priority(Priority.HIGH).dueDate(LocalDate.of(2024, 3, 21)).build();
    // The fields in the model's order; the status is written even when it is the default.
    assertEquals("[{\"description\":\"Add backoff\",\"owner\":\"@bob\","
            + "\"priority\":{\"label\":\"high\",\"rank\":1},\"dueDate\":\"2024-03-21\","
            + "\"status\":\"open\"}]",
        MAPPER.writeValueAsString(List.of(item)));
  }

  @Test
  void theOtherValuesRoundTripInTheFormatsShape() {
    Values values = new Values(Severity.SEV_2, Priority.LOW,
        TimelineEvent.at(Instant.parse("2024-03-14T14:02:00Z"), EventKind.ALERTED, "Alert fires"),
        Responder.of("@alice", "incident commander"), CustomSection.of("Notes", "Kept *short*."));
    String json = MAPPER.writeValueAsString(values);
    assertTrue(json.contains("\"severity\":{\"label\":\"sev-2\",\"rank\":2}"), json);
    assertTrue(json.contains("\"event\":{\"at\":\"2024-03-14T14:02:00Z\",\"kind\":\"alerted\","
        + "\"description\":\"Alert fires\"}"), json);
    assertEquals(values, MAPPER.readValue(json, Values.class));
  }

  @Test
  void aNullPostmortemStaysNull() {
    assertNull(MAPPER.readValue("{\"incident\":null}", Envelope.class).incident());
  }

  @Test
  void anErrorInsideTheEmbeddedPostmortemCarriesThePathFromTheUsersRoot() {
    String json = MAPPER.writeValueAsString(new Envelope(Samples.openAi503s()))
        .replaceFirst("\"status\":\"open\"", "\"status\":\"finished\"");
    PostmortemParseException e = parseError(json, Envelope.class);
    assertEquals(Problem.UNEXPECTED, e.problem());
    assertEquals("$.incident.actionItems[0].status", e.location().path().orElseThrow());
    assertEquals("one of \"open\", \"in_progress\", \"done\", \"wont_do\"", e.expected());
    assertEquals("\"finished\"", e.found());
  }

  @Test
  void anErrorInAListOfActionItemsCarriesItsIndex() {
    String json = "{\"followUps\":[{\"description\":\"a\"},{\"description\":\"b\","
        + "\"dueDate\":\"next Tuesday\"}]}";
    PostmortemParseException e = parseError(json, IncidentResponse.class);
    assertEquals("$.followUps[1].dueDate", e.location().path().orElseThrow());
  }

  @Test
  void aRuleOfTheModelIsReportedAtItsFieldUnderTheUsersPath() {
    // An open item with a completion date breaks a rule of ActionItem, checked when it is built.
    String item = "{\"description\":\"a\",\"status\":\"open\",\"completedOn\":\"2024-03-20\"}";
    PostmortemParseException inList = parseError("{\"followUps\":[" + item + "]}",
        IncidentResponse.class);
    assertEquals(Problem.INVALID, inList.problem());
    assertEquals("$.followUps[0].completedOn", inList.location().path().orElseThrow());

    // Inside a postmortem, the postmortem's builder checks it, and the rule's path is its own.
    String incident = "{\"incident\":{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\","
        + "\"actionItems\":[" + item + "]}}";
    PostmortemParseException inIncident = parseError(incident, Envelope.class);
    assertEquals("$.incident.actionItems[0].completedOn",
        inIncident.location().path().orElseThrow());
  }

  @Test
  void theHeaderIsRequiredAsInADocument() {
    PostmortemParseException e = parseError("{\"incident\":{\"title\":\"t\"}}", Envelope.class);
    assertEquals("\"format\" as the first field", e.expected());
    assertEquals("$.incident.title", e.location().path().orElseThrow());
  }

  @Test
  void unknownFieldsAreRefusedUnlessTheFormatIgnoresThem() {
    String json = "{\"incident\":{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\","
        + "\"colour\":\"red\"}}";
    assertEquals("$.incident.colour", parseError(json, Envelope.class).location().path().orElseThrow());

    JsonMapper lenient = JsonMapper.builder().addModule(new PostmortemJacksonModule(
        JsonFormat.builder().ignoreUnknownFields(true).build())).build();
    assertEquals(Postmortem.builder().title("t").build(),
        lenient.readValue(json, Envelope.class).incident());
  }

  @Test
  void theFormatsListAndFieldLimitsApply() {
    // Twelve characters: "postmortem", the longest value the header needs, still fits.
    ParseLimits limits = ParseLimits.builder().maxListSize(2).maxFieldLength(12).build();
    JsonMapper limited = JsonMapper.builder()
        .addModule(new PostmortemJacksonModule(JsonFormat.builder().limits(limits).build())).build();

    String tags = "{\"incident\":{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\","
        + "\"tags\":[\"a\",\"b\",\"c\"]}}";
    PostmortemParseException list = parseError(limited, tags, Envelope.class);
    assertEquals(Problem.LIMIT_EXCEEDED, list.problem());
    assertEquals(Optional.of(Limit.MAX_LIST_SIZE), list.limit());
    // The third element is the one past the limit of two.
    assertEquals("$.incident.tags[2]", list.location().path().orElseThrow());

    String title = "{\"incident\":{\"format\":\"postmortem\",\"version\":1,\"title\":\"thirteen-char\"}}";
    PostmortemParseException field = parseError(limited, title, Envelope.class);
    assertEquals(Problem.LIMIT_EXCEEDED, field.problem());
    assertEquals(Optional.of(Limit.MAX_FIELD_LENGTH), field.limit());
    assertEquals("at most 12 characters in one value (limit maxFieldLength)", field.expected());
    assertEquals("$.incident.title", field.location().path().orElseThrow());
  }

  @Test
  void jacksonsModuleDiscoveryFindsTheModule() {
    assertTrue(MapperBuilder.findModules().stream()
        .anyMatch(m -> m instanceof PostmortemJacksonModule), MapperBuilder.findModules()::toString);
    JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();
    Envelope envelope = new Envelope(Samples.elevenLabsQuota());
    assertEquals(MAPPER.writeValueAsString(envelope), discovered.writeValueAsString(envelope));
    assertEquals(envelope, discovered.readValue(discovered.writeValueAsString(envelope),
        Envelope.class));
  }

  @Test
  void aModuleAddedAfterDiscoveryReplacesTheDiscoveredOne() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().addModule(new PostmortemJacksonModule(
        JsonFormat.builder().ignoreUnknownFields(true).build())).build();
    String json = "{\"followUps\":[{\"description\":\"a\",\"colour\":\"red\"}]}";
    assertEquals(List.of(ActionItem.builder().description("a").status(ActionStatus.OPEN).build()),
        mapper.readValue(json, IncidentResponse.class).followUps());
  }

  private static PostmortemParseException parseError(String json, Class<?> type) {
    return parseError(MAPPER, json, type);
  }

  /** The user's mapper throws Jackson's exception; the format's, with its path, is the cause. */
  private static PostmortemParseException parseError(JsonMapper mapper, String json, Class<?> type) {
    DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(json, type));
    Throwable cause = e;
    while (cause != null && !(cause instanceof PostmortemParseException)) {
      cause = cause.getCause();
    }
    PostmortemParseException parseException = assertInstanceOf(PostmortemParseException.class,
        cause, () -> "no PostmortemParseException in " + e);
    assertTrue(e.getMessage().startsWith(parseException.getMessage()), e.getMessage());
    return parseException;
  }
}
