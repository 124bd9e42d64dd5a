package dev.postmortem.format;

import dev.postmortem.Postmortem;
import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Reads a {@link Postmortem} from one format. Implementations are immutable and thread-safe. For
 * every postmortem {@code p} and a format's renderer and parser, {@code parse(render(p))} equals
 * {@code p}.
 */
public interface PostmortemParser {

  /**
   * Reads one postmortem from {@code in}; does not close it.
   *
   * @param in the document; not null
   * @return the postmortem
   * @throws PostmortemParseException if the input is not a valid document of this format, with
   *     its location
   * @throws IOException if {@code in} fails
   */
  Postmortem parse(Reader in) throws IOException;

  /**
   * Reads one postmortem from UTF-8 bytes; does not close {@code in}. Bytes that are not UTF-8
   * throw {@link PostmortemParseException} with problem {@code MALFORMED} and their location,
   * rather than becoming replacement characters. The bundled formats read within their limits;
   * this default reads all bytes first.
   *
   * @param in the document's bytes; not null
   * @return the postmortem
   * @throws PostmortemParseException if the input is not UTF-8 or not a valid document
   * @throws IOException if {@code in} fails
   */
  default Postmortem parse(InputStream in) throws IOException {
    return parse(Utf8.decode(Nulls.check(in, "in").readAllBytes()));
  }

  /**
   * Reads one postmortem from {@code text}.
   *
   * @param text the document; not null
   * @return the postmortem
   * @throws PostmortemParseException if the text is not a valid document of this format
   */
  default Postmortem parse(String text) {
    try {
      return parse(new StringReader(Nulls.check(text, "text")));
    } catch (IOException e) {
      throw new UncheckedIOException("a StringReader does not throw", e);
    }
  }
}
