package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** A measure that would prevent a recurrence, in one of the detailed template's areas. */
@Value.Immutable
public abstract class PreventionMeasure {
  PreventionMeasure() {}

  /** {@return the area} */
  public abstract PreventionArea area();

  /** {@return what it is about ({@code New alerts needed}): inline text, required} */
  public abstract String topic();

  /** {@return what to do: inline text} */
  public abstract Optional<String> detail();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a measure with detail}
   *
   * @param area the area; not null
   * @param topic what to do, in brief: inline text; not null
   * @param detail what to do: inline text; not null
   */
  public static PreventionMeasure of(PreventionArea area, String topic, String detail) {
    return builder().area(area).topic(topic).detail(detail).build();
  }

  void check(Violations out) {
    out.requireSet("area", area());
    out.requiredInline("topic", topic());
    out.inline("detail", detail());
  }

  /** Builds a {@link PreventionMeasure}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutablePreventionMeasure.Generated fields = new ImmutablePreventionMeasure.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(PreventionMeasure instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the area.
     *
     * @param area the value; not null
     * @return this builder
     */
    public Builder area(PreventionArea area) {
      fields.area(Nulls.check(area, "area"));
      return this;
    }

    /**
     * Sets what it is about ({@code New alerts needed}): inline text, required.
     *
     * @param topic the value; not null
     * @return this builder
     */
    public Builder topic(String topic) {
      fields.topic(Nulls.check(topic, "topic"));
      return this;
    }

    /**
     * Sets what to do: inline text.
     *
     * @param detail the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder detail(String detail) {
      fields.detail(Nulls.check(detail, "detail"));
      return this;
    }

    /**
     * Sets what to do: inline text, or leaves it unset when {@code detail} is empty.
     *
     * @param detail the value, or empty for none; not null
     * @return this builder
     */
    public Builder detail(Optional<String> detail) {
      fields.detail(Nulls.check(detail, "detail"));
      return this;
    }

    /**
     * Builds the {@link PreventionMeasure}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public PreventionMeasure build() {
      return Violations.checked(buildUnchecked(), "PreventionMeasure", PreventionMeasure::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    PreventionMeasure buildUnchecked() {
      return fields.build();
    }
  }
}
