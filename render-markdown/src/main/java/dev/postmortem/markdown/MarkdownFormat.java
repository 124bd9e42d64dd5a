package dev.postmortem.markdown;

import dev.postmortem.Postmortem;
import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.markdown.internal.MarkdownCodec;
import java.util.Objects;
import java.util.Optional;

/**
 * Postmortems as Markdown (CommonMark with GFM tables), named {@code markdown}, in the
 * {@link Layout#COMPACT compact} or {@link Layout#DETAILED detailed} template's layout. Rendering
 * is deterministic; the parser reads both layouts, so that {@code parse(render(p))} equals
 * {@code p} whatever the layout.
 *
 * <pre>{@code
 * PostmortemFormat markdown = MarkdownFormat.builder().layout(Layout.DETAILED).build();
 * String text = markdown.renderer().render(postmortem);
 * String blank = MarkdownFormat.builder().layout(Layout.DETAILED).build().blankTemplate();
 * }</pre>
 *
 * <p>Found through {@link dev.postmortem.format.Formats#named(String)} with the compact layout.
 * Parse errors carry the line and column. Immutable and thread-safe.
 */
public final class MarkdownFormat implements PostmortemFormat {
  /** The name this format is registered under. */
  public static final String NAME = "markdown";

  private final Layout layout;
  private final ParseLimits limits;
  private final MarkdownCodec codec;

  /**
   * Creates the format with the compact layout. For {@link java.util.ServiceLoader}, which needs a public
   * no-argument constructor on the class path; code says {@link #create()}.
   */
  public MarkdownFormat() {
    this(builder());
  }

  private MarkdownFormat(Builder builder) {
    this.layout = builder.layout;
    this.limits = builder.limits;
    this.codec = new MarkdownCodec(layout, limits);
  }

  /** {@return the format with the compact layout} */
  public static MarkdownFormat create() {
    return builder().build();
  }

  /** {@return a builder with the default options (compact layout)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the layout this format writes} */
  public Layout layout() {
    return layout;
  }

  /** {@return the limits its parser reads within} */
  public ParseLimits limits() {
    return limits;
  }

  /**
   * {@return a blank fill-in template in this format's layout, every section present with
   * placeholders such as {@code [YYYY-MM-DD]}, for a team to fill in}
   */
  public String blankTemplate() {
    return codec.blankTemplate();
  }

  /**
   * Renders {@code postmortem}; a shortcut for {@code renderer().render(postmortem)}.
   *
   * @param postmortem the postmortem; not null
   * @return the Markdown
   */
  public String render(Postmortem postmortem) {
    return codec.render(postmortem);
  }

  /**
   * Reads a postmortem from Markdown of either layout; a shortcut for
   * {@code parser().orElseThrow().parse(text)}.
   *
   * @param text the document; not null
   * @return the postmortem
   * @throws dev.postmortem.format.PostmortemParseException if the text is not a valid document
   */
  public Postmortem parse(String text) {
    return codec.parse(text);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=UTF-8; variant=GFM";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public PostmortemRenderer renderer() {
    return codec;
  }

  @Override
  public Optional<PostmortemParser> parser() {
    return Optional.of(codec);
  }

  /** Returns the name and layout, such as {@code markdown{layout=DETAILED}}. */
  @Override
  public String toString() {
    return NAME + "{layout=" + layout + "}";
  }

  /** Options of a {@link MarkdownFormat}. */
  public static final class Builder {
    private Layout layout = Layout.COMPACT;
    private ParseLimits limits = ParseLimits.create();

    private Builder() {}

    /**
     * Sets the limits the parser reads within; {@link ParseLimits#create()} by default. Past a
     * limit, parsing throws {@link dev.postmortem.format.PostmortemParseException} with problem
     * {@code LIMIT_EXCEEDED}, the line and column, and the limit's name.
     *
     * @param limits the limits; not null
     * @return this builder
     */
    public Builder limits(ParseLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits must not be null");
      return this;
    }

    /**
     * Sets the layout to write; {@link Layout#COMPACT} by default. The parser reads both.
     *
     * @param layout the layout; not null
     * @return this builder
     */
    public Builder layout(Layout layout) {
      this.layout = Objects.requireNonNull(layout, "layout must not be null");
      return this;
    }

    /** {@return the format with these options} */
    public MarkdownFormat build() {
      return new MarkdownFormat(this);
    }
  }
}
