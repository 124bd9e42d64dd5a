package dev.postmortem.internal;

import dev.postmortem.format.ParseLocation;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParseException.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for parsers: a byte sequence that is not UTF-8 is a parse exception at its
 * line and byte column, never a replacement character that would change the text unnoticed.
 */
public final class Utf8 {
  private Utf8() {}

  /** Decodes {@code bytes}, or throws a {@code MALFORMED} parse exception at the first bad byte. */
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
      throw new PostmortemParseException(Problem.MALFORMED,
          ParseLocation.at(line, offset - lineStart + 1), "UTF-8 text",
          String.format("the byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset), null);
    }
    out.flip();
    return out.toString();
  }
}
