package dev.postmortem.format;

import java.util.Optional;

/**
 * A named way of writing postmortems down (Markdown, JSON, HTML): a renderer and, where the
 * format can be read back, a parser. Formats are found by name through {@link Formats}, which
 * uses {@link java.util.ServiceLoader}; a third party adds one by implementing this interface and
 * registering it as a service ({@code provides dev.postmortem.format.PostmortemFormat with …} in
 * its module descriptor, or a {@code META-INF/services} file on the class path).
 *
 * <p>Implementations are immutable and thread-safe. Those registered as services need a public
 * no-argument constructor (or a {@code provider()} method) giving their default options.
 */
public interface PostmortemFormat {

  /** {@return the name it is found by: lower case, such as {@code markdown}} */
  String name();

  /** {@return the media type of its output, such as {@code text/markdown; charset=UTF-8}} */
  String mediaType();

  /** {@return the usual file extension without the dot, such as {@code md}} */
  String fileExtension();

  /** {@return the renderer} */
  PostmortemRenderer renderer();

  /** {@return the parser, or empty for a format that is written only (such as HTML)} */
  Optional<PostmortemParser> parser();
}
