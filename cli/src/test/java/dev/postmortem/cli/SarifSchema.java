package dev.postmortem.cli;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SARIF 2.1.0 JSON Schema, read from the test resources (see sarif/README.md there). */
// A test helper shared by two test packages; its signatures name the validator's and Jackson's
// types, which the test class path reads as unnamed modules.
@SuppressWarnings("exports")
public final class SarifSchema {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  private static Schema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("/sarif/sarif-schema-2.1.0.json is not on the test class path");
      }
      // The schema declares draft-07 itself; the default dialect only covers a schema that does not.
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the schema's complaints about {@code json}, none for a valid SARIF log. */
  public static List<Error> errors(String json) {
    return SCHEMA.validate(tree(Objects.requireNonNull(json, "json must not be null")));
  }

  /** Returns the schema's complaints about a parsed log. */
  public static List<Error> errors(JsonNode log) {
    return SCHEMA.validate(Objects.requireNonNull(log, "log must not be null"));
  }

  /** Parses JSON text. */
  public static JsonNode tree(String json) {
    return MAPPER.readTree(Objects.requireNonNull(json, "json must not be null"));
  }
}
