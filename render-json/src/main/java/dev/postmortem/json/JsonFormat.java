package dev.postmortem.json;

import dev.postmortem.Postmortem;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.json.internal.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The versioned postmortem JSON format, named {@code json}: {@code "format": "postmortem"} and
 * {@code "version": 1} first, then the model's fields in lowerCamelCase and in the model's order;
 * instants as ISO-8601 UTC strings with their full precision, dates as {@code YYYY-MM-DD}; absent
 * optionals, empty lists and empty sections left out. The format is described by the JSON Schema
 * returned by {@link #schema()}.
 *
 * <p>Reading refuses unknown fields (unless {@link Builder#ignoreUnknownFields(boolean)}),
 * repeated fields, values of the wrong type, newer versions, and values the model's invariants
 * refuse, each with a {@link dev.postmortem.format.PostmortemParseException} naming the JSON path:
 *
 * <pre>{@code
 * Expected an ISO-8601 instant in UTC such as "2024-03-14T14:02:00Z" but was "14:02" at $.timeline[3].at (line 9, column 13)
 * }</pre>
 *
 * <p>Found through {@link dev.postmortem.format.Formats#named(String)} with its default options
 * (compact output, unknown fields refused), or built with others:
 *
 * <pre>{@code
 * PostmortemFormat json = JsonFormat.builder().prettyPrint(true).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonFormat implements PostmortemFormat {
  /** The name this format is registered under. */
  public static final String NAME = "json";
  /** The class-path resource holding the JSON Schema (draft 2020-12) of version 1. */
  public static final String SCHEMA_RESOURCE = "/dev/postmortem/json/postmortem-v1.schema.json";

  private final boolean prettyPrint;
  private final boolean ignoreUnknownFields;
  private final ParseLimits limits;
  private final JsonCodec codec;

  /**
   * Creates the format with its defaults. For {@link java.util.ServiceLoader}, which needs a public
   * no-argument constructor on the class path; code says {@link #create()}.
   */
  public JsonFormat() {
    this(builder());
  }

  private JsonFormat(Builder builder) {
    this.prettyPrint = builder.prettyPrint;
    this.ignoreUnknownFields = builder.ignoreUnknownFields;
    this.limits = builder.limits;
    this.codec = new JsonCodec(prettyPrint, ignoreUnknownFields, limits);
  }

  /** {@return the format with its defaults} */
  public static JsonFormat create() {
    return builder().build();
  }

  /** {@return a builder with the default options} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the JSON Schema (draft 2020-12) of the format's version 1} */
  public static String schema() {
    try (InputStream in = JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /** The codec of these options, which {@link PostmortemJacksonModule} delegates to. */
  JsonCodec codec() {
    return codec;
  }

  /** {@return the limits its parser reads within} */
  public ParseLimits limits() {
    return limits;
  }

  /**
   * Renders {@code postmortem}; a shortcut for {@code renderer().render(postmortem)}.
   *
   * @param postmortem the postmortem; not null
   * @return the JSON
   */
  public String render(Postmortem postmortem) {
    return codec.render(postmortem);
  }

  /**
   * Reads a postmortem from JSON; a shortcut for {@code parser().orElseThrow().parse(text)}.
   *
   * @param text the document; not null
   * @return the postmortem
   * @throws dev.postmortem.format.PostmortemParseException if the text is not a valid document
   */
  public Postmortem parse(String text) {
    return codec.parse(text);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public PostmortemRenderer renderer() {
    return codec;
  }

  @Override
  public Optional<PostmortemParser> parser() {
    return Optional.of(codec);
  }

  /** Returns the format and its options, such as {@code json{prettyPrint=true, …}}. */
  @Override
  public String toString() {
    return NAME + "{prettyPrint=" + prettyPrint + ", ignoreUnknownFields=" + ignoreUnknownFields + "}";
  }

  /** Options of a {@link JsonFormat}. */
  public static final class Builder {
    private boolean prettyPrint;
    private boolean ignoreUnknownFields;
    private ParseLimits limits = ParseLimits.create();

    private Builder() {}

    /**
     * Sets the limits the parser reads within; {@link ParseLimits#create()} by default. They
     * become Jackson's stream limits for document length, string length and nesting depth, and
     * arrays and objects are counted against the list limit. Past a limit, parsing throws
     * {@link dev.postmortem.format.PostmortemParseException} with problem
     * {@code LIMIT_EXCEEDED}, the JSON path, line and column, and the limit's name.
     *
     * @param limits the limits; not null
     * @return this builder
     */
    public Builder limits(ParseLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits must not be null");
      return this;
    }

    /**
     * Sets whether to indent the output by two spaces and end it with a line feed; off by
     * default.
     *
     * @param prettyPrint whether to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * Sets whether reading skips fields this version does not know, instead of refusing the
     * document; off by default.
     *
     * @param ignoreUnknownFields whether to skip unknown fields
     * @return this builder
     */
    public Builder ignoreUnknownFields(boolean ignoreUnknownFields) {
      this.ignoreUnknownFields = ignoreUnknownFields;
      return this;
    }

    /** {@return the format with these options} */
    public JsonFormat build() {
      return new JsonFormat(this);
    }
  }
}
