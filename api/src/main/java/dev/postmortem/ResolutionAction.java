package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One of the immediate actions taken to resolve the incident, with its time and result. */
@Value.Immutable
public abstract class ResolutionAction {
  ResolutionAction() {}

  /** Returns when it was done. */
  public abstract Optional<Instant> at();

  /** Returns what was done: inline text, required. */
  public abstract String title();

  /** Returns what it achieved: inline text. */
  public abstract Optional<String> result();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.requiredInline("title", title());
    out.inline("result", result());
    out.instant("at", at());
  }

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("ResolutionAction");
  }

  /** Builds a {@link ResolutionAction}. */
  public static class Builder extends ImmutableResolutionAction.Builder {
    Builder() {}
  }
}
