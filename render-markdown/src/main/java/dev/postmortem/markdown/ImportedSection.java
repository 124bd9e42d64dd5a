package dev.postmortem.markdown;

import java.util.Objects;

/**
 * One section of an imported document and where the importer put it, so that a user can see why a
 * field is empty: a section whose heading was not recognised has the home {@code customSections[i]}.
 *
 * @param heading the heading as written, without its {@code #} marks; {@code ""} for the text
 *     before the first heading
 * @param home the model path the section was read into, such as {@code timeline},
 *     {@code rootCause.primaryCause} or {@code customSections[2]}; {@code metadata} for key/value
 *     metadata, and the section's home followed by {@code + customSections[i]} when part of its
 *     text was not recognised and kept as a custom section
 * @param firstLine the 1-based line of the heading
 * @param lastLine the 1-based last line of the section, its sub-sections excluded
 */
public record ImportedSection(String heading, String home, int firstLine, int lastLine) {

  /**
   * Checks that no part is null and the lines are in order.
   *
   * @param heading the heading's text; not null
   * @param home the model path it was read into; not null
   * @param firstLine the 1-based line of the heading
   * @param lastLine the 1-based last line of the section
   * @throws IllegalArgumentException if the lines are not 1-based and in order
   */
  public ImportedSection {
    Objects.requireNonNull(heading, "heading must not be null");
    Objects.requireNonNull(home, "home must not be null");
    if (firstLine < 1 || lastLine < firstLine) {
      throw new IllegalArgumentException("lines must be 1-based and in order, were " + firstLine + "-" + lastLine);
    }
  }
}
