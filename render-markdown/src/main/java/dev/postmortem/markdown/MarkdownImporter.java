package dev.postmortem.markdown;

import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.lint.Finding;
import dev.postmortem.lint.ImportFinding;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.PostmortemLinter;
import dev.postmortem.markdown.internal.ImportOptions;
import dev.postmortem.markdown.internal.ImportPipeline;
import dev.postmortem.markdown.internal.MarkdownSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads postmortems that people wrote by hand: the lenient counterpart of the strict
 * {@link MarkdownFormat} parser. It reads both templates filled in or not, the Google SRE book's
 * and PagerDuty's layouts, headings in any case and with numbers or emoji, metadata as a table,
 * bold-label lines or YAML front matter, timelines and action items as tables, bullets or
 * checklists. It never fails for layout reasons and loses no text: what it does not recognise
 * becomes custom sections, in order. Unfilled placeholders read as empty and values that cannot be
 * read as their type are kept as text; both come back as findings with their line, beside the
 * linter's findings.
 *
 * <pre>{@code
 * ImportedPostmortem imported = MarkdownImporter.create().read(Path.of("2024-03-14-outage.md"));
 * imported.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>A document this library rendered is read exactly as {@link MarkdownFormat}'s parser reads
 * it, so importing, rendering and importing again gives the first import back. Only input that is
 * not a document at all (not UTF-8, control characters, no text, past one of the
 * {@linkplain Builder#limits(ParseLimits) limits}) throws
 * {@link PostmortemParseException}, with its line and column. Immutable and thread-safe.
 */
public final class MarkdownImporter {
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]{2,})\"");
  private final PostmortemLinter linter;
  private final ParseLimits limits;
  private final ImportOptions options;

  private MarkdownImporter(Builder builder) {
    this.linter = PostmortemLinter.builder().clock(builder.clock).build();
    this.limits = builder.limits;
    this.options = new ImportOptions(Optional.ofNullable(builder.defaultDate),
        Optional.ofNullable(builder.defaultZone), builder.dayFirst);
  }

  /** {@return an importer whose linter takes today from the system clock in UTC} */
  public static MarkdownImporter create() {
    return builder().build();
  }

  /** {@return a builder with the default options} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports a document given as text.
   *
   * @param text the document; not null
   * @return the postmortem, the findings and the sections
   * @throws dev.postmortem.format.PostmortemParseException if the text is not a document at all
   */
  public ImportedPostmortem read(String text) {
    Objects.requireNonNull(text, "text must not be null");
    return imported(ImportPipeline.read(text, limits, options));
  }

  /**
   * Imports a document read from {@code in}, which is not closed.
   *
   * @param in the document; not null
   * @return the postmortem, the findings and the sections
   * @throws IOException if reading fails
   * @throws dev.postmortem.format.PostmortemParseException if the text is not a document at all
   */
  public ImportedPostmortem read(Reader in) throws IOException {
    return read(MarkdownSource.read(Objects.requireNonNull(in, "in must not be null"), limits));
  }

  /**
   * Imports UTF-8 bytes from {@code in}, which is not closed; bytes that are not UTF-8 throw.
   *
   * @param in the document's bytes; not null
   * @return the postmortem, the findings and the sections
   * @throws IOException if reading fails
   * @throws dev.postmortem.format.PostmortemParseException if the bytes are not UTF-8 or not a document at all
   */
  public ImportedPostmortem read(InputStream in) throws IOException {
    return read(MarkdownSource.read(Objects.requireNonNull(in, "in must not be null"), limits));
  }

  /**
   * Imports a UTF-8 file.
   *
   * @param file the file; not null
   * @return the postmortem, the findings and the sections
   * @throws IOException if reading fails
   * @throws dev.postmortem.format.PostmortemParseException if the bytes are not UTF-8 or not a document at all
   */
  public ImportedPostmortem read(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  private ImportedPostmortem imported(ImportPipeline.Result result) {
    List<ImportFinding> read = new ArrayList<>(result.findings());
    read.sort(Comparator.comparing(finding -> finding.line().orElse(0)));
    List<Finding> findings = new ArrayList<>(read);
    for (LintFinding finding : linter.lint(result.postmortem())) {
      findings.add(lineOf(finding, result).map(finding::atLine).orElse(finding));
    }
    return new ImportedPostmortem(result.postmortem(), findings, result.sections());
  }

  /**
   * The line a linter finding concerns: where the importer read its field path (or the nearest
   * enclosing one), else the first line holding the value its message quotes, else none.
   */
  private static Optional<Integer> lineOf(LintFinding finding, ImportPipeline.Result result) {
    Map<String, Integer> lines = result.lines();
    String path = finding.path();
    while (!path.isEmpty()) {
      Integer line = lines.get(path);
      if (line != null) {
        return Optional.of(line);
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut < 0 ? "" : path.substring(0, cut);
    }
    Matcher quoted = QUOTED.matcher(finding.message());
    if (quoted.find()) {
      String[] source = result.source().split("\n", -1);
      for (int i = 0; i < source.length; i++) {
        if (source[i].contains(quoted.group(1))) {
          return Optional.of(i + 1);
        }
      }
    }
    return Optional.empty();
  }

  /** Builds a {@link MarkdownImporter}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private ParseLimits limits = ParseLimits.create();
    private LocalDate defaultDate;
    private ZoneId defaultZone;
    private boolean dayFirst;

    private Builder() {}

    /**
     * Sets the limits a document is read within; {@link ParseLimits#create()} by default. Past a
     * limit, reading throws {@link PostmortemParseException} with problem {@code LIMIT_EXCEEDED},
     * the line and column, and the limit's name: a document too big to be a postmortem is not
     * one, whatever its layout.
     *
     * @param limits the limits; not null
     * @return this builder
     */
    public Builder limits(ParseLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits must not be null");
      return this;
    }

    /**
     * Sets the clock the linter takes today from, for overdue action items.
     *
     * @param clock says what day it is; not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Sets the date of times written without one, for documents that state no date anywhere (not
     * in metadata, the title or the timeline); none by default, and such times are then reported
     * as unreadable and kept as text.
     *
     * @param date the date; not null
     * @return this builder
     */
    public Builder defaultDate(LocalDate date) {
      this.defaultDate = Objects.requireNonNull(date, "date must not be null");
      return this;
    }

    /**
     * Sets the zone of times written without one, for documents that name none (in a heading,
     * an "All times ..." line, a column name or metadata); UTC by default.
     *
     * @param zone the zone; not null
     * @return this builder
     */
    public Builder defaultZone(ZoneId zone) {
      this.defaultZone = Objects.requireNonNull(zone, "zone must not be null");
      return this;
    }

    /**
     * Sets whether numeric dates such as {@code 03/10/2021} are day first when the document's
     * own dates do not settle it (a date such as {@code 25/10/2021} does); month first by default.
     *
     * @param dayFirst whether such dates are day first
     * @return this builder
     */
    public Builder dayFirstDates(boolean dayFirst) {
      this.dayFirst = dayFirst;
      return this;
    }

    /** {@return the importer} */
    public MarkdownImporter build() {
      return new MarkdownImporter(this);
    }
  }
}
