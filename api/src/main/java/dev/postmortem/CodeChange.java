package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A code change made shortly before the incident (the detailed template's appendix). */
@Value.Immutable
public abstract class CodeChange {
  CodeChange() {}

  /** Returns the commit (hash, or a link to it): inline text, required. */
  public abstract String commit();

  /** Returns what it changed: inline text. */
  public abstract Optional<String> description();

  /** Returns who made it: inline text. */
  public abstract Optional<String> author();

  /** Returns when it landed. */
  public abstract Optional<Instant> at();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.requiredInline("commit", commit());
    out.inline("description", description());
    out.inline("author", author());
    out.instant("at", at());
  }

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("CodeChange");
  }

  /** Builds a {@link CodeChange}. */
  public static class Builder extends ImmutableCodeChange.Builder {
    Builder() {}
  }
}
