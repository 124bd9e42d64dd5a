package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A similar incident from the past, with a link to its postmortem. */
@Value.Immutable
public abstract class PastIncident {
  PastIncident() {}

  /** Returns when it happened. */
  public abstract Optional<LocalDate> date();

  /** Returns what happened: inline text, required. */
  public abstract String description();

  /** Returns a link to its postmortem. */
  public abstract Optional<String> link();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.requiredInline("description", description());
    out.link("link", link());
  }

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("PastIncident");
  }

  /** Builds a {@link PastIncident}. */
  public static class Builder extends ImmutablePastIncident.Builder {
    Builder() {}
  }
}
