package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Holds each layout to the template teams fill in by hand. The templates' structure is kept here
 * as data, written from the two templates (the compact one-page "Post-mortem" and the detailed
 * "Incident Postmortem Template"): their headings, their {@code **Label:**} labels and their table
 * headers, in order. The blank template of each layout must have exactly that structure, and a
 * document the writer fills must keep the templates' sections in the templates' order.
 */
class TemplateConformanceTest {
  /** The compact template: metadata table rows, sections, labels, table headers, in order. */
  private static final List<String> COMPACT = List.of(
      "label Date", "label Severity", "label Owner", "label Status",
      "## TL;DR",
      "## Impact",
      "label Users affected", "label Calls affected", "label Duration",
      "label What worked / didn't work for users.", "label Money impact (if any)",
      "## Timeline", "table Time | Event",
      "## What went well",
      "## What went poorly",
      "## Where we got lucky",
      "## Root cause",
      "## Action items", "table Action | Owner | Priority | Due",
      "## Lessons learned");

  /** The detailed template, the same way. */
  private static final List<String> DETAILED = List.of(
      "label Date", "label Incident ID", "label Severity", "label Duration", "label Status",
      "## Executive Summary",
      "label What happened", "label Impact", "label Root cause", "label Resolution",
      "## Impact Assessment",
      "### User Impact", "label Users affected", "label Service degradation", "label Geographic scope",
      "label User-visible symptoms",
      "### Business Impact", "label Tracks lost", "label Revenue impact", "label Reputation impact",
      "### System Impact", "label Services affected", "label Data integrity", "label Performance degradation",
      "## Timeline", "table Time | Event | Action Taken | Actor",
      "## Root Cause Analysis",
      "### Primary Cause", "label Technical details",
      "### Contributing Factors",
      "### What Worked Well",
      "## Resolution and Recovery",
      "### Immediate Actions Taken",
      "### System State After Resolution", "label Health check status", "label Data consistency",
      "label Performance metrics", "label User experience",
      "## Action Items",
      "### Immediate Actions (Within 24 hours)",
      "### Short-term Actions (Within 1 week)",
      "### Long-term Actions (Within 1 month)",
      "## Prevention Measures",
      "### Monitoring Improvements", "label New alerts needed", "label Alert threshold adjustments",
      "label Dashboard enhancements",
      "### Code/Configuration Changes", "label Input validation", "label Error handling",
      "label Circuit breakers", "label Rate limiting",
      "### Process Improvements", "label Deployment process", "label Documentation", "label Training",
      "label Emergency procedures",
      "### Infrastructure Improvements", "label Redundancy", "label Capacity", "label Backup systems",
      "## Lessons Learned",
      "### Technical Lessons",
      "### Process Lessons",
      "### Questions for Further Investigation",
      "## Supporting Evidence",
      "### Logs and Traces", "label Error logs", "label Performance traces", "label Database queries",
      "### Monitoring Data", "label Dashboards", "label Metrics", "label Alerts",
      "### External Dependencies", "label Third-party status", "label Network issues",
      "label Browser/client issues",
      "## Communication Log",
      "### Internal Communication", "label Team notification", "label Status updates", "label Escalation",
      "### External Communication", "label User notification", "label Customer support",
      "label Partner notification",
      "## Appendix",
      "### System Configuration at Time of Incident",
      "### Code Changes in Past 24 Hours",
      "### Similar Past Incidents",
      "## Review and Approval",
      "label Prepared by", "label Reviewed by", "label Approved by", "label Distribution",
      "## Follow-up Actions Tracking",
      "table Action Item | Owner | Due Date | Status | Completion Date | Notes");

  /** A bold label at the start of a line, list item or checklist item; {@code [..]} is a placeholder. */
  private static final Pattern LABEL = Pattern.compile(
      "^(?:[-*+] |\\d+\\. |\\| )?(?:\\[[ x]\\] )?\\*\\*([^\\[*][^*]*?)(?::\\*\\*|\\*\\*)");

  @Test
  void theCompactBlankTemplateIsTheCompactTemplate() {
    String blank = MarkdownFormat.builder().layout(Layout.COMPACT).build().blankTemplate();
    assertEquals(COMPACT, structure(blank));
    assertTrue(blank.startsWith("# Post-mortem: [Title]\n"), blank);
  }

  @Test
  void theDetailedBlankTemplateIsTheDetailedTemplate() {
    String blank = MarkdownFormat.builder().layout(Layout.DETAILED).build().blankTemplate();
    assertEquals(DETAILED, structure(blank));
    assertTrue(blank.startsWith("# Incident Postmortem: [Title]\n"), blank);
  }

  @Test
  void eachBlankTemplateImportsWithEverySectionAtHome() {
    for (Layout layout : Layout.values()) {
      String blank = MarkdownFormat.builder().layout(layout).build().blankTemplate();
      ImportedPostmortem imported = MarkdownImporter.create().read(blank);
      assertEquals(List.of(), imported.postmortem().customSections(), layout + " left sections over");
    }
  }

  @Test
  void aFilledDocumentKeepsTheTemplatesSectionsInTheirOrder() {
    Postmortem p = Samples.elevenLabsQuota();
    assertKeepsOrder(COMPACT, MarkdownFormat.builder().layout(Layout.COMPACT).build().render(p));
    assertKeepsOrder(DETAILED, MarkdownFormat.builder().layout(Layout.DETAILED).build().render(p));
  }

  @Test
  void filledDetailedDocumentsUseTheTemplatesShapes() {
    String document = MarkdownFormat.builder().layout(Layout.DETAILED).build().render(Samples.elevenLabsQuota());
    assertTrue(document.contains("\n**Duration:** 23:41 - 2025-06-03 00:28 (47 min)  \n"), document);
    assertTrue(document.contains("\n### Immediate Actions (Within 24 hours)\n\n- [x] **Alert at 80% of the "
        + "ElevenLabs quota** - Owner: @farah - Due: 2025-06-03\n"), document);
    assertTrue(document.contains("\n| Action Item | Owner | Due Date | Status | Completion Date | Notes |"),
        document);
    assertTrue(document.contains("\n1. **Forecast not shared:** Marketing's traffic forecast did not reach "
        + "the platform team\n"), document);
    assertTrue(document.contains("\n**Prepared by:** @dana - 2025-06-04  \n"), document);
    String compact = MarkdownFormat.builder().layout(Layout.COMPACT).build().render(Samples.openAi503s());
    assertTrue(compact.contains("\n- **Duration:** 14:01 → 14:20 (UTC)\n"), compact);
  }

  /** Every heading of the template that the document has comes in the template's order. */
  private static void assertKeepsOrder(List<String> template, String document) {
    List<String> templateHeadings = template.stream().filter(e -> e.startsWith("#")).toList();
    List<String> seen = structure(document).stream().filter(templateHeadings::contains).toList();
    List<String> expected = templateHeadings.stream().filter(seen::contains).toList();
    assertEquals(expected, seen.stream().distinct().toList());
    assertTrue(seen.size() >= templateHeadings.size() / 2, () -> "too few of the template's sections: " + seen);
  }

  /** Headings below the title, labels and table headers, in document order, outside code blocks. */
  static List<String> structure(String markdown) {
    List<String> out = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("```") || line.startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced || line.startsWith("# ")) {
        continue;
      }
      if (line.startsWith("## ") || line.startsWith("### ")) {
        out.add(line);
      } else if (line.startsWith("|") && i + 1 < lines.length && lines[i + 1].startsWith("| ---")) {
        String header = line.substring(1, line.length() - 1).trim();
        if (!header.replace("|", "").isBlank()) {
          out.add("table " + header.replaceAll("\\s*\\|\\s*", " | "));
        }
        i++;
      } else {
        Matcher label = LABEL.matcher(line);
        if (label.find()) {
          out.add("label " + label.group(1));
        }
      }
    }
    return out;
  }
}
