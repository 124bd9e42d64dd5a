package dev.postmortem.markdown;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.markdown.internal.SafeHtml;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Postmortems as safe HTML, named {@code html}: the Markdown of a {@link Layout}, rendered by
 * commonmark-java with raw HTML escaped (it shows as text) and unsafe URLs such as
 * {@code javascript:} removed. A standalone page by default, or a fragment to embed. Render only:
 * {@link #parser()} is empty.
 *
 * <pre>{@code
 * String page = HtmlFormat.builder().layout(Layout.DETAILED).build().renderer().render(postmortem);
 * String fragment = HtmlFormat.builder().fragment(true).build().renderer().render(postmortem);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlFormat implements PostmortemFormat {
  /** The name this format is registered under. */
  public static final String NAME = "html";

  private final Layout layout;
  private final boolean fragment;
  private final PostmortemRenderer renderer;

  /**
   * Creates the format with its defaults. For {@link java.util.ServiceLoader}, which needs a public
   * no-argument constructor on the class path; code says {@link #create()}.
   */
  public HtmlFormat() {
    this(builder());
  }

  private HtmlFormat(Builder builder) {
    this.layout = builder.layout;
    this.fragment = builder.fragment;
    SafeHtml html = new SafeHtml(layout, fragment);
    this.renderer = new PostmortemRenderer() {
      @Override
      public void render(Postmortem postmortem, Appendable out) throws IOException {
        Objects.requireNonNull(postmortem, "postmortem must not be null");
        Objects.requireNonNull(out, "out must not be null");
        out.append(html.render(postmortem));
      }

      @Override
      public String toString() {
        return HtmlFormat.this.toString();
      }
    };
  }

  /** {@return the format with its defaults} */
  public static HtmlFormat create() {
    return builder().build();
  }

  /** {@return a builder with the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public PostmortemRenderer renderer() {
    return renderer;
  }

  /**
   * Renders {@code postmortem}; a shortcut for {@code renderer().render(postmortem)}.
   *
   * @param postmortem the postmortem; not null
   * @return the HTML
   */
  public String render(Postmortem postmortem) {
    return renderer.render(postmortem);
  }

  /** Returns empty: HTML is written only. */
  @Override
  public Optional<PostmortemParser> parser() {
    return Optional.empty();
  }

  /** Returns the name and options, such as {@code html{layout=COMPACT, fragment=false}}. */
  @Override
  public String toString() {
    return NAME + "{layout=" + layout + ", fragment=" + fragment + "}";
  }

  /** Options of an {@link HtmlFormat}. */
  public static final class Builder {
    private Layout layout = Layout.COMPACT;
    private boolean fragment;

    private Builder() {}

    /**
     * Sets the layout of the Markdown the HTML is made from; compact by default.
     *
     * @param layout the layout; not null
     * @return this builder
     */
    public Builder layout(Layout layout) {
      this.layout = Objects.requireNonNull(layout, "layout must not be null");
      return this;
    }

    /**
     * Sets whether to write a fragment (the body's content) instead of a standalone page.
     *
     * @param fragment whether to write a fragment
     * @return this builder
     */
    public Builder fragment(boolean fragment) {
      this.fragment = fragment;
      return this;
    }

    /** {@return the format with these options} */
    public HtmlFormat build() {
      return new HtmlFormat(this);
    }
  }
}
