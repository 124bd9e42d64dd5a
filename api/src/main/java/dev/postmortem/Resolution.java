package dev.postmortem;

import java.util.List;
import java.util.Optional;
import dev.postmortem.internal.Violations;
import org.immutables.value.Value;

/**
 * How the incident was resolved: the immediate actions taken, and the state of the system after
 * the resolution.
 */
@Value.Immutable
public abstract class Resolution {
  private static final Resolution EMPTY = new Builder().build();

  Resolution() {}

  /** Returns the immediate actions taken, in order. */
  public abstract List<ResolutionAction> immediateActions();

  /** Returns the health check status afterwards: inline text. */
  public abstract Optional<String> healthChecks();

  /** Returns whether data was verified or restored: inline text. */
  public abstract Optional<String> dataConsistency();

  /** Returns the performance metrics afterwards: inline text. */
  public abstract Optional<String> performance();

  /** Returns the user experience afterwards: inline text. */
  public abstract Optional<String> userExperience();

  /** Returns whether no field is set. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** Returns the value with no field set. */
  public static Resolution empty() {
    return EMPTY;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.each("immediateActions", immediateActions(), ResolutionAction::check);
    out.inline("healthChecks", healthChecks());
    out.inline("dataConsistency", dataConsistency());
    out.inline("performance", performance());
    out.inline("userExperience", userExperience());
  }

  /** Builds a {@link Resolution}; {@link #build()} checks its rules. */
  public static class Builder extends ImmutableResolution.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    @Override
    public Resolution build() {
      Resolution value = super.build();
      Violations out = Violations.root();
      value.check(out);
      out.throwIfAny("Resolution");
      return value;
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Resolution buildUnchecked() {
      return super.build();
    }
  }
}
