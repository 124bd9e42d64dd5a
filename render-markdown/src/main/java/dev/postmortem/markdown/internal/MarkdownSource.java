package dev.postmortem.markdown.internal;

import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLimits.Limit;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import dev.postmortem.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * A Markdown document as both readers of this module take it, made in one place: read from a
 * stream or a reader no further than the document limit allows, decoded as strict UTF-8, checked
 * for size, a leading byte order mark dropped, CR LF and lone CR line endings made LF, and
 * refused when it holds a control character or an unpaired surrogate, which no field can hold.
 * Every line and column the readers report is counted in the text this returns.
 */
public final class MarkdownSource {
  /** How many characters the control-character check copies and looks at in one piece. */
  private static final int CHUNK = 8192;

  private MarkdownSource() {}

  /** Returns {@code text} ready for a reader, or throws a parse exception saying where it is not. */
  public static String of(String text, ParseLimits limits) {
    checkSize(text, limits);
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    refuseControlCharacters(t);
    return t;
  }

  /** Reads all of {@code in}, but no more than the document limit allows; {@link #of} comes next. */
  public static String read(Reader in, ParseLimits limits) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
      if (text.length() > limits.maxDocumentChars()) {
        checkSize(text, limits);
      }
    }
    return text.toString();
  }

  /**
   * Reads and decodes UTF-8 strictly, within the document limit; {@link #of} comes next. A byte
   * sequence that is not UTF-8 is a parse exception at its line and byte column, never a
   * replacement character that would change the text unnoticed.
   */
  public static String read(InputStream in, ParseLimits limits) throws IOException {
    // A UTF-16 unit takes at most 3 bytes of UTF-8: more bytes than that is surely too long.
    long maxBytes = 3L * limits.maxDocumentChars();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      checkSize(new String(bytes, StandardCharsets.UTF_8), limits);
    }
    return Utf8.decode(bytes);
  }

  /** Checks the document's size; past the limit, the exception is at the first character over. */
  private static void checkSize(CharSequence text, ParseLimits limits) {
    int max = limits.maxDocumentChars();
    if (text.length() <= max) {
      return;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < max; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    throw Limit.MAX_DOCUMENT_CHARS.exceeded(limits, ParseLocation.at(line, max - lineStart + 1),
        "more");
  }

  private static void refuseControlCharacters(String t) {
    // Printable ASCII is almost every character: the lines are counted only once one is refused.
    // Copied in chunks to an array: String.charAt checks the index and the string's coding per
    // character, which made this loop a tenth of a 10 000-event parse.
    int length = t.length();
    char[] chunk = new char[Math.min(length, CHUNK) + 1];
    int from = 0;
    while (from < length) {
      int n = Math.min(length - from, CHUNK);
      // One character more than the chunk, when there is one, to see a surrogate's partner.
      int available = Math.min(length - from, n + 1);
      t.getChars(from, from + available, chunk, 0);
      int allowed = allowed(chunk, n, available);
      if (allowed < 0) {
        locateRefused(t);
        throw new IllegalStateException("a refused character that locateRefused did not find");
      }
      from += allowed;
    }
  }

  /**
   * Returns how many characters from the start of {@code chars}, at least {@code n}, are allowed
   * (no control character, no unpaired surrogate), or -1 when one of the first {@code n} is not;
   * {@code available} says how many can be looked at.
   */
  private static int allowed(char[] chars, int n, int available) {
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\t' || c >= 0xA0 && !Character.isSurrogate(c)) {
        i++;
      } else if (Character.isHighSurrogate(c) && i + 1 < available && Character.isLowSurrogate(chars[i + 1])) {
        i += 2;
      } else {
        return -1;
      }
    }
    return i;
  }

  /** Throws for the first control character or unpaired surrogate, with its line and column. */
  private static void locateRefused(String t) {
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
  }
}
