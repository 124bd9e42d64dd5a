package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** A piece of supporting evidence: a log query, trace, dashboard, alert, third-party status. */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /** Returns the group it belongs to. */
  @Value.Default
  public EvidenceCategory category() {
    return EvidenceCategory.OTHER;
  }

  /** Returns what it is ({@code Error logs}): inline text, required. */
  public abstract String label();

  /** Returns where to find it. */
  public abstract Optional<String> link();

  /** Returns what it shows: inline text. */
  public abstract Optional<String> detail();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.requireSet("category", category());
    out.requiredInline("label", label());
    out.link("link", link());
    out.inline("detail", detail());
  }

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("Evidence");
  }

  /** Builds an {@link Evidence}. */
  public static class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
