package dev.postmortem.json.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.internal.Lengths;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON renderer and parser for one set of options. Immutable and thread-safe: Jackson's
 * mapper and writer are, and each call makes its own generator or parser. The {@link ParseLimits}
 * become Jackson's stream limits ({@link LimitConstraints}); list sizes are counted by
 * {@link JsonInput}.
 */
public final class JsonCodec implements PostmortemRenderer, PostmortemParser {

  /** Two-space indentation and {@code "name": value}, with {@code \n} on every platform. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final boolean prettyPrint;
  private final boolean ignoreUnknownFields;
  private final ParseLimits limits;
  /** Configured once per codec, never changed. */
  private final JsonMapper mapper;
  private final ObjectWriter writer;

  /**
   * Creates a codec.
   *
   * @param prettyPrint whether to indent the output, ending it with a line feed
   * @param ignoreUnknownFields whether to skip fields this version does not know instead of
   *     refusing them
   * @param limits what the parser reads at most
   */
  public JsonCodec(boolean prettyPrint, boolean ignoreUnknownFields, ParseLimits limits) {
    this.prettyPrint = prettyPrint;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(new LimitConstraints(limits))
        .build();
    this.mapper = JsonMapper.builder(factory)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    this.writer = prettyPrint ? mapper.writer().with(PRETTY) : mapper.writer();
  }

  @Override
  public void render(Postmortem postmortem, Appendable out) throws IOException {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    Objects.requireNonNull(out, "out must not be null");
    if (out instanceof StringBuilder builder && Lengths.isLong(postmortem)) {
      builder.ensureCapacity((int) Math.min(builder.length() + estimatedLength(postmortem), Integer.MAX_VALUE - 16));
    }
    try (JsonGenerator generator = writer.createGenerator(AppendableWriter.of(out))) {
      new PostmortemJsonWriter(generator).write(postmortem);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    if (prettyPrint) {
      out.append('\n');
    }
  }

  /**
   * About how many characters a long {@code postmortem} takes: the text of its timeline and action
   * items with the names and punctuation around each (about 110 and 140 characters in generated
   * documents), a third more when indented, and a tenth to spare. Growing by doubling from 16
   * characters allocated about twice the document; a document the estimate falls short of (text
   * with many escaped characters, long custom sections) grows once more.
   */
  private long estimatedLength(Postmortem postmortem) {
    long length = 4096 + Lengths.timeline(postmortem, 112) + Lengths.actionItems(postmortem, 144);
    length = prettyPrint ? length + length / 3 : length;
    return length + length / 10;
  }

  @Override
  public Postmortem parse(Reader in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return read(() -> mapper.createParser(in));
  }

  /** Reads UTF-8 bytes with Jackson's byte parser, which reports bytes that are not UTF-8. */
  @Override
  public Postmortem parse(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return read(() -> mapper.createParser(in));
  }

  private Postmortem read(Supplier<JsonParser> open) throws IOException {
    JsonParser parser;
    try {
      parser = open.get();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    return read(parser);
  }

  private Postmortem read(JsonParser parser) throws IOException {
    try (parser) {
      JsonInput in = new JsonInput(parser, ignoreUnknownFields, limits);
      try {
        return new PostmortemJsonReader(in).read();
      } catch (JacksonIOException e) {
        throw e.getCause();
      } catch (LimitConstraints.Exceeded e) {
        throw e.limit().exceeded(limits, in.location(e.getLocation()), e.found());
      } catch (StreamConstraintsException e) {
        // Jackson's own limits that ParseLimits does not set: number and name length.
        throw in.fail(Problem.LIMIT_EXCEEDED, "a document within Jackson's stream limits",
            e.getOriginalMessage(), e, e.getLocation());
      } catch (PostmortemParseException e) {
        throw e;
      } catch (JacksonException e) {
        throw in.fail(Problem.MALFORMED, "well-formed JSON", e.getOriginalMessage(), e,
            e.getLocation());
      }
    }
  }

  /**
   * Writes one value of a type in {@link EmbeddedTypes#ALL} to a generator that someone else owns,
   * as part of their document: a postmortem exactly as {@link #render} writes it (header
   * included), other values as they appear inside a postmortem. Indentation is the generator's.
   */
  public void writeValue(Object value, JsonGenerator generator) {
    new PostmortemJsonWriter(generator).writeValue(value);
  }

  /**
   * Reads one value of {@code type}, one of {@link EmbeddedTypes#ALL}, from a parser that someone
   * else owns, positioned on the value's first token, and leaves it on the value's last token.
   * Paths in errors start at that parser's root ({@code $.incident.actionItems[0].status}).
   * Its stream limits are the parser's; the list limit and field length are counted here.
   *
   * @throws PostmortemParseException as {@link #parse} does
   */
  public <T> T readValue(JsonParser parser, Class<T> type) {
    JsonInput in = new JsonInput(parser, ignoreUnknownFields, limits);
    return type.cast(new PostmortemJsonReader(in).readValue(type));
  }

  @Override
  public String toString() {
    return "JsonCodec{prettyPrint=" + prettyPrint + ", ignoreUnknownFields=" + ignoreUnknownFields
        + ", limits=" + limits + "}";
  }
}
