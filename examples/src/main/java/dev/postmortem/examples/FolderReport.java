package dev.postmortem.examples;

import dev.postmortem.markdown.ImportedPostmortem;
import dev.postmortem.markdown.MarkdownImporter;
import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.ReportEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Shows the folder report: imports every Markdown postmortem of a folder (by default the bundled
 * {@code examples/postmortems/}, written in varied layouts), then writes {@code index.md} and
 * {@code report.html} (inline SVG charts) to an output folder, and prints where they went.
 *
 * <p>Run with {@code [folder] [output folder]}.
 */
public final class FolderReport {
  private FolderReport() {}

  /** Imports the folder and writes the report. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/postmortems");
    Path out = Path.of(args.length > 1 ? args[1] : "examples/target/report");
    PostmortemReport report = report(folder, Clock.systemUTC());
    Files.createDirectories(out);
    Files.writeString(out.resolve("index.md"), report.toMarkdown());
    Files.writeString(out.resolve("report.html"), report.toHtml());
    System.out.println("Imported " + report.entries().size() + " postmortems from " + folder);
    System.out.println("Wrote " + out.resolve("index.md").toAbsolutePath());
    System.out.println("Wrote " + out.resolve("report.html").toAbsolutePath());
  }

  /** Imports every {@code .md} file of {@code folder}, in name order, into a report. */
  public static PostmortemReport report(Path folder, Clock clock) throws IOException {
    MarkdownImporter importer = MarkdownImporter.builder().clock(clock).build();
    List<ReportEntry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        ImportedPostmortem imported = importer.read(file);
        entries.add(new ReportEntry(file.getFileName().toString(), imported.postmortem(), imported.findings()));
      }
    }
    return PostmortemReport.of(entries, clock);
  }
}
