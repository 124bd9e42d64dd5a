package dev.postmortem.markdown.internal;

import java.util.Optional;

/**
 * One level-2 section of the Markdown format, whole: how it is written, how the strict reader
 * reads it back, where the importer puts a hand-written section of that heading, and what the
 * blank template holds under it. Keeping the writing and the reading of a section side by side
 * keeps them in step (a writer's form the reader cannot read is a visible gap in one file); the
 * headings stay in {@link Section}, which the importer and the escaping of custom headings share.
 * Handlers hold no state; {@link SectionRegistry} lists one per section.
 */
interface SectionHandler {
  /** Returns the section this handler writes and reads. */
  Section section();

  /** Writes the section into {@code out} when the postmortem holds something for it. */
  void write(SectionOutput out);

  /**
   * Reads the section from {@code text} into {@code in}'s builder; {@code text} has no level-3
   * heading the section does not know (the reader refuses those before calling).
   */
  void read(SectionInput in, SectionText text);

  /**
   * Returns the importer's home for a hand-written section under this section's headings; empty
   * when the importer's word list has none (the importer then keeps it as a custom section).
   */
  Optional<SectionHome> home();

  /**
   * Returns what the blank template of {@code style} holds under this section's heading, empty
   * when that template has no such section.
   */
  Optional<String> blank(LayoutStyle style);
}
