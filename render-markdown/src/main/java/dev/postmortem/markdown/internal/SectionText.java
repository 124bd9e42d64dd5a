package dev.postmortem.markdown.internal;

import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Heading;

/**
 * A level-2 section of the document being read, cut at its level-3 headings.
 *
 * @param rawHeading the heading's source, without the {@code ##} and a closing sequence
 * @param whole everything under the heading
 * @param direct what comes before the first level-3 heading
 * @param subsections the known level-3 subsections
 * @param unknownSubsection the first level-3 heading the format does not know, if any
 */
record SectionText(String rawHeading, SectionPart whole, SectionPart direct,
    Map<Subsection, SectionPart> subsections, Optional<Heading> unknownSubsection) {

  /** Returns the subsection, {@link SectionPart#ABSENT} when the section does not have it. */
  SectionPart sub(Subsection subsection) {
    return subsections.getOrDefault(subsection, SectionPart.ABSENT);
  }

  /** Returns whether the section has the subsection. */
  boolean has(Subsection subsection) {
    return subsections.containsKey(subsection);
  }
}
