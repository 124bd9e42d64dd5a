package dev.postmortem.examples;

import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.site.ReportSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Shows the report site: imports every Markdown postmortem of a folder (by default the bundled
 * {@code examples/postmortems/}, written in varied layouts) and writes a static site to an output
 * folder: {@code index.html} with charts, {@code index.md}, and a page per postmortem with its
 * Markdown source beside it. Prints where the index went; open it in a browser.
 *
 * <p>Run with {@code [folder] [output folder]}.
 */
public final class FolderReport {
  private FolderReport() {}

  /** Imports the folder and writes the site. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/postmortems");
    Path out = Path.of(args.length > 1 ? args[1] : "examples/target/report");
    PostmortemReport report = site(Clock.systemUTC()).write(folder, out);
    System.out.println("Imported " + report.entries().size() + " postmortems from " + folder);
    System.out.println("Wrote " + out.resolve("index.html").toAbsolutePath() + " (open it in a browser)");
    System.out.println("Wrote " + out.resolve("index.md").toAbsolutePath());
    System.out.println("Wrote " + report.entries().size() + " pages and their Markdown to "
        + out.resolve(ReportSite.PAGES).toAbsolutePath());
  }

  /** The site writer the example uses; {@code clock} says what today is, for overdue items. */
  public static ReportSite site(Clock clock) {
    return ReportSite.builder().clock(clock).build();
  }

  /** Imports every {@code .md} file of {@code folder} into a report, newest first. */
  public static PostmortemReport report(Path folder, Clock clock) throws IOException {
    return site(clock).read(folder);
  }
}
