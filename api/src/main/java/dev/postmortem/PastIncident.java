package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A similar incident from the past, with a link to its postmortem. */
@Value.Immutable
public abstract class PastIncident {
  PastIncident() {}

  /** {@return when it happened} */
  public abstract Optional<LocalDate> date();

  /** {@return what happened: inline text, required} */
  public abstract String description();

  /** {@return a link to its postmortem} */
  public abstract Optional<String> link();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.requiredInline("description", description());
    out.link("link", link());
  }

  /** Builds a {@link PastIncident}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutablePastIncident.Generated fields = new ImmutablePastIncident.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(PastIncident instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets when it happened.
     *
     * @param date the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder date(LocalDate date) {
      fields.date(Nulls.check(date, "date"));
      return this;
    }

    /**
     * Sets when it happened, or leaves it unset when {@code date} is empty.
     *
     * @param date the value, or empty for none; not null
     * @return this builder
     */
    public Builder date(Optional<? extends LocalDate> date) {
      fields.date(Nulls.check(date, "date"));
      return this;
    }

    /**
     * Sets what happened: inline text, required.
     *
     * @param description the value; not null
     * @return this builder
     */
    public Builder description(String description) {
      fields.description(Nulls.check(description, "description"));
      return this;
    }

    /**
     * Sets a link to its postmortem.
     *
     * @param link the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder link(String link) {
      fields.link(Nulls.check(link, "link"));
      return this;
    }

    /**
     * Sets a link to its postmortem, or leaves it unset when {@code link} is empty.
     *
     * @param link the value, or empty for none; not null
     * @return this builder
     */
    public Builder link(Optional<String> link) {
      fields.link(Nulls.check(link, "link"));
      return this;
    }

    /**
     * Builds the {@link PastIncident}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public PastIncident build() {
      return Violations.checked(buildUnchecked(), "PastIncident", PastIncident::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    PastIncident buildUnchecked() {
      return fields.build();
    }
  }
}
