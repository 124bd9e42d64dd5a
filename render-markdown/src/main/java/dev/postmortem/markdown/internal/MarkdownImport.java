package dev.postmortem.markdown.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.markdown.Layout;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The import of a hand-written document: a document this library wrote is read exactly as the
 * strict parser reads it (so that importing what was rendered from an import gives the same
 * postmortem again); anything else is read by {@link LenientReader}.
 */
public final class MarkdownImport {
  /**
   * What an import gives.
   *
   * @param postmortem the postmortem read
   * @param findings what the import noticed (placeholders, unreadable values), lines 1-based
   * @param lines the 1-based line where each field path (such as {@code actionItems[2]}) was read
   * @param source the text read, line endings normalised
   */
  public record Result(Postmortem postmortem, List<LintFinding> findings, Map<String, Integer> lines,
      String source) {}

  private MarkdownImport() {}

  /** Imports {@code text}. */
  public static Result read(String text) {
    String normalized = normalize(text);
    Optional<Postmortem> own = ownDocument(normalized);
    if (own.isPresent()) {
      return new Result(own.get(), List.of(), Map.of(), normalized);
    }
    LenientReader.Result result = LenientReader.read(normalized);
    return new Result(result.postmortem(), result.findings(), result.lines(), normalized);
  }

  /**
   * Returns the postmortem if {@code text} is a document this library writes: one the strict
   * parser reads and that renders back to the same text in one of the layouts. Acceptance by the
   * strict parser alone is not enough: it reads any unknown heading, "Timeline (UTC)" say, as a
   * custom section, where a hand-written document means the timeline.
   */
  private static Optional<Postmortem> ownDocument(String text) {
    Postmortem strict;
    try {
      strict = MarkdownReader.read(text);
    } catch (PostmortemParseException notStrict) {
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
   * Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is a parse exception at its line and
   * byte column, never a replacement character that would change the text unnoticed.
   */
  public static String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new PostmortemParseException(Problem.MALFORMED, ParseLocation.at(line, offset - lineStart + 1),
          "UTF-8 text", String.format("the byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset), null);
    }
    out.flip();
    return out.toString();
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
