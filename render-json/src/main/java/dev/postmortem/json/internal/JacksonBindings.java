package dev.postmortem.json.internal;

import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The serializers and deserializers of the Jackson module: one pair for each of
 * {@link EmbeddedTypes#ALL}, all delegating to one {@link JsonCodec}, so that a postmortem inside
 * a user's document is written and read by the same code as a document of its own.
 *
 * <pre>{@code
 * JacksonBindings bindings = new JacksonBindings(codec);
 * setupContext.addSerializers(bindings.serializers());
 * setupContext.addDeserializers(bindings.deserializers());
 * }</pre>
 */
public final class JacksonBindings {
  private final JsonCodec codec;

  /** Creates the bindings of a codec, whose options (limits, unknown fields) reading uses. */
  public JacksonBindings(JsonCodec codec) {
    this.codec = codec;
  }

  /** Returns a serializer for each embedded type. */
  public SimpleSerializers serializers() {
    SimpleSerializers serializers = new SimpleSerializers();
    for (Class<?> type : EmbeddedTypes.ALL) {
      addSerializer(serializers, type);
    }
    return serializers;
  }

  /** Returns a deserializer for each embedded type. */
  public SimpleDeserializers deserializers() {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Class<?> type : EmbeddedTypes.ALL) {
      addDeserializer(deserializers, type);
    }
    return deserializers;
  }

  private <T> void addSerializer(SimpleSerializers serializers, Class<T> type) {
    serializers.addSerializer(type, new CodecSerializer<>(type, codec));
  }

  private <T> void addDeserializer(SimpleDeserializers deserializers, Class<T> type) {
    deserializers.addDeserializer(type, new CodecDeserializer<>(type, codec));
  }
}
