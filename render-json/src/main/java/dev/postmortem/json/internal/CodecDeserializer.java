package dev.postmortem.json.internal;

import dev.postmortem.format.PostmortemParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads one model type inside a user's document through the format's own reader. */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private final transient JsonCodec codec;
  private final Class<T> type;

  CodecDeserializer(Class<T> type, JsonCodec codec) {
    super(type);
    this.codec = codec;
    this.type = type;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    try {
      return codec.readValue(parser, type);
    } catch (PostmortemParseException e) {
      // Thrown as Jackson's own kind of exception, so that the user's mapper and framework treat
      // it as bad input (a 400 in a REST service) whatever their WRAP_EXCEPTIONS setting; the
      // format's exception, with its problem and JSON path, is the cause.
      throw DatabindException.from(parser, e.getMessage(), e);
    }
  }
}
