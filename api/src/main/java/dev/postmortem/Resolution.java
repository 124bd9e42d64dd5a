package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Specs;
import dev.postmortem.internal.Violations;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * How the incident was resolved: the immediate actions taken, and the state of the system after
 * the resolution.
 */
@Value.Immutable
public abstract class Resolution {
  private static final Resolution EMPTY = new Builder().build();

  Resolution() {}

  /** {@return the immediate actions taken, in order} */
  public abstract List<ResolutionAction> immediateActions();

  /** {@return the health check status afterwards: inline text} */
  public abstract Optional<String> healthChecks();

  /** {@return whether data was verified or restored: inline text} */
  public abstract Optional<String> dataConsistency();

  /** {@return the performance metrics afterwards: inline text} */
  public abstract Optional<String> performance();

  /** {@return the user experience afterwards: inline text} */
  public abstract Optional<String> userExperience();

  /** {@return whether no field is set} */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** {@return the value with no field set} */
  public static Resolution empty() {
    return EMPTY;
  }

  /** {@return a new builder} */
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
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableResolution.Generated fields = new ImmutableResolution.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Resolution instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Adds {@code immediateAction} at the end of {@link Resolution#immediateActions()}, which
     * holds the immediate actions taken, in order.
     *
     * @param immediateAction the value to add; not null
     * @return this builder
     */
    public Builder addImmediateAction(ResolutionAction immediateAction) {
      fields.addImmediateAction(Nulls.check(immediateAction, "immediateAction"));
      return this;
    }

    /**
     * Adds an immediate action built by {@code spec} at the end of {@link
     * Resolution#immediateActions()}. It is checked with the {@link Resolution} (and, when that is
     * given as a lambda too, with the postmortem), so that its violations are reported with their
     * full paths.
     *
     * @param spec sets the fields of the {@link ResolutionAction.Builder} it is given; not null
     * @return this builder
     */
    public Builder addImmediateAction(Consumer<ResolutionAction.Builder> spec) {
      return addImmediateAction(Specs.applied(spec, ResolutionAction.builder()).buildUnchecked());
    }

    /**
     * Adds {@code immediateActions}, in order, at the end of {@link
     * Resolution#immediateActions()}, which holds the immediate actions taken, in order.
     *
     * @param immediateActions the values; not null, nor any of them
     * @return this builder
     */
    public Builder addImmediateActions(ResolutionAction... immediateActions) {
      fields.addAllImmediateActions(Nulls.elements(immediateActions, "immediateActions"));
      return this;
    }

    /**
     * Sets {@link Resolution#immediateActions()} to {@code immediateActions}, in order, in place
     * of what it held; it holds the immediate actions taken, in order.
     *
     * @param immediateActions the values; not null, nor any of them
     * @return this builder
     */
    public Builder immediateActions(Iterable<? extends ResolutionAction> immediateActions) {
      fields.immediateActions(Nulls.elements(immediateActions, "immediateActions"));
      return this;
    }

    /**
     * Sets the health check status afterwards: inline text.
     *
     * @param healthChecks the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder healthChecks(String healthChecks) {
      fields.healthChecks(Nulls.check(healthChecks, "healthChecks"));
      return this;
    }

    /**
     * Sets the health check status afterwards: inline text, or leaves it unset when {@code
     * healthChecks} is empty.
     *
     * @param healthChecks the value, or empty for none; not null
     * @return this builder
     */
    public Builder healthChecks(Optional<String> healthChecks) {
      fields.healthChecks(Nulls.check(healthChecks, "healthChecks"));
      return this;
    }

    /**
     * Sets whether data was verified or restored: inline text.
     *
     * @param dataConsistency the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder dataConsistency(String dataConsistency) {
      fields.dataConsistency(Nulls.check(dataConsistency, "dataConsistency"));
      return this;
    }

    /**
     * Sets whether data was verified or restored: inline text, or leaves it unset when {@code
     * dataConsistency} is empty.
     *
     * @param dataConsistency the value, or empty for none; not null
     * @return this builder
     */
    public Builder dataConsistency(Optional<String> dataConsistency) {
      fields.dataConsistency(Nulls.check(dataConsistency, "dataConsistency"));
      return this;
    }

    /**
     * Sets the performance metrics afterwards: inline text.
     *
     * @param performance the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder performance(String performance) {
      fields.performance(Nulls.check(performance, "performance"));
      return this;
    }

    /**
     * Sets the performance metrics afterwards: inline text, or leaves it unset when {@code
     * performance} is empty.
     *
     * @param performance the value, or empty for none; not null
     * @return this builder
     */
    public Builder performance(Optional<String> performance) {
      fields.performance(Nulls.check(performance, "performance"));
      return this;
    }

    /**
     * Sets the user experience afterwards: inline text.
     *
     * @param userExperience the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder userExperience(String userExperience) {
      fields.userExperience(Nulls.check(userExperience, "userExperience"));
      return this;
    }

    /**
     * Sets the user experience afterwards: inline text, or leaves it unset when {@code
     * userExperience} is empty.
     *
     * @param userExperience the value, or empty for none; not null
     * @return this builder
     */
    public Builder userExperience(Optional<String> userExperience) {
      fields.userExperience(Nulls.check(userExperience, "userExperience"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Resolution build() {
      return Violations.checked(buildUnchecked(), "Resolution", Resolution::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Resolution buildUnchecked() {
      return fields.build();
    }
  }
}
