package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named figure of the impact, kept as written: {@code Tracks lost = 87}, or with a qualifier,
 * {@code Calls affected (failed) = 1 234}.
 */
@Value.Immutable
public abstract class ImpactMetric {
  ImpactMetric() {}

  /** {@return what is counted: inline text, required} */
  public abstract String name();

  /** {@return the part of it this figure is for, such as a status ({@code failed}): inline text} */
  public abstract Optional<String> qualifier();

  /** {@return the figure as written ({@code 1 234}, {@code ~3%}): inline text, required} */
  public abstract String value();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a metric without qualifier}
   *
   * @param name what is measured; not null
   * @param value the figure; not null
   */
  public static ImpactMetric of(String name, String value) {
    return builder().name(name).value(value).build();
  }

  /**
   * {@return a metric with a qualifier}
   *
   * @param name what is measured; not null
   * @param qualifier what the figure is of; not null
   * @param value the figure; not null
   */
  public static ImpactMetric of(String name, String qualifier, String value) {
    return builder().name(name).qualifier(qualifier).value(value).build();
  }

  void check(Violations out) {
    out.requiredInline("name", name());
    out.inline("qualifier", qualifier());
    out.requiredInline("value", value());
  }

  /** Builds an {@link ImpactMetric}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableImpactMetric.Generated fields = new ImmutableImpactMetric.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(ImpactMetric instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets what is counted: inline text, required.
     *
     * @param name the value; not null
     * @return this builder
     */
    public Builder name(String name) {
      fields.name(Nulls.check(name, "name"));
      return this;
    }

    /**
     * Sets the part of it this figure is for, such as a status ({@code failed}): inline text.
     *
     * @param qualifier the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder qualifier(String qualifier) {
      fields.qualifier(Nulls.check(qualifier, "qualifier"));
      return this;
    }

    /**
     * Sets the part of it this figure is for, such as a status ({@code failed}): inline text, or
     * leaves it unset when {@code qualifier} is empty.
     *
     * @param qualifier the value, or empty for none; not null
     * @return this builder
     */
    public Builder qualifier(Optional<String> qualifier) {
      fields.qualifier(Nulls.check(qualifier, "qualifier"));
      return this;
    }

    /**
     * Sets the figure as written ({@code 1 234}, {@code ~3%}): inline text, required.
     *
     * @param value the value; not null
     * @return this builder
     */
    public Builder value(String value) {
      fields.value(Nulls.check(value, "value"));
      return this;
    }

    /**
     * Builds the {@link ImpactMetric}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public ImpactMetric build() {
      return Violations.checked(buildUnchecked(), "ImpactMetric", ImpactMetric::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    ImpactMetric buildUnchecked() {
      return fields.build();
    }
  }
}
