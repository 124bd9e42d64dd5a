package dev.postmortem.json.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import java.io.IOException;
import java.io.Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON renderer and parser for one set of options. Immutable and thread-safe: Jackson's
 * mapper and writer are, and each call makes its own generator or parser. Jackson's default
 * stream limits (string length, nesting depth, number length) stay on.
 */
public final class JsonCodec implements PostmortemRenderer, PostmortemParser {
  /** One mapper for all: configured once, never changed. */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  /** Two-space indentation and {@code "name": value}, with {@code \n} on every platform. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final boolean prettyPrint;
  private final boolean ignoreUnknownFields;
  private final ObjectWriter writer;

  /**
   * Creates a codec.
   *
   * @param prettyPrint whether to indent the output, ending it with a line feed
   * @param ignoreUnknownFields whether to skip fields this version does not know instead of
   *     refusing them
   */
  public JsonCodec(boolean prettyPrint, boolean ignoreUnknownFields) {
    this.prettyPrint = prettyPrint;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.writer = prettyPrint ? MAPPER.writer().with(PRETTY) : MAPPER.writer();
  }

  @Override
  public void render(Postmortem postmortem, Appendable out) throws IOException {
    try (JsonGenerator generator = writer.createGenerator(AppendableWriter.of(out))) {
      new PostmortemJsonWriter(generator).write(postmortem);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    if (prettyPrint) {
      out.append('\n');
    }
  }

  @Override
  public Postmortem parse(Reader reader) throws IOException {
    JsonParser parser;
    try {
      parser = MAPPER.createParser(reader);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    try (parser) {
      JsonInput in = new JsonInput(parser, ignoreUnknownFields);
      try {
        return new PostmortemJsonReader(in).read();
      } catch (JacksonIOException e) {
        throw e.getCause();
      } catch (StreamConstraintsException e) {
        throw in.fail(Problem.LIMIT_EXCEEDED, "a document within the parser's limits",
            e.getOriginalMessage(), e, e.getLocation());
      } catch (PostmortemParseException e) {
        throw e;
      } catch (JacksonException e) {
        throw in.fail(Problem.MALFORMED, "well-formed JSON", e.getOriginalMessage(), e,
            e.getLocation());
      }
    }
  }

  @Override
  public String toString() {
    return "JsonCodec{prettyPrint=" + prettyPrint + ", ignoreUnknownFields=" + ignoreUnknownFields + "}";
  }
}
