package dev.postmortem.markdown.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.internal.Utf8;
import dev.postmortem.lint.ImportFinding;
import dev.postmortem.markdown.ImportedSection;
import dev.postmortem.markdown.Layout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    MarkdownLimits.checkSize(text, limits);
    String normalized = normalize(text);
    Optional<Postmortem> own = ownDocument(normalized, limits);
    if (own.isPresent()) {
      return new Result(own.get(), List.of(), Map.of(), List.of(), normalized);
    }
    DocumentImporter.Result result = DocumentImporter.read(normalized, limits, options);
    return new Result(result.postmortem(), result.findings(), result.lines(), result.sections(), normalized);
  }

  /**
   * Returns the postmortem if {@code text} is a document this library writes: one the strict
   * parser reads and that renders back to the same text in one of the layouts. Acceptance by the
   * strict parser alone is not enough: it reads any unknown heading, "Timeline (UTC)" say, as a
   * custom section, where a hand-written document means the timeline.
   */
  private static Optional<Postmortem> ownDocument(String text, ParseLimits limits) {
    Postmortem strict;
    try {
      strict = MarkdownReader.read(text, limits);
    } catch (PostmortemParseException notStrict) {
      if (notStrict.problem() == Problem.LIMIT_EXCEEDED) {
        throw notStrict; // the lenient reader checks the same limits: say so once
      }
      return Optional.empty();
    }
    String written = text.stripTrailing();
    for (Layout layout : Layout.values()) {
      if (MarkdownWriter.render(strict, layout).stripTrailing().equals(written)) {
        return Optional.of(strict);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads and decodes UTF-8 strictly, within the document limit: a byte sequence that is not UTF-8 is a parse exception at its line and
   * byte column, never a replacement character that would change the text unnoticed.
   */
  public static String decode(InputStream in, ParseLimits limits) throws IOException {
    // A UTF-16 unit takes at most 3 bytes of UTF-8: more bytes than that is surely too long.
    long maxBytes = 3L * limits.maxDocumentChars();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      MarkdownLimits.checkSize(new String(bytes, StandardCharsets.UTF_8), limits);
    }
    return Utf8.decode(bytes);
  }

  /**
   * Normalises line endings and drops a leading byte order mark; refuses control characters and
   * unpaired surrogates, which no field can hold, with their line and column.
   */
  static String normalize(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        continue;
      }
      boolean control = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F;
      boolean unpaired = Character.isHighSurrogate(c)
          ? i + 1 >= t.length() || !Character.isLowSurrogate(t.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(t.charAt(i - 1)));
      if (control || unpaired) {
        throw new PostmortemParseException(Problem.MALFORMED, ParseLocation.at(line, i - lineStart + 1),
            "text without control characters or unpaired surrogates",
            String.format("U+%04X", (int) c), null);
      }
    }
    return t;
  }
}
