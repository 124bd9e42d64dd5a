package dev.postmortem.report.internal;

/** Entry names as links that can only point at a file beside the report. */
final class Links {
  private Links() {}

  /**
   * Returns {@code name} as a relative link: a name with a colon before any slash would read as a
   * URL scheme ({@code javascript:…}), so it gets a leading {@code ./}.
   */
  static String relative(String name) {
    int colon = name.indexOf(':');
    int slash = name.indexOf('/');
    return colon >= 0 && (slash < 0 || colon < slash) ? "./" + name : name;
  }
}
