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
  SUMMARY("summary", "TL;DR", "Executive Summary", "Summary"),
  RESPONDERS("responders", "Responders", "Responders"),
  ATTRIBUTES("attributes", "Attributes", "Attributes"),
  IMPACT("impact", "Impact", "Impact Assessment"),
  TIMELINE("timeline", "Timeline", "Timeline"),
  ROOT_CAUSE("rootCause", "Root cause", "Root Cause Analysis", "Root causes"),
  DETECTION("detection", "Detection", "Detection"),
  WENT_WELL("whatWentWell", "What went well", "What Worked Well"),
  WENT_POORLY("whatWentPoorly", "What went poorly", "What Went Poorly", "What went wrong"),
  LUCKY("whereWeGotLucky", "Where we got lucky", "Where We Got Lucky"),
  RESOLUTION("resolution", "Resolution", "Resolution and Recovery"),
  ACTION_ITEMS("actionItems", "Action items", "Action Items"),
  PREVENTION("preventionMeasures", "Prevention measures", "Prevention Measures"),
  LESSONS("lessons", "Lessons learned", "Lessons Learned"),
  EVIDENCE("evidence", "Supporting evidence", "Supporting Evidence"),
  COMMUNICATIONS("communications", "Communication log", "Communication Log"),
  APPENDIX("appendix", "Appendix", "Appendix"),
  REVIEW("review", "Review and approval", "Review and Approval"),
  /** The detailed layout's table of every action item; its checklists only show them by horizon. */
  ACTION_TRACKING("actionItems", "Follow-up actions tracking", "Follow-up Actions Tracking");

  private static final Map<String, Section> BY_HEADING = new HashMap<>();

  static {
    for (Section section : values()) {
      for (String heading : section.headings) {
        BY_HEADING.put(key(heading), section);
      }
    }
  }

  private final String field;
  private final String compact;
  private final String detailed;
  private final List<String> headings;

  Section(String field, String compact, String detailed, String... synonyms) {
    this.field = field;
    this.compact = compact;
    this.detailed = detailed;
    this.headings = new java.util.ArrayList<>(List.of(compact, detailed));
    this.headings.addAll(List.of(synonyms));
  }

  /** Returns the name of the model's field the section holds, as violation paths start. */
  String field() {
    return field;
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
