package dev.postmortem.markdown.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.lint.ImportFinding;
import dev.postmortem.markdown.ImportedSection;
import dev.postmortem.markdown.Layout;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The import of a hand-written document: a document this library wrote is read exactly as the
 * strict parser reads it (so that importing what was rendered from an import gives the same
 * postmortem again); anything else is read by {@link DocumentImporter}.
 */
public final class ImportPipeline {
  /**
   * What an import gives.
   *
   * @param postmortem the postmortem read
   * @param findings what the import noticed (placeholders, unreadable values), lines 1-based
   * @param lines the 1-based line where each field path (such as {@code actionItems[2]}) was read
   * @param sections each section of the document and the model home it was read into
   * @param source the text read, line endings normalised
   */
  public record Result(Postmortem postmortem, List<ImportFinding> findings, Map<String, Integer> lines,
      List<ImportedSection> sections, String source) {}

  private ImportPipeline() {}

  /** Imports {@code text} within {@code limits}, assuming {@code options} where it says nothing. */
  public static Result read(String text, ParseLimits limits, ImportOptions options) {
    String source = MarkdownSource.of(text, limits);
    Optional<MarkdownReader.Reading> own = ownDocument(source, limits);
    if (own.isPresent()) {
      return new Result(own.get().postmortem(), List.of(), own.get().fieldLines(), List.of(), source);
    }
    DocumentImporter.Result result = DocumentImporter.read(source, limits, options);
    return new Result(result.postmortem(), result.findings(), result.lines(), result.sections(), source);
  }

  /**
   * Returns the strict reading if {@code source} is a document this library writes: one the
   * strict parser reads and that renders back to the same text in one of the layouts. Acceptance
   * by the strict parser alone is not enough: it reads any unknown heading, "Timeline (UTC)" say,
   * as a custom section, and a filled-in template's leftover instructions as values, where the
   * importer reads what a person meant. The layout that rules off its sections is tried first
   * when the document has rules, so that our own document is rendered once.
   */
  private static Optional<MarkdownReader.Reading> ownDocument(String source, ParseLimits limits) {
    MarkdownReader.Reading strict;
    try {
      strict = MarkdownReader.readPrepared(source, limits);
    } catch (PostmortemParseException notStrict) {
      if (notStrict.problem() == Problem.LIMIT_EXCEEDED) {
        throw notStrict; // the lenient reader checks the same limits: say so once
      }
      return Optional.empty();
    }
    String written = source.stripTrailing();
    List<Layout> layouts = source.contains("\n---\n") ? List.of(Layout.DETAILED, Layout.COMPACT)
        : List.of(Layout.COMPACT, Layout.DETAILED);
    for (Layout layout : layouts) {
      if (MarkdownWriter.render(strict.postmortem(), layout).stripTrailing().equals(written)) {
        return Optional.of(strict);
      }
    }
    return Optional.empty();
  }
}
