package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Who prepared, reviewed or approved the postmortem, and when. */
@Value.Immutable
public abstract class Signoff {
  Signoff() {}

  /** {@return the person: inline text, required} */
  public abstract String name();

  /** {@return the day they signed off} */
  public abstract Optional<LocalDate> date();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a sign-off with a date}
   *
   * @param name who: inline text; not null
   * @param date when; not null
   */
  public static Signoff of(String name, LocalDate date) {
    return builder().name(name).date(date).build();
  }

  void check(Violations out) {
    out.requiredInline("name", name());
  }

  /** Builds a {@link Signoff}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableSignoff.Generated fields = new ImmutableSignoff.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Signoff instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the person: inline text, required.
     *
     * @param name the value; not null
     * @return this builder
     */
    public Builder name(String name) {
      fields.name(Nulls.check(name, "name"));
      return this;
    }

    /**
     * Sets the day they signed off.
     *
     * @param date the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder date(LocalDate date) {
      fields.date(Nulls.check(date, "date"));
      return this;
    }

    /**
     * Sets the day they signed off, or leaves it unset when {@code date} is empty.
     *
     * @param date the value, or empty for none; not null
     * @return this builder
     */
    public Builder date(Optional<? extends LocalDate> date) {
      fields.date(Nulls.check(date, "date"));
      return this;
    }

    /**
     * Builds the {@link Signoff}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Signoff build() {
      return Violations.checked(buildUnchecked(), "Signoff", Signoff::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Signoff buildUnchecked() {
      return fields.build();
    }
  }
}
