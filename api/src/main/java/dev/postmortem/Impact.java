package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Specs;
import dev.postmortem.internal.Violations;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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

  /** {@return how many users were affected ({@code ~12% of EU users}): inline text} */
  public abstract Optional<String> usersAffected();

  /** {@return what functionality was impacted: inline text} */
  public abstract Optional<String> serviceDegradation();

  /** {@return where users were affected: inline text} */
  public abstract Optional<String> geographicScope();

  /** {@return what users saw: inline text} */
  public abstract Optional<String> userVisibleSymptoms();

  /** {@return what still worked for users: inline text} */
  public abstract Optional<String> whatWorked();

  /** {@return what did not work for users: inline text} */
  public abstract Optional<String> whatDidNotWork();

  /** {@return the revenue impact as estimated in words: inline text} */
  public abstract Optional<String> revenueImpact();

  /** {@return complaints, social media mentions and the like: inline text} */
  public abstract Optional<String> reputationImpact();

  /** {@return the services and systems affected, each inline text} */
  public abstract List<String> affectedServices();

  /** {@return any data loss or corruption: inline text} */
  public abstract Optional<String> dataIntegrity();

  /** {@return the performance degradation with its figures: inline text} */
  public abstract Optional<String> performanceDegradation();

  /** {@return the money the incident cost, item by item} */
  public abstract List<CostItem> costs();

  /** {@return named figures of the impact, in order} */
  public abstract List<ImpactMetric> metrics();

  /** {@return whether no field is set} */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** {@return the value with no field set} */
  public static Impact empty() {
    return EMPTY;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the total of {@link #costs()} per currency, currencies in the order they first
   * appear} Amounts of different currencies are never added together.
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
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableImpact.Generated fields = new ImmutableImpact.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Impact instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets how many users were affected ({@code ~12% of EU users}): inline text.
     *
     * @param usersAffected the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder usersAffected(String usersAffected) {
      fields.usersAffected(Nulls.check(usersAffected, "usersAffected"));
      return this;
    }

    /**
     * Sets how many users were affected ({@code ~12% of EU users}): inline text, or leaves it
     * unset when {@code usersAffected} is empty.
     *
     * @param usersAffected the value, or empty for none; not null
     * @return this builder
     */
    public Builder usersAffected(Optional<String> usersAffected) {
      fields.usersAffected(Nulls.check(usersAffected, "usersAffected"));
      return this;
    }

    /**
     * Sets what functionality was impacted: inline text.
     *
     * @param serviceDegradation the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder serviceDegradation(String serviceDegradation) {
      fields.serviceDegradation(Nulls.check(serviceDegradation, "serviceDegradation"));
      return this;
    }

    /**
     * Sets what functionality was impacted: inline text, or leaves it unset when {@code
     * serviceDegradation} is empty.
     *
     * @param serviceDegradation the value, or empty for none; not null
     * @return this builder
     */
    public Builder serviceDegradation(Optional<String> serviceDegradation) {
      fields.serviceDegradation(Nulls.check(serviceDegradation, "serviceDegradation"));
      return this;
    }

    /**
     * Sets where users were affected: inline text.
     *
     * @param geographicScope the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder geographicScope(String geographicScope) {
      fields.geographicScope(Nulls.check(geographicScope, "geographicScope"));
      return this;
    }

    /**
     * Sets where users were affected: inline text, or leaves it unset when {@code geographicScope}
     * is empty.
     *
     * @param geographicScope the value, or empty for none; not null
     * @return this builder
     */
    public Builder geographicScope(Optional<String> geographicScope) {
      fields.geographicScope(Nulls.check(geographicScope, "geographicScope"));
      return this;
    }

    /**
     * Sets what users saw: inline text.
     *
     * @param userVisibleSymptoms the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder userVisibleSymptoms(String userVisibleSymptoms) {
      fields.userVisibleSymptoms(Nulls.check(userVisibleSymptoms, "userVisibleSymptoms"));
      return this;
    }

    /**
     * Sets what users saw: inline text, or leaves it unset when {@code userVisibleSymptoms} is
     * empty.
     *
     * @param userVisibleSymptoms the value, or empty for none; not null
     * @return this builder
     */
    public Builder userVisibleSymptoms(Optional<String> userVisibleSymptoms) {
      fields.userVisibleSymptoms(Nulls.check(userVisibleSymptoms, "userVisibleSymptoms"));
      return this;
    }

    /**
     * Sets what still worked for users: inline text.
     *
     * @param whatWorked the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder whatWorked(String whatWorked) {
      fields.whatWorked(Nulls.check(whatWorked, "whatWorked"));
      return this;
    }

    /**
     * Sets what still worked for users: inline text, or leaves it unset when {@code whatWorked} is
     * empty.
     *
     * @param whatWorked the value, or empty for none; not null
     * @return this builder
     */
    public Builder whatWorked(Optional<String> whatWorked) {
      fields.whatWorked(Nulls.check(whatWorked, "whatWorked"));
      return this;
    }

    /**
     * Sets what did not work for users: inline text.
     *
     * @param whatDidNotWork the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder whatDidNotWork(String whatDidNotWork) {
      fields.whatDidNotWork(Nulls.check(whatDidNotWork, "whatDidNotWork"));
      return this;
    }

    /**
     * Sets what did not work for users: inline text, or leaves it unset when {@code
     * whatDidNotWork} is empty.
     *
     * @param whatDidNotWork the value, or empty for none; not null
     * @return this builder
     */
    public Builder whatDidNotWork(Optional<String> whatDidNotWork) {
      fields.whatDidNotWork(Nulls.check(whatDidNotWork, "whatDidNotWork"));
      return this;
    }

    /**
     * Sets the revenue impact as estimated in words: inline text.
     *
     * @param revenueImpact the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder revenueImpact(String revenueImpact) {
      fields.revenueImpact(Nulls.check(revenueImpact, "revenueImpact"));
      return this;
    }

    /**
     * Sets the revenue impact as estimated in words: inline text, or leaves it unset when {@code
     * revenueImpact} is empty.
     *
     * @param revenueImpact the value, or empty for none; not null
     * @return this builder
     */
    public Builder revenueImpact(Optional<String> revenueImpact) {
      fields.revenueImpact(Nulls.check(revenueImpact, "revenueImpact"));
      return this;
    }

    /**
     * Sets complaints, social media mentions and the like: inline text.
     *
     * @param reputationImpact the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder reputationImpact(String reputationImpact) {
      fields.reputationImpact(Nulls.check(reputationImpact, "reputationImpact"));
      return this;
    }

    /**
     * Sets complaints, social media mentions and the like: inline text, or leaves it unset when
     * {@code reputationImpact} is empty.
     *
     * @param reputationImpact the value, or empty for none; not null
     * @return this builder
     */
    public Builder reputationImpact(Optional<String> reputationImpact) {
      fields.reputationImpact(Nulls.check(reputationImpact, "reputationImpact"));
      return this;
    }

    /**
     * Adds {@code affectedService} at the end of {@link Impact#affectedServices()}, which holds
     * the services and systems affected, each inline text.
     *
     * @param affectedService the value to add; not null
     * @return this builder
     */
    public Builder addAffectedService(String affectedService) {
      fields.addAffectedService(Nulls.check(affectedService, "affectedService"));
      return this;
    }

    /**
     * Adds {@code affectedServices}, in order, at the end of {@link Impact#affectedServices()},
     * which holds the services and systems affected, each inline text.
     *
     * @param affectedServices the values; not null, nor any of them
     * @return this builder
     */
    public Builder addAffectedServices(String... affectedServices) {
      fields.addAllAffectedServices(Nulls.elements(affectedServices, "affectedServices"));
      return this;
    }

    /**
     * Sets {@link Impact#affectedServices()} to {@code affectedServices}, in order, in place of
     * what it held; it holds the services and systems affected, each inline text.
     *
     * @param affectedServices the values; not null, nor any of them
     * @return this builder
     */
    public Builder affectedServices(Iterable<String> affectedServices) {
      fields.affectedServices(Nulls.elements(affectedServices, "affectedServices"));
      return this;
    }

    /**
     * Sets any data loss or corruption: inline text.
     *
     * @param dataIntegrity the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder dataIntegrity(String dataIntegrity) {
      fields.dataIntegrity(Nulls.check(dataIntegrity, "dataIntegrity"));
      return this;
    }

    /**
     * Sets any data loss or corruption: inline text, or leaves it unset when {@code dataIntegrity}
     * is empty.
     *
     * @param dataIntegrity the value, or empty for none; not null
     * @return this builder
     */
    public Builder dataIntegrity(Optional<String> dataIntegrity) {
      fields.dataIntegrity(Nulls.check(dataIntegrity, "dataIntegrity"));
      return this;
    }

    /**
     * Sets the performance degradation with its figures: inline text.
     *
     * @param performanceDegradation the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder performanceDegradation(String performanceDegradation) {
      fields.performanceDegradation(Nulls.check(performanceDegradation, "performanceDegradation"));
      return this;
    }

    /**
     * Sets the performance degradation with its figures: inline text, or leaves it unset when
     * {@code performanceDegradation} is empty.
     *
     * @param performanceDegradation the value, or empty for none; not null
     * @return this builder
     */
    public Builder performanceDegradation(Optional<String> performanceDegradation) {
      fields.performanceDegradation(Nulls.check(performanceDegradation, "performanceDegradation"));
      return this;
    }

    /**
     * Adds {@code cost} at the end of {@link Impact#costs()}, which holds the money the incident
     * cost, item by item.
     *
     * @param cost the value to add; not null
     * @return this builder
     */
    public Builder addCost(CostItem cost) {
      fields.addCost(Nulls.check(cost, "cost"));
      return this;
    }

    /**
     * Adds a cost built by {@code spec} at the end of {@link Impact#costs()}. It is checked with
     * the {@link Impact} (and, when that is given as a lambda too, with the postmortem), so that
     * its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link CostItem.Builder} it is given; not null
     * @return this builder
     */
    public Builder addCost(Consumer<CostItem.Builder> spec) {
      return addCost(Specs.applied(spec, CostItem.builder()).buildUnchecked());
    }

    /**
     * Adds {@code costs}, in order, at the end of {@link Impact#costs()}, which holds the money
     * the incident cost, item by item.
     *
     * @param costs the values; not null, nor any of them
     * @return this builder
     */
    public Builder addCosts(CostItem... costs) {
      fields.addAllCosts(Nulls.elements(costs, "costs"));
      return this;
    }

    /**
     * Sets {@link Impact#costs()} to {@code costs}, in order, in place of what it held; it holds
     * the money the incident cost, item by item.
     *
     * @param costs the values; not null, nor any of them
     * @return this builder
     */
    public Builder costs(Iterable<? extends CostItem> costs) {
      fields.costs(Nulls.elements(costs, "costs"));
      return this;
    }

    /**
     * Adds {@code metric} at the end of {@link Impact#metrics()}, which holds named figures of the
     * impact, in order.
     *
     * @param metric the value to add; not null
     * @return this builder
     */
    public Builder addMetric(ImpactMetric metric) {
      fields.addMetric(Nulls.check(metric, "metric"));
      return this;
    }

    /**
     * Adds a metric built by {@code spec} at the end of {@link Impact#metrics()}. It is checked
     * with the {@link Impact} (and, when that is given as a lambda too, with the postmortem), so
     * that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link ImpactMetric.Builder} it is given; not null
     * @return this builder
     */
    public Builder addMetric(Consumer<ImpactMetric.Builder> spec) {
      return addMetric(Specs.applied(spec, ImpactMetric.builder()).buildUnchecked());
    }

    /**
     * Adds {@code metrics}, in order, at the end of {@link Impact#metrics()}, which holds named
     * figures of the impact, in order.
     *
     * @param metrics the values; not null, nor any of them
     * @return this builder
     */
    public Builder addMetrics(ImpactMetric... metrics) {
      fields.addAllMetrics(Nulls.elements(metrics, "metrics"));
      return this;
    }

    /**
     * Sets {@link Impact#metrics()} to {@code metrics}, in order, in place of what it held; it
     * holds named figures of the impact, in order.
     *
     * @param metrics the values; not null, nor any of them
     * @return this builder
     */
    public Builder metrics(Iterable<? extends ImpactMetric> metrics) {
      fields.metrics(Nulls.elements(metrics, "metrics"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Impact build() {
      return Violations.checked(buildUnchecked(), "Impact", Impact::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Impact buildUnchecked() {
      return fields.build();
    }
  }
}
