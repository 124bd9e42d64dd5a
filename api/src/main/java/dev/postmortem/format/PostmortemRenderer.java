package dev.postmortem.format;

import dev.postmortem.Postmortem;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Postmortem} in one format. Implementations are immutable and thread-safe, and
 * deterministic: the same postmortem always gives the same characters.
 *
 * <pre>{@code
 * String markdown = Formats.named("markdown").renderer().render(postmortem);
 * }</pre>
 */
public interface PostmortemRenderer {

  /**
   * Writes {@code postmortem} to {@code out}.
   *
   * @throws IOException if {@code out} fails
   */
  void render(Postmortem postmortem, Appendable out) throws IOException;

  /** Returns {@code postmortem} rendered as a string. */
  default String render(Postmortem postmortem) {
    StringBuilder out = new StringBuilder();
    try {
      render(postmortem, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    return out.toString();
  }
}
