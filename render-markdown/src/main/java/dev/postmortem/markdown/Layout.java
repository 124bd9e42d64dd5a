package dev.postmortem.markdown;

/**
 * Which template a Markdown document follows: the order of its sections and their headings. A
 * layout never drops data: a field that is set always appears, in the closest section the layout
 * has; sections with nothing in them are left out. The parser reads both.
 */
public enum Layout {
  /**
   * The compact template: a metadata table, TL;DR, Impact, Timeline, what went well and poorly,
   * where we got lucky, Root cause, Action items, Lessons learned; then the other sections.
   */
  COMPACT,
  /**
   * The detailed template: bold-label metadata lines, Executive Summary, Impact Assessment,
   * Timeline with actors, Root Cause Analysis, Resolution and Recovery, Action Items, Prevention
   * Measures, Lessons Learned, Supporting Evidence, Communication Log, Appendix, Review and
   * Approval.
   */
  DETAILED
}
