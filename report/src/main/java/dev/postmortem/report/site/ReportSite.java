package dev.postmortem.report.site;

import dev.postmortem.markdown.ImportedPostmortem;
import dev.postmortem.markdown.Layout;
import dev.postmortem.markdown.MarkdownImporter;
import dev.postmortem.report.PostmortemReport;
import dev.postmortem.report.ReportEntry;
import dev.postmortem.report.site.internal.IndexHtml;
import dev.postmortem.report.site.internal.IndexMarkdown;
import dev.postmortem.report.site.internal.PostmortemPage;
import dev.postmortem.report.site.internal.SitePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes a small static site over a folder of Markdown postmortems: {@code index.html} (tables,
 * three inline SVG charts) and {@code index.md}, and in {@code postmortems/} a page per postmortem
 * with its Markdown source copied beside it. Every link is relative, so the folder can be opened
 * from disk, served, or committed to a wiki; the pages fetch nothing and run no script.
 *
 * <pre>{@code
 * PostmortemReport report = ReportSite.create()
 *     .write(Path.of("operations/postmortems"), Path.of("target/postmortem-site"));
 * }</pre>
 *
 * <p>Postmortems are read with {@link MarkdownImporter}, which accepts hand-written documents of
 * any layout, and listed newest first. Immutable and thread-safe; {@link #write} may be called
 * for several folders.
 */
public final class ReportSite {
  /** The folder of the output in which the postmortem pages and their sources go. */
  public static final String PAGES = SitePaths.PAGES;

  private final Clock clock;
  private final Layout layout;
  private final MarkdownImporter importer;

  private ReportSite(Builder builder) {
    this.clock = builder.clock;
    this.layout = builder.layout;
    this.importer = MarkdownImporter.builder().clock(clock).build();
  }

  /** {@return a site writer with the defaults: the system clock in UTC, the compact layout} */
  public static ReportSite create() {
    return builder().build();
  }

  /** {@return a builder with the defaults: the system clock in UTC, the compact layout} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports every {@code *.md} file of {@code postmortems} (not its subfolders) and returns the
   * report over them, newest first: by date, else by the day the incident started; undated ones
   * last, each group in file name order.
   *
   * @param postmortems the folder; not null
   * @return the report
   * @throws IOException if the folder or a file cannot be read
   */
  public PostmortemReport read(Path postmortems) throws IOException {
    Objects.requireNonNull(postmortems, "postmortems must not be null");
    List<ReportEntry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(postmortems)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
          .sorted().toList()) {
        ImportedPostmortem imported = importer.read(file);
        entries.add(new ReportEntry(file.getFileName().toString(), imported.postmortem(), imported.findings()));
      }
    }
    return PostmortemReport.of(SitePaths.newestFirst(entries), clock);
  }

  /**
   * Imports {@code postmortems} as {@link #read} does and writes the site into {@code output}
   * (created if missing; files of the same names are replaced, others left alone).
   *
   * @param postmortems the folder of Markdown postmortems; not null
   * @param output the folder to write the site into; not null
   * @return the report the site shows
   * @throws IOException if a file cannot be read or written
   */
  public PostmortemReport write(Path postmortems, Path output) throws IOException {
    Objects.requireNonNull(postmortems, "postmortems must not be null");
    Objects.requireNonNull(output, "output must not be null");
    PostmortemReport report = read(postmortems);
    Path pages = output.resolve(PAGES);
    Files.createDirectories(pages);
    for (ReportEntry entry : report.entries()) {
      Files.copy(postmortems.resolve(entry.name()), pages.resolve(entry.name()), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(pages.resolve(SitePaths.pageFile(entry.name())),
          PostmortemPage.write(entry, layout), StandardCharsets.UTF_8);
    }
    Files.writeString(output.resolve("index.md"), IndexMarkdown.write(report), StandardCharsets.UTF_8);
    Files.writeString(output.resolve("index.html"), IndexHtml.write(report), StandardCharsets.UTF_8);
    return report;
  }

  /** Returns the options, such as {@code ReportSite{layout=COMPACT, clock=SystemClock[Z]}}. */
  @Override
  public String toString() {
    return "ReportSite{layout=" + layout + ", clock=" + clock + "}";
  }

  /** Options of a {@link ReportSite}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private Layout layout = Layout.COMPACT;

    private Builder() {}

    /**
     * Sets the clock that says what today is, for overdue action items; the system clock in UTC
     * by default.
     *
     * @param clock says what day it is; not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Sets the layout in which each postmortem's page shows it; compact by default.
     *
     * @param layout the layout; not null
     * @return this builder
     */
    public Builder layout(Layout layout) {
      this.layout = Objects.requireNonNull(layout, "layout must not be null");
      return this;
    }

    /** {@return the site writer with these options} */
    public ReportSite build() {
      return new ReportSite(this);
    }
  }
}
