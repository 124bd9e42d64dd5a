package dev.postmortem.markdown.internal;

import dev.postmortem.markdown.Layout;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one {@link Layout} is, as data: its sections in order, the heading it gives each, how its
 * metadata and sections are set off, and which of its template's own forms it writes. The
 * section handlers ask this instead of branching on the layout, so that the difference between
 * the two layouts is read in one place, and the blank template follows the writer's order
 * because both walk {@link #order()}.
 */
enum LayoutStyle {
  /** The compact template: a metadata table, the response notes as sections of their own. */
  COMPACT(Layout.COMPACT, "# Post-mortem: ", false, EnumSet.noneOf(Form.class),
      List.of(Section.SUMMARY, Section.IMPACT, Section.TIMELINE, Section.DETECTION, Section.WENT_WELL,
          Section.WENT_POORLY, Section.LUCKY, Section.ROOT_CAUSE, Section.RESOLUTION, Section.ACTION_ITEMS,
          Section.PREVENTION, Section.LESSONS, Section.RESPONDERS, Section.ATTRIBUTES, Section.EVIDENCE,
          Section.COMMUNICATIONS, Section.APPENDIX, Section.REVIEW)),
  /**
   * The detailed template: metadata lines, a rule before every section, and the template's forms
   * wherever they read back exactly; the response notes sit in the root cause analysis.
   */
  DETAILED(Layout.DETAILED, "# Incident Postmortem: ", true, EnumSet.allOf(Form.class),
      List.of(Section.SUMMARY, Section.IMPACT, Section.TIMELINE, Section.DETECTION, Section.ROOT_CAUSE,
          Section.RESOLUTION, Section.ACTION_ITEMS, Section.PREVENTION, Section.LESSONS, Section.EVIDENCE,
          Section.COMMUNICATIONS, Section.APPENDIX, Section.REVIEW, Section.ACTION_TRACKING,
          Section.RESPONDERS, Section.ATTRIBUTES));

  /**
   * A shape the detailed template gives a section's content in place of the table or flat list
   * that every layout can fall back to. Each is written only where it reads back exactly.
   */
  enum Form {
    /** Metadata as {@code **Label:** value} lines joined by hard breaks, not a table. */
    METADATA_LINES,
    /** The impact under User, Business and System Impact, without the compact duration line. */
    IMPACT_GROUPS,
    /** The primary cause under its own heading, the technical details after a bold line in it. */
    PRIMARY_CAUSE,
    /** Prevention, evidence and communications as labeled bullets grouped by kind. */
    LABELED_GROUPS,
    /** The appendix's configuration as YAML, its code changes and past incidents as bullets. */
    APPENDIX_LISTS,
    /** The sign-offs as {@code **Prepared by:** Name - Date} lines. */
    SIGNOFF_LINES
  }

  private final Layout layout;
  private final String titlePrefix;
  private final boolean ruled;
  private final Set<Form> forms;
  private final List<Section> order;

  LayoutStyle(Layout layout, String titlePrefix, boolean ruled, Set<Form> forms, List<Section> order) {
    this.layout = layout;
    this.titlePrefix = titlePrefix;
    this.ruled = ruled;
    this.forms = forms;
    this.order = order;
  }

  /** Returns the style of {@code layout}. */
  static LayoutStyle of(Layout layout) {
    for (LayoutStyle style : values()) {
      if (style.layout == layout) {
        return style;
      }
    }
    throw new IllegalArgumentException("no style for " + layout);
  }

  /** Returns the sections in the order this layout writes them; the template's first. */
  List<Section> order() {
    return order;
  }

  /** Returns whether this layout writes {@code section} as a level-2 section of its own. */
  boolean writes(Section section) {
    return order.contains(section);
  }

  /** Returns the heading this layout gives {@code section}. */
  String heading(Section section) {
    return section.heading(this == DETAILED);
  }

  /** Returns whether a thematic break comes before every section (and ends the metadata). */
  boolean ruled() {
    return ruled;
  }

  /** Returns whether this layout writes {@code form} where it reads back exactly. */
  boolean has(Form form) {
    return forms.contains(form);
  }

  /** Returns the start of the level-1 heading of the blank template, before {@code [Title]}. */
  String titlePrefix() {
    return titlePrefix;
  }
}
