/** The versioned postmortem JSON format and its JSON Schema, built on Jackson 3. */
module dev.postmortem.json {
  requires transitive dev.postmortem.api;
  requires tools.jackson.databind;
}
