package dev.postmortem.json.internal;

/** The identity of the JSON format: its {@code "format"} marker and the version this code reads. */
final class JsonFormatVersion {
  /** The value of the top-level {@code "format"} field. */
  static final String FORMAT = "postmortem";
  /** The version written, and the newest read. */
  static final int VERSION = 1;

  private JsonFormatVersion() {}
}
