package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.TextRules;
import dev.postmortem.internal.Violations;
import org.immutables.value.Value;

/**
 * Any section the model has no field for: a heading and its body, kept in order. This is the
 * extension point, and what lets an imported document keep every part of its text.
 */
@Value.Immutable
public abstract class CustomSection {
  CustomSection() {}

  /** {@return the heading without its {@code #} marks: inline text, required} */
  public abstract String heading();

  /** {@return the body: block text, or empty for a section with a heading only} */
  @Value.Default
  public String body() {
    return "";
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a section}
   *
   * @param heading the section's heading; not null
   * @param body the section's text; not null
   * @throws InvalidPostmortemException if either breaks a text rule
   */
  public static CustomSection of(String heading, String body) {
    return builder().heading(heading).body(body).build();
  }

  void check(Violations out) {
    out.requiredInline("heading", heading());
    // Empty is a section with a heading only; the builder refuses null.
    if (!body().isEmpty()) {
      out.block("body", body());
    }
  }

  /** Builds a {@link CustomSection}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableCustomSection.Generated fields = new ImmutableCustomSection.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(CustomSection instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the heading without its {@code #} marks: inline text, required.
     *
     * @param heading the value; not null
     * @return this builder
     */
    public Builder heading(String heading) {
      fields.heading(Nulls.check(heading, "heading"));
      return this;
    }

    /**
     * Sets the body: block text, or empty for a section with a heading only. Unset, it is the
     * default {@link CustomSection#body()} documents. Line endings CR LF and CR are kept as LF.
     *
     * @param body the value; not null
     * @return this builder
     */
    public Builder body(String body) {
      fields.body(TextRules.normalizeLineEndings(Nulls.check(body, "body")));
      return this;
    }

    /**
     * Builds the {@link CustomSection}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public CustomSection build() {
      return Violations.checked(buildUnchecked(), "CustomSection", CustomSection::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    CustomSection buildUnchecked() {
      return fields.build();
    }
  }
}
