package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named figure of the impact, kept as written: {@code Tracks lost = 87}, or with a qualifier,
 * {@code Calls affected (failed) = 1 234}.
 */
@Value.Immutable
public abstract class ImpactMetric {
  ImpactMetric() {}

  /** Returns what is counted: inline text, required. */
  public abstract String name();

  /** Returns the part of it this figure is for, such as a status ({@code failed}): inline text. */
  public abstract Optional<String> qualifier();

  /** Returns the figure as written ({@code 1 234}, {@code ~3%}): inline text, required. */
  public abstract String value();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a metric without qualifier. */
  public static ImpactMetric of(String name, String value) {
    return builder().name(name).value(value).build();
  }

  /** Returns a metric with a qualifier. */
  public static ImpactMetric of(String name, String qualifier, String value) {
    return builder().name(name).qualifier(qualifier).value(value).build();
  }

  void check(Violations out) {
    out.requiredInline("name", name());
    out.inline("qualifier", qualifier());
    out.requiredInline("value", value());
  }

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("ImpactMetric");
  }

  /** Builds an {@link ImpactMetric}. */
  public static class Builder extends ImmutableImpactMetric.Builder {
    Builder() {}
  }
}
