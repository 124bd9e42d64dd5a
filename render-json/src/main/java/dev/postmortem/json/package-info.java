/**
 * The postmortem JSON format: {@link dev.postmortem.json.JsonFormat}, and its JSON Schema as a
 * resource; {@link dev.postmortem.json.PostmortemJacksonModule} puts postmortems in a service's
 * own Jackson 3 JSON in that format.
 */
package dev.postmortem.json;
