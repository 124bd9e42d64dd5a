package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** A measure that would prevent a recurrence, in one of the detailed template's areas. */
@Value.Immutable
public abstract class PreventionMeasure {
  PreventionMeasure() {}

  /** Returns the area. */
  public abstract PreventionArea area();

  /** Returns what it is about ({@code New alerts needed}): inline text, required. */
  public abstract String topic();

  /** Returns what to do: inline text. */
  public abstract Optional<String> detail();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a measure with detail. */
  public static PreventionMeasure of(PreventionArea area, String topic, String detail) {
    return builder().area(area).topic(topic).detail(detail).build();
  }

  void check(Violations out) {
    out.requireSet("area", area());
    out.requiredInline("topic", topic());
    out.inline("detail", detail());
  }

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("PreventionMeasure");
  }

  /** Builds a {@link PreventionMeasure}. */
  public static class Builder extends ImmutablePreventionMeasure.Builder {
    Builder() {}
  }
}
