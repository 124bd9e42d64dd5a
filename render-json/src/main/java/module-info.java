/**
 * The versioned postmortem JSON format and its JSON Schema, built on Jackson 3. Provides the
 * {@code json} format to {@link dev.postmortem.format.Formats}.
 */
module dev.postmortem.json {
  requires transitive dev.postmortem.api;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports dev.postmortem.json;

  provides dev.postmortem.format.PostmortemFormat with dev.postmortem.json.JsonFormat;
}
