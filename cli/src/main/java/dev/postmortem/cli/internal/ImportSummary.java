package dev.postmortem.cli.internal;

import dev.postmortem.lint.Finding;
import dev.postmortem.markdown.ImportedPostmortem;
import dev.postmortem.markdown.ImportedSection;
import java.util.List;
import java.util.Locale;

/**
 * What the importer made of a document, for {@code show}: each section with its lines and the
 * model field it was read into (why a field is empty shows here), then the findings.
 */
final class ImportSummary {
  private ImportSummary() {}

  /** Returns the sections and findings of {@code imported}, as indented lines. */
  static String of(ImportedPostmortem imported) {
    StringBuilder text = new StringBuilder("Sections\n");
    List<ImportedSection> sections = imported.sections();
    if (sections.isEmpty()) {
      // The strict reader reads this library's own output field by field; it has no sections.
      text.append("  none listed: a document this library wrote is read exactly\n");
    } else {
      int linesWidth = "lines".length();
      int headingWidth = "heading".length();
      for (ImportedSection section : sections) {
        linesWidth = Math.max(linesWidth, lines(section).length());
        headingWidth = Math.max(headingWidth, heading(section).length());
      }
      text.append(row(linesWidth, headingWidth, "lines", "heading", "read into"));
      for (ImportedSection section : sections) {
        text.append(row(linesWidth, headingWidth, lines(section), heading(section), section.home()));
      }
    }
    text.append("\nFindings\n");
    if (imported.findings().isEmpty()) {
      text.append("  none\n");
    }
    for (Finding finding : imported.findings()) {
      text.append("  ").append(finding.line().map(line -> line + ": ").orElse(""))
          .append(finding.severity().name().toLowerCase(Locale.ROOT)).append(' ')
          .append(finding.ruleId()).append(": ").append(finding.message())
          .append(finding.path().isEmpty() ? "" : " (" + finding.path() + ")").append('\n');
    }
    return text.toString();
  }

  private static String row(int linesWidth, int headingWidth, String lines, String heading, String home) {
    return "  " + pad(lines, linesWidth) + "  " + pad(heading, headingWidth) + "  " + home + "\n";
  }

  private static String lines(ImportedSection section) {
    return section.firstLine() == section.lastLine() ? String.valueOf(section.firstLine())
        : section.firstLine() + "-" + section.lastLine();
  }

  private static String heading(ImportedSection section) {
    return section.heading().isEmpty() ? "(before the first heading)" : section.heading();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
