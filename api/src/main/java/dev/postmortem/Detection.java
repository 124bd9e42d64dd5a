package dev.postmortem;

import dev.postmortem.internal.Nulls;
import java.util.Optional;
import dev.postmortem.internal.Violations;
import org.immutables.value.Value;

/** How the incident was noticed, by whom or what, and why it was not caught sooner. */
@Value.Immutable
public abstract class Detection {
  private static final Detection EMPTY = new Builder().build();

  Detection() {}

  /** {@return how it was detected} */
  public abstract Optional<DetectionMethod> method();

  /** {@return the details of the detection (the alert, the report): inline text} */
  public abstract Optional<String> detail();

  /** {@return who or what detected it: inline text} */
  public abstract Optional<String> detectedBy();

  /** {@return why it was not caught sooner: inline text} */
  public abstract Optional<String> whyNotSooner();

  /** {@return whether no field is set} */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** {@return the value with no field set} */
  public static Detection empty() {
    return EMPTY;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.inline("detail", detail());
    out.inline("detectedBy", detectedBy());
    out.inline("whyNotSooner", whyNotSooner());
  }

  /** Builds a {@link Detection}; {@link #build()} checks its rules. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableDetection.Generated fields = new ImmutableDetection.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Detection instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets how it was detected.
     *
     * @param method the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder method(DetectionMethod method) {
      fields.method(Nulls.check(method, "method"));
      return this;
    }

    /**
     * Sets how it was detected, or leaves it unset when {@code method} is empty.
     *
     * @param method the value, or empty for none; not null
     * @return this builder
     */
    public Builder method(Optional<? extends DetectionMethod> method) {
      fields.method(Nulls.check(method, "method"));
      return this;
    }

    /**
     * Sets the details of the detection (the alert, the report): inline text.
     *
     * @param detail the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder detail(String detail) {
      fields.detail(Nulls.check(detail, "detail"));
      return this;
    }

    /**
     * Sets the details of the detection (the alert, the report): inline text, or leaves it unset
     * when {@code detail} is empty.
     *
     * @param detail the value, or empty for none; not null
     * @return this builder
     */
    public Builder detail(Optional<String> detail) {
      fields.detail(Nulls.check(detail, "detail"));
      return this;
    }

    /**
     * Sets who or what detected it: inline text.
     *
     * @param detectedBy the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder detectedBy(String detectedBy) {
      fields.detectedBy(Nulls.check(detectedBy, "detectedBy"));
      return this;
    }

    /**
     * Sets who or what detected it: inline text, or leaves it unset when {@code detectedBy} is
     * empty.
     *
     * @param detectedBy the value, or empty for none; not null
     * @return this builder
     */
    public Builder detectedBy(Optional<String> detectedBy) {
      fields.detectedBy(Nulls.check(detectedBy, "detectedBy"));
      return this;
    }

    /**
     * Sets why it was not caught sooner: inline text.
     *
     * @param whyNotSooner the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder whyNotSooner(String whyNotSooner) {
      fields.whyNotSooner(Nulls.check(whyNotSooner, "whyNotSooner"));
      return this;
    }

    /**
     * Sets why it was not caught sooner: inline text, or leaves it unset when {@code whyNotSooner}
     * is empty.
     *
     * @param whyNotSooner the value, or empty for none; not null
     * @return this builder
     */
    public Builder whyNotSooner(Optional<String> whyNotSooner) {
      fields.whyNotSooner(Nulls.check(whyNotSooner, "whyNotSooner"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Detection build() {
      return Violations.checked(buildUnchecked(), "Detection", Detection::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Detection buildUnchecked() {
      return fields.build();
    }
  }
}
