package dev.postmortem.format;

import dev.postmortem.Postmortem;
import dev.postmortem.internal.Nulls;
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
   * @param postmortem the postmortem; not null
   * @param out where to write it; not null
   * @throws IOException if {@code out} fails
   */
  void render(Postmortem postmortem, Appendable out) throws IOException;

  /**
   * {@return {@code postmortem} rendered as a string}
   *
   * @param postmortem the postmortem; not null
   */
  default String render(Postmortem postmortem) {
    Nulls.check(postmortem, "postmortem");
    StringBuilder out = new StringBuilder();
    try {
      render(postmortem, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    return out.toString();
  }
}
