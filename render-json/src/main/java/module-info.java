/**
 * The versioned postmortem JSON format and its JSON Schema, built on Jackson 3. Provides the
 * {@code json} format to {@link dev.postmortem.format.Formats}, and
 * {@link dev.postmortem.json.PostmortemJacksonModule} to Jackson's module discovery.
 */
module dev.postmortem.json {
  requires transitive dev.postmortem.api;
  requires tools.jackson.core;
  // Transitive: PostmortemJacksonModule extends Jackson's JacksonModule.
  requires transitive tools.jackson.databind;

  exports dev.postmortem.json;

  provides dev.postmortem.format.PostmortemFormat with dev.postmortem.json.JsonFormat;
  provides tools.jackson.databind.JacksonModule with dev.postmortem.json.PostmortemJacksonModule;
}
