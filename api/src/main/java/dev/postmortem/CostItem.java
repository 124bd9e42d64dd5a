package dev.postmortem;

import dev.postmortem.internal.Nulls;
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

  /** {@return what kind of cost this is} */
  public abstract CostKind kind();

  /** {@return the amount, zero or more} */
  public abstract BigDecimal amount();

  /** {@return the currency of the amount} */
  public abstract Currency currency();

  /** {@return what the amount is for: inline text} */
  public abstract Optional<String> description();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a cost item without description}
   *
   * <pre>{@code CostItem.of(CostKind.REFUND, new BigDecimal("1200.00"), Currency.getInstance("EUR"))}</pre>
   *
   * @param kind what the money went on; not null
   * @param amount how much; not null
   * @param currency its currency; not null
   * @throws InvalidPostmortemException if the amount breaks a rule
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

  /** Builds a {@link CostItem}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableCostItem.Generated fields = new ImmutableCostItem.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(CostItem instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets what kind of cost this is.
     *
     * @param kind the value; not null
     * @return this builder
     */
    public Builder kind(CostKind kind) {
      fields.kind(Nulls.check(kind, "kind"));
      return this;
    }

    /**
     * Sets the amount, zero or more.
     *
     * @param amount the value; not null
     * @return this builder
     */
    public Builder amount(BigDecimal amount) {
      fields.amount(Nulls.check(amount, "amount"));
      return this;
    }

    /**
     * Sets the currency of the amount.
     *
     * @param currency the value; not null
     * @return this builder
     */
    public Builder currency(Currency currency) {
      fields.currency(Nulls.check(currency, "currency"));
      return this;
    }

    /**
     * Sets what the amount is for: inline text.
     *
     * @param description the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder description(String description) {
      fields.description(Nulls.check(description, "description"));
      return this;
    }

    /**
     * Sets what the amount is for: inline text, or leaves it unset when {@code description} is
     * empty.
     *
     * @param description the value, or empty for none; not null
     * @return this builder
     */
    public Builder description(Optional<String> description) {
      fields.description(Nulls.check(description, "description"));
      return this;
    }

    /**
     * Builds the {@link CostItem}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public CostItem build() {
      return Violations.checked(buildUnchecked(), "CostItem", CostItem::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    CostItem buildUnchecked() {
      return fields.build();
    }
  }
}
