package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One amount of money the incident cost: lost revenue, refunds, provider costs. The amount keeps
 * its scale ({@code 12.50} stays {@code 12.50}); totals per currency are derived by
 * {@link Impact#costTotals()}. An amount has at most {@value #MAX_DIGITS} digits and a scale
 * from -{@value #MAX_SCALE} to {@value #MAX_SCALE}, so that printing and adding amounts stays
 * cheap whatever a document says.
 */
@Value.Immutable
public abstract class CostItem {
  CostItem() {}

  /** Returns what kind of cost this is. */
  public abstract CostKind kind();

  /** Returns the amount, zero or more. */
  public abstract BigDecimal amount();

  /** Returns the currency of the amount. */
  public abstract Currency currency();

  /** Returns what the amount is for: inline text. */
  public abstract Optional<String> description();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a cost item without description.
   *
   * <pre>{@code CostItem.of(CostKind.REFUND, new BigDecimal("1200.00"), Currency.getInstance("EUR"))}</pre>
   */
  public static CostItem of(CostKind kind, BigDecimal amount, Currency currency) {
    return builder().kind(kind).amount(amount).currency(currency).build();
  }

  /** The most significant digits an amount may have. */
  public static final int MAX_DIGITS = 40;
  /** The largest number of decimal places (or, negative, of trailing zeros) an amount may have. */
  public static final int MAX_SCALE = 20;

  void check(Violations out) {
    out.requireSet("kind", kind());
    out.requireSet("amount", amount());
    out.requireSet("currency", currency());
    if (amount() != null && (amount().precision() > MAX_DIGITS
        || Math.abs(amount().scale()) > MAX_SCALE)) {
      // Bounded so that printing and summing amounts stays cheap: 1E-999999999 written out in
      // full, or added to 1, is a billion digits.
      out.add("amount", "must have at most " + MAX_DIGITS + " digits and a scale from -" + MAX_SCALE
          + " to " + MAX_SCALE + ", was " + amount().precision() + " digits with scale "
          + amount().scale());
    } else if (amount() != null && amount().signum() < 0) {
      out.add("amount", "must not be negative, was " + amount().toPlainString());
    }
    out.inline("description", description());
  }

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("CostItem");
  }

  /** Builds a {@link CostItem}. */
  public static class Builder extends ImmutableCostItem.Builder {
    Builder() {}
  }
}
