package dev.postmortem;

import java.util.List;
import java.util.Map;
import dev.postmortem.internal.Violations;
import org.immutables.value.Value;

/**
 * The appendix: the system configuration at the time of the incident (feature flags and
 * environment, in order), code changes shortly before it, and similar past incidents.
 */
@Value.Immutable
public abstract class Appendix {
  private static final Appendix EMPTY = new Builder().build();

  Appendix() {}

  /** Returns the feature flags and their values, in order; keys and values inline text. */
  public abstract Map<String, String> featureFlags();

  /** Returns the environment ({@code Node version}, {@code Deployment}), in order. */
  public abstract Map<String, String> environment();

  /** Returns the code changes made shortly before the incident. */
  public abstract List<CodeChange> codeChanges();

  /** Returns similar incidents from the past. */
  public abstract List<PastIncident> similarIncidents();

  /** Returns whether no field is set. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** Returns the value with no field set. */
  public static Appendix empty() {
    return EMPTY;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.eachInline("featureFlags", featureFlags());
    out.eachInline("environment", environment());
    out.each("codeChanges", codeChanges(), CodeChange::check);
    out.each("similarIncidents", similarIncidents(), PastIncident::check);
  }

  /** Builds an {@link Appendix}; {@link #build()} checks its rules. */
  public static class Builder extends ImmutableAppendix.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    @Override
    public Appendix build() {
      Appendix value = super.build();
      Violations out = Violations.root();
      value.check(out);
      out.throwIfAny("Appendix");
      return value;
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Appendix buildUnchecked() {
      return super.build();
    }
  }
}
