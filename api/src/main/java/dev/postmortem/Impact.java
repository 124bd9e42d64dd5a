package dev.postmortem;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.postmortem.internal.Violations;
import org.immutables.value.Value;

/**
 * Who and what the incident hurt, and how much: users, service, money, reputation, systems, and
 * named figures ({@link ImpactMetric}). Money is kept as {@link CostItem}s; totals per currency
 * are derived.
 */
@Value.Immutable
public abstract class Impact {
  private static final Impact EMPTY = new Builder().build();

  Impact() {}

  /** Returns how many users were affected ({@code ~12% of EU users}): inline text. */
  public abstract Optional<String> usersAffected();

  /** Returns what functionality was impacted: inline text. */
  public abstract Optional<String> serviceDegradation();

  /** Returns where users were affected: inline text. */
  public abstract Optional<String> geographicScope();

  /** Returns what users saw: inline text. */
  public abstract Optional<String> userVisibleSymptoms();

  /** Returns what still worked for users: inline text. */
  public abstract Optional<String> whatWorked();

  /** Returns what did not work for users: inline text. */
  public abstract Optional<String> whatDidNotWork();

  /** Returns the revenue impact as estimated in words: inline text. */
  public abstract Optional<String> revenueImpact();

  /** Returns complaints, social media mentions and the like: inline text. */
  public abstract Optional<String> reputationImpact();

  /** Returns the services and systems affected, each inline text. */
  public abstract List<String> affectedServices();

  /** Returns any data loss or corruption: inline text. */
  public abstract Optional<String> dataIntegrity();

  /** Returns the performance degradation with its figures: inline text. */
  public abstract Optional<String> performanceDegradation();

  /** Returns the money the incident cost, item by item. */
  public abstract List<CostItem> costs();

  /** Returns named figures of the impact, in order. */
  public abstract List<ImpactMetric> metrics();

  /** Returns whether no field is set. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** Returns the value with no field set. */
  public static Impact empty() {
    return EMPTY;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the total of {@link #costs()} per currency, currencies in the order they first
   * appear. Amounts of different currencies are never added together.
   */
  public Map<Currency, BigDecimal> costTotals() {
    Map<Currency, BigDecimal> totals = new LinkedHashMap<>();
    for (CostItem cost : costs()) {
      totals.merge(cost.currency(), cost.amount(), BigDecimal::add);
    }
    return Collections.unmodifiableMap(totals);
  }

  void check(Violations out) {
    out.inline("usersAffected", usersAffected());
    out.inline("serviceDegradation", serviceDegradation());
    out.inline("geographicScope", geographicScope());
    out.inline("userVisibleSymptoms", userVisibleSymptoms());
    out.inline("whatWorked", whatWorked());
    out.inline("whatDidNotWork", whatDidNotWork());
    out.inline("revenueImpact", revenueImpact());
    out.inline("reputationImpact", reputationImpact());
    out.eachInline("affectedServices", affectedServices());
    out.inline("dataIntegrity", dataIntegrity());
    out.inline("performanceDegradation", performanceDegradation());
    out.each("costs", costs(), CostItem::check);
    out.each("metrics", metrics(), ImpactMetric::check);
  }

  /** Builds an {@link Impact}; {@link #build()} checks its rules. */
  public static class Builder extends ImmutableImpact.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    @Override
    public Impact build() {
      Impact value = super.build();
      Violations out = Violations.root();
      value.check(out);
      out.throwIfAny("Impact");
      return value;
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Impact buildUnchecked() {
      return super.build();
    }
  }
}
