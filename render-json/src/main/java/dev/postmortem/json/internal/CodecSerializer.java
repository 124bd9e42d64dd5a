package dev.postmortem.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one model type inside a user's document through the format's own writer. */
final class CodecSerializer<T> extends StdSerializer<T> {
  private final transient JsonCodec codec;

  CodecSerializer(Class<T> type, JsonCodec codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    codec.writeValue(value, generator);
  }
}
