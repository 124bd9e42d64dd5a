package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.markdown.Layout;
import java.util.List;

/**
 * Writes the blank fill-in template of a layout: every section the layout has, in its order,
 * with placeholders in brackets and short instructions in italics, as the template files do.
 */
final class TemplateWriter {
  private static final String DATE_PLACEHOLDER = "[YYYY-MM-DD]";
  private static final String NAME_PLACEHOLDER = "[Name]";
  private static final String TIME_PLACEHOLDER = "[HH:MM]";

  private TemplateWriter() {}

  static String blank(Layout layout) {
    boolean detailed = layout == Layout.DETAILED;
    Blocks out = new Blocks();
    out.rawHeading(1, detailed ? "Incident Postmortem: [Title]" : "Post-mortem: [Title]");
    List<String[]> metadata = List.of(pair(INCIDENT_ID, "[INC-0000]"), pair(DATE, DATE_PLACEHOLDER),
        pair(SEVERITY, detailed ? "[Critical/High/Medium/Low]" : "[sev-1 / sev-2 / sev-3]"),
        pair(OWNER, "[@incident-commander]"),
        pair(STATUS, detailed ? "[Resolved/Investigating/Ongoing]" : "[draft / final]"),
        pair(STARTED, DATE_PLACEHOLDER + " " + TIME_PLACEHOLDER),
        pair(ENDED, DATE_PLACEHOLDER + " " + TIME_PLACEHOLDER));
    if (detailed) {
      out.labeledLines(metadata);
    } else {
      out.keyValueTable(metadata);
    }
    for (Section section : detailed ? DETAILED_ORDER : COMPACT_ORDER) {
      out.rawHeading(2, section.heading(detailed));
      body(out, section, detailed);
    }
    return out.text();
  }

  private static final List<Section> COMPACT_ORDER = List.of(Section.SUMMARY, Section.IMPACT,
      Section.TIMELINE, Section.WENT_WELL, Section.WENT_POORLY, Section.LUCKY, Section.ROOT_CAUSE,
      Section.ACTION_ITEMS, Section.LESSONS);

  private static final List<Section> DETAILED_ORDER = List.of(Section.SUMMARY, Section.IMPACT,
      Section.TIMELINE, Section.ROOT_CAUSE, Section.WENT_WELL, Section.RESOLUTION,
      Section.ACTION_ITEMS, Section.PREVENTION, Section.LESSONS, Section.EVIDENCE,
      Section.COMMUNICATIONS, Section.APPENDIX, Section.REVIEW);

  private static void body(Blocks out, Section section, boolean detailed) {
    switch (section) {
      case SUMMARY -> {
        out.paragraph("_A 2-3 sentence summary: what broke, who was affected, how it was fixed, "
            + "what we will do about it._");
        if (detailed) {
          out.rawHeading(3, Subsection.KEY_POINTS.heading());
          out.labeled(List.of(pair(WHAT_HAPPENED, "[1-2 sentence summary]"),
              pair(IMPACT, "[User-facing impact]"), pair(ROOT_CAUSE, "[Brief technical cause]"),
              pair(RESOLUTION, "[How it was fixed]")));
        }
      }
      case IMPACT -> {
        out.labeled(List.of(pair(USERS_AFFECTED, "[Number/percentage of users]"),
            pair(SERVICE_DEGRADATION, "[What functionality was impacted]"),
            pair(WHAT_WORKED, "..."), pair(WHAT_DID_NOT_WORK, "..."),
            pair(REVENUE_IMPACT, "[Lost revenue, refunds, provider costs]")));
        out.rawHeading(3, Subsection.IMPACT_METRICS.heading());
        out.paragraph("| " + METRIC + " | " + QUALIFIER + " | " + VALUE + " |\n| --- | --- | --- |\n"
            + "| [Calls affected] | [failed] | [Number] |");
      }
      case TIMELINE -> {
        out.paragraph(ALL_TIMES + "UTC.");
        out.paragraph("| " + TIME + " | " + KIND + " | " + EVENT + " | " + ACTION_TAKEN + " | " + ACTOR
            + " |\n| --- | --- | --- | --- | --- |\n"
            + "| " + TIME_PLACEHOLDER + " | started | Incident begins | [Description] | System |\n"
            + "| " + TIME_PLACEHOLDER + " | alerted | Alert fired | [Alert name/source] | Monitoring |\n"
            + "| " + TIME_PLACEHOLDER + " | identified | Root cause identified | [Finding] | " + NAME_PLACEHOLDER + " |\n"
            + "| " + TIME_PLACEHOLDER + " | resolved | Incident resolved | [Verification] | " + NAME_PLACEHOLDER + " |");
      }
      case ROOT_CAUSE -> {
        if (detailed) {
          out.rawHeading(3, Subsection.PRIMARY_CAUSE.heading());
        }
        out.paragraph("_The mechanical cause and the contributing factors. Avoid blame; look for "
            + "systemic issues._");
        out.rawHeading(3, Subsection.CONTRIBUTING_FACTORS.heading());
        out.paragraph("| " + FACTOR + " | " + DESCRIPTION + " |\n| --- | --- |\n| [Factor 1] | "
            + "[Description and impact] |");
      }
      case WENT_WELL, WENT_POORLY, LUCKY -> out.paragraph("- ...\n- ...");
      case RESOLUTION -> {
        out.rawHeading(3, Subsection.IMMEDIATE_ACTIONS.heading());
        out.paragraph("| " + TIME + " | " + ACTION + " | " + RESULT + " |\n| --- | --- | --- |\n| "
            + TIME_PLACEHOLDER + " | [Action 1] | [Description and result] |");
        out.rawHeading(3, Subsection.SYSTEM_STATE.heading());
        out.labeled(List.of(pair(HEALTH_CHECKS, "[All green/degraded/etc.]"),
            pair(DATA_CONSISTENCY, "[Verified/restored]"),
            pair(PERFORMANCE, "[Back to normal/improved]"), pair(USER_EXPERIENCE, "[Fully restored]")));
      }
      case ACTION_ITEMS -> out.paragraph("| " + ACTION + " | " + OWNER + " | " + PRIORITY + " | " + DUE
          + (detailed ? " | " + HORIZON_COLUMN + " | " + STATUS : "") + " |\n| --- | --- | --- | --- |"
          + (detailed ? " --- | --- |" : "") + "\n| [Action 1] | @owner | high | " + DATE_PLACEHOLDER
          + (detailed ? " | immediate | open" : "") + " |");
      case PREVENTION -> out.paragraph("| " + AREA + " | " + MEASURE + " | " + DETAIL
          + " |\n| --- | --- | --- |\n| monitoring | [New alerts needed] | [Specific metrics to monitor] |");
      case LESSONS -> out.paragraph("_A short, opinionated takeaway worth remembering on future "
          + "on-call shifts._");
      case EVIDENCE -> out.paragraph("| " + CATEGORY + " | " + EVIDENCE + " | " + LINK
          + " |\n| --- | --- | --- |\n| logs and traces | [Error logs] | [Link] |");
      case COMMUNICATIONS -> out.paragraph("| " + AUDIENCE_COLUMN + " | " + SUBJECT + " | " + DETAIL
          + " |\n| --- | --- | --- |\n| internal | [Team notification] | [When and how the team was alerted] |");
      case APPENDIX -> {
        out.rawHeading(3, Subsection.CODE_CHANGES.heading());
        out.paragraph("| " + COMMIT + " | " + DESCRIPTION + " | " + AUTHOR_COLUMN + " | " + TIME
            + " |\n| --- | --- | --- | --- |\n| [Commit 1] | [Brief description] | " + NAME_PLACEHOLDER
            + " | " + TIME_PLACEHOLDER + " |");
      }
      case REVIEW -> out.paragraph("| " + ROLE + " | " + NAME + " | " + DATE + " |\n| --- | --- | --- |\n"
          + "| " + PREPARED_BY + " | " + NAME_PLACEHOLDER + " | " + DATE_PLACEHOLDER + " |\n"
          + "| " + REVIEWED_BY + " | " + NAME_PLACEHOLDER + " | " + DATE_PLACEHOLDER + " |\n"
          + "| " + APPROVED_BY + " | " + NAME_PLACEHOLDER + " | " + DATE_PLACEHOLDER + " |");
      default -> out.paragraph("...");
    }
  }

  private static String[] pair(String label, String value) {
    return new String[] {label, value};
  }
}
