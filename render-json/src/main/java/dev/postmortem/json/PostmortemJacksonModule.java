package dev.postmortem.json;

import dev.postmortem.json.internal.JacksonBindings;
import java.util.Objects;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * A Jackson 3 module that lets a service put postmortems in its own JSON: a {@code Postmortem},
 * {@code ActionItem}, {@code TimelineEvent}, {@code Responder}, {@code CustomSection},
 * {@code Severity} or {@code Priority} anywhere in its DTOs is written and read exactly as the
 * {@code json} format ({@link JsonFormat}, version 1) writes and reads it: the same field names and
 * values, the same errors and the same list and field-length limits. A postmortem is written
 * whole, {@code "format": "postmortem", "version": 1} first; the other values as they appear
 * inside one.
 *
 * <pre>{@code
 * record IncidentResponse(Postmortem incident, List<ActionItem> openItems) {}
 *
 * JsonMapper mapper = JsonMapper.builder().addModule(new PostmortemJacksonModule()).build();
 * String json = mapper.writeValueAsString(new IncidentResponse(postmortem, open));
 * // {"incident":{"format":"postmortem","version":1,"title":"OpenAI 503s",…},"openItems":[…]}
 * IncidentResponse back = mapper.readValue(json, IncidentResponse.class);
 * }</pre>
 *
 * <p><b>Discovery.</b> The module is registered as a {@code tools.jackson.databind.JacksonModule}
 * service (in {@code META-INF/services} and in the module descriptor), so
 * {@code JsonMapper.builder().findAndAddModules()} finds it, as Spring Framework 7 and Spring
 * Boot 4 do for their mapper. Found so, it has the defaults of {@link #PostmortemJacksonModule()};
 * to read with other options, add {@code new PostmortemJacksonModule(format)} after
 * {@code findAndAddModules()}: Jackson keeps one module per class, the last added.
 *
 * <p><b>Errors.</b> A value the format refuses throws Jackson's
 * {@link tools.jackson.databind.DatabindException}, so that a web framework answers it as bad
 * input, with the message of the format and its {@link dev.postmortem.format.PostmortemParseException}
 * as the cause. The exception's JSON path starts at the root of the user's document:
 *
 * <pre>{@code
 * Expected one of "open", "in_progress", "done", "wont_do" but was "finished" at $.incident.actionItems[0].status (line 1, column 412)
 * }</pre>
 *
 * <p><b>Limits.</b> The list limit and the field length of the format's
 * {@link dev.postmortem.format.ParseLimits} are counted by the module. The document length and
 * the nesting depth belong to the whole document, which is the user's: they are the stream limits
 * of the user's {@code JsonMapper} ({@code StreamReadConstraints}).
 *
 * <p>Why this name: "PostmortemModule" would read as one of this library's JPMS or Maven modules;
 * this is the one that plugs into Jackson, and Jackson's own are named for what they bind and
 * that they are modules ({@code JavaTimeModule}). Immutable and thread-safe.
 */
public final class PostmortemJacksonModule extends JacksonModule {
  private final JsonFormat format;

  /**
   * Creates the module with the format's default options (unknown fields refused, the default
   * limits), as Jackson's module discovery does.
   */
  public PostmortemJacksonModule() {
    this(JsonFormat.create());
  }

  /**
   * Creates the module reading with the options of {@code format}: its limits and whether it
   * ignores unknown fields. Its {@code prettyPrint} does not apply: indenting is the mapper's
   * ({@code SerializationFeature.INDENT_OUTPUT}).
   *
   * <pre>{@code
   * new PostmortemJacksonModule(JsonFormat.builder().ignoreUnknownFields(true).build())
   * }</pre>
   *
   * @param format the JSON format whose options apply
   */
  public PostmortemJacksonModule(JsonFormat format) {
    this.format = Objects.requireNonNull(format, "format must not be null");
  }

  /** Returns {@code "dev.postmortem.json"}, the JPMS module the Jackson module comes from. */
  @Override
  public String getModuleName() {
    return "dev.postmortem.json";
  }

  /**
   * Returns {@link Version#unknownVersion()}: the library's version is not kept at run time, and
   * Jackson uses a module's version only to report it.
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    Objects.requireNonNull(context, "context must not be null");
    JacksonBindings bindings = new JacksonBindings(format.codec());
    context.addSerializers(bindings.serializers());
    context.addDeserializers(bindings.deserializers());
  }

  /** Returns the module and the format whose options it reads with. */
  @Override
  public String toString() {
    return "PostmortemJacksonModule{" + format + "}";
  }
}
