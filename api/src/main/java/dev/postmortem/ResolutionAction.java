package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One of the immediate actions taken to resolve the incident, with its time and result. */
@Value.Immutable
public abstract class ResolutionAction {
  ResolutionAction() {}

  /** {@return when it was done} */
  public abstract Optional<Instant> at();

  /** {@return what was done: inline text, required} */
  public abstract String title();

  /** {@return what it achieved: inline text} */
  public abstract Optional<String> result();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.requiredInline("title", title());
    out.inline("result", result());
    out.instant("at", at());
  }

  /** Builds a {@link ResolutionAction}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableResolutionAction.Generated fields = new ImmutableResolutionAction.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(ResolutionAction instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets when it was done.
     *
     * @param at the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder at(Instant at) {
      fields.at(Nulls.check(at, "at"));
      return this;
    }

    /**
     * Sets when it was done, or leaves it unset when {@code at} is empty.
     *
     * @param at the value, or empty for none; not null
     * @return this builder
     */
    public Builder at(Optional<? extends Instant> at) {
      fields.at(Nulls.check(at, "at"));
      return this;
    }

    /**
     * Sets what was done: inline text, required.
     *
     * @param title the value; not null
     * @return this builder
     */
    public Builder title(String title) {
      fields.title(Nulls.check(title, "title"));
      return this;
    }

    /**
     * Sets what it achieved: inline text.
     *
     * @param result the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder result(String result) {
      fields.result(Nulls.check(result, "result"));
      return this;
    }

    /**
     * Sets what it achieved: inline text, or leaves it unset when {@code result} is empty.
     *
     * @param result the value, or empty for none; not null
     * @return this builder
     */
    public Builder result(Optional<String> result) {
      fields.result(Nulls.check(result, "result"));
      return this;
    }

    /**
     * Builds the {@link ResolutionAction}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public ResolutionAction build() {
      return Violations.checked(buildUnchecked(), "ResolutionAction", ResolutionAction::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    ResolutionAction buildUnchecked() {
      return fields.build();
    }
  }
}
