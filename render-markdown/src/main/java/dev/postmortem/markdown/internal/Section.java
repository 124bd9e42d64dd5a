package dev.postmortem.markdown.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The level-2 sections the Markdown format knows, with the heading each layout gives them and the
 * other headings people use for them. A custom section whose heading is one of these is escaped
 * when written (see {@link Escapes#customHeading}), so that it reads back as custom.
 */
enum Section {
  SUMMARY("TL;DR", "Executive Summary", "Summary"),
  RESPONDERS("Responders", "Responders"),
  ATTRIBUTES("Attributes", "Attributes"),
  IMPACT("Impact", "Impact Assessment"),
  TIMELINE("Timeline", "Timeline"),
  ROOT_CAUSE("Root cause", "Root Cause Analysis", "Root causes"),
  DETECTION("Detection", "Detection"),
  WENT_WELL("What went well", "What Worked Well"),
  WENT_POORLY("What went poorly", "What Went Poorly", "What went wrong"),
  LUCKY("Where we got lucky", "Where We Got Lucky"),
  RESOLUTION("Resolution", "Resolution and Recovery"),
  ACTION_ITEMS("Action items", "Action Items", "Follow-up Actions Tracking"),
  PREVENTION("Prevention measures", "Prevention Measures"),
  LESSONS("Lessons learned", "Lessons Learned"),
  EVIDENCE("Supporting evidence", "Supporting Evidence"),
  COMMUNICATIONS("Communication log", "Communication Log"),
  APPENDIX("Appendix", "Appendix"),
  REVIEW("Review and approval", "Review and Approval");

  private static final Map<String, Section> BY_HEADING = new HashMap<>();

  static {
    for (Section section : values()) {
      for (String heading : section.headings) {
        BY_HEADING.put(key(heading), section);
      }
    }
  }

  private final String compact;
  private final String detailed;
  private final List<String> headings;

  Section(String compact, String detailed, String... synonyms) {
    this.compact = compact;
    this.detailed = detailed;
    this.headings = new java.util.ArrayList<>(List.of(compact, detailed));
    this.headings.addAll(List.of(synonyms));
  }

  /** Returns the heading in the compact or the detailed layout. */
  String heading(boolean detailedLayout) {
    return detailedLayout ? detailed : compact;
  }

  /** Returns the section a heading names, ignoring case and surrounding space. */
  static Optional<Section> named(String heading) {
    return Optional.ofNullable(BY_HEADING.get(key(heading)));
  }

  private static String key(String heading) {
    return heading.trim().toLowerCase(Locale.ROOT);
  }
}
