package dev.postmortem;

import java.util.Optional;
import dev.postmortem.internal.Violations;
import org.immutables.value.Value;

/** How the incident was noticed, by whom or what, and why it was not caught sooner. */
@Value.Immutable
public abstract class Detection {
  private static final Detection EMPTY = new Builder().build();

  Detection() {}

  /** Returns how it was detected. */
  public abstract Optional<DetectionMethod> method();

  /** Returns the details of the detection (the alert, the report): inline text. */
  public abstract Optional<String> detail();

  /** Returns who or what detected it: inline text. */
  public abstract Optional<String> detectedBy();

  /** Returns why it was not caught sooner: inline text. */
  public abstract Optional<String> whyNotSooner();

  /** Returns whether no field is set. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** Returns the value with no field set. */
  public static Detection empty() {
    return EMPTY;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.inline("detail", detail());
    out.inline("detectedBy", detectedBy());
    out.inline("whyNotSooner", whyNotSooner());
  }

  /** Builds a {@link Detection}; {@link #build()} checks its rules. */
  public static class Builder extends ImmutableDetection.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    @Override
    public Detection build() {
      Detection value = super.build();
      Violations out = Violations.root();
      value.check(out);
      out.throwIfAny("Detection");
      return value;
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Detection buildUnchecked() {
      return super.build();
    }
  }
}
