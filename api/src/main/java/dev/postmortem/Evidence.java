package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** A piece of supporting evidence: a log query, trace, dashboard, alert, third-party status. */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /** {@return the group it belongs to} */
  @Value.Default
  public EvidenceCategory category() {
    return EvidenceCategory.OTHER;
  }

  /** {@return what it is ({@code Error logs}): inline text, required} */
  public abstract String label();

  /** {@return where to find it} */
  public abstract Optional<String> link();

  /** {@return what it shows: inline text} */
  public abstract Optional<String> detail();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.requiredInline("label", label());
    out.link("link", link());
    out.inline("detail", detail());
  }

  /** Builds an {@link Evidence}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableEvidence.Generated fields = new ImmutableEvidence.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Evidence instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the group it belongs to. Unset, it is the default {@link Evidence#category()}
     * documents.
     *
     * @param category the value; not null
     * @return this builder
     */
    public Builder category(EvidenceCategory category) {
      fields.category(Nulls.check(category, "category"));
      return this;
    }

    /**
     * Sets what it is ({@code Error logs}): inline text, required.
     *
     * @param label the value; not null
     * @return this builder
     */
    public Builder label(String label) {
      fields.label(Nulls.check(label, "label"));
      return this;
    }

    /**
     * Sets where to find it.
     *
     * @param link the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder link(String link) {
      fields.link(Nulls.check(link, "link"));
      return this;
    }

    /**
     * Sets where to find it, or leaves it unset when {@code link} is empty.
     *
     * @param link the value, or empty for none; not null
     * @return this builder
     */
    public Builder link(Optional<String> link) {
      fields.link(Nulls.check(link, "link"));
      return this;
    }

    /**
     * Sets what it shows: inline text.
     *
     * @param detail the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder detail(String detail) {
      fields.detail(Nulls.check(detail, "detail"));
      return this;
    }

    /**
     * Sets what it shows: inline text, or leaves it unset when {@code detail} is empty.
     *
     * @param detail the value, or empty for none; not null
     * @return this builder
     */
    public Builder detail(Optional<String> detail) {
      fields.detail(Nulls.check(detail, "detail"));
      return this;
    }

    /**
     * Builds the {@link Evidence}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Evidence build() {
      return Violations.checked(buildUnchecked(), "Evidence", Evidence::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Evidence buildUnchecked() {
      return fields.build();
    }
  }
}
