package dev.postmortem.json;

import static dev.postmortem.testing.properties.PostmortemGens.postmortems;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import dev.postmortem.testing.Samples;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schema describes what the format writes and what it refuses. */
class JsonSchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(JsonFormat.schema());
  private static final JsonFormat JSON = JsonFormat.create();

  private static List<Error> errors(String json) {
    JsonNode node = MAPPER.readTree(json);
    return SCHEMA.validate(node);
  }

  @Test
  void theSchemaIsDraft202012() {
    assertTrue(JsonFormat.schema().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
  }

  @ParameterizedTest
  @EnumSource(Flavour.class)
  void everyRenderedDocumentIsValidAgainstTheSchema(Flavour flavour) {
    theory().forAll(postmortems(flavour)).checkAssert(p -> {
      List<Error> errors = errors(JSON.renderer().render(p));
      assertEquals(List.of(), errors);
    });
  }

  @Test
  void theSamplesAreValidAgainstTheSchema() {
    assertEquals(List.of(), errors(JSON.renderer().render(Samples.openAi503s())));
    assertEquals(List.of(), errors(JSON.renderer().render(Samples.elevenLabsQuota())));
  }

  /** Documents that break the schema: the parser refuses each of them too. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"format\":\"postmortem\",\"version\":1}",
      "{\"format\":\"postmortem\",\"version\":2,\"title\":\"t\"}",
      "{\"format\":\"incident\",\"version\":1,\"title\":\"t\"}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"colour\":\"red\"}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"\"}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"date\":\"14/03/2024\"}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"startedAt\":\"2024-03-14T14:02:00+01:00\"}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"tags\":\"db\"}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"severity\":{\"label\":\"sev-0\",\"rank\":0}}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"documentStatus\":\"FINAL\"}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"timeline\":[{\"at\":\"2024-03-14T14:02:00Z\"}]}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"impact\":{\"costs\":[{\"kind\":\"refund\",\"amount\":12.5,\"currency\":\"EUR\"}]}}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"review\":{\"meeting\":{}}}",
      "{\"format\":\"postmortem\",\"version\":1,\"title\":\"t\",\"owner\":null}"})
  void documentsTheSchemaRefusesTheParserRefuses(String json) {
    assertFalse(errors(json).isEmpty(), "the schema accepts " + json);
    assertThrows(PostmortemParseException.class, () -> JSON.parser().orElseThrow().parse(json));
  }
}
