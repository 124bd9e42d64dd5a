/**
 * The postmortem JSON format: {@link dev.postmortem.json.JsonFormat}, and its JSON Schema as a
 * resource.
 */
package dev.postmortem.json;
