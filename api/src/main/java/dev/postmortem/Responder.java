package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** A person who took part in the response, with their role (commander, scribe, liaison, …). */
@Value.Immutable
public abstract class Responder {
  Responder() {}

  /** Returns the person, as written ({@code @alice}, {@code Alice Ng}): inline text, required. */
  public abstract String name();

  /** Returns the role they played: inline text, such as {@code incident commander}. */
  public abstract Optional<String> role();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a responder with a role. */
  public static Responder of(String name, String role) {
    return builder().name(name).role(role).build();
  }

  void check(Violations out) {
    out.requiredInline("name", name());
    out.inline("role", role());
  }

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("Responder");
  }

  /** Builds a {@link Responder}. */
  public static class Builder extends ImmutableResponder.Builder {
    Builder() {}
  }
}
