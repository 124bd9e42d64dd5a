package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Who prepared, reviewed or approved the postmortem, and when. */
@Value.Immutable
public abstract class Signoff {
  Signoff() {}

  /** Returns the person: inline text, required. */
  public abstract String name();

  /** Returns the day they signed off. */
  public abstract Optional<LocalDate> date();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a sign-off with a date. */
  public static Signoff of(String name, LocalDate date) {
    return builder().name(name).date(date).build();
  }

  void check(Violations out) {
    out.requiredInline("name", name());
  }

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("Signoff");
  }

  /** Builds a {@link Signoff}. */
  public static class Builder extends ImmutableSignoff.Builder {
    Builder() {}
  }
}
