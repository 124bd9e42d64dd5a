package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Specs;
import dev.postmortem.internal.TextRules;
import dev.postmortem.internal.Violations;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * Why the incident happened: the primary cause, what triggered it, the technical details, why
 * safeguards did not stop it, the contributing factors, and optionally a five-whys chain.
 */
@Value.Immutable
public abstract class RootCause {
  private static final RootCause EMPTY = new Builder().build();

  RootCause() {}

  /** {@return the fundamental cause: block text} */
  public abstract Optional<String> primaryCause();

  /** {@return what set it off (a deploy, a traffic spike): inline text} */
  public abstract Optional<String> trigger();

  /** {@return the technical details: block text} */
  public abstract Optional<String> technicalDetails();

  /** {@return why existing safeguards did not prevent it: inline text} */
  public abstract Optional<String> whySafeguardsFailed();

  /** {@return the secondary issues that made it worse or slowed the resolution} */
  public abstract List<Topic> contributingFactors();

  /** {@return the answers of a five-whys analysis, in order, each inline text} */
  public abstract List<String> fiveWhys();

  /** {@return whether no field is set} */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** {@return the value with no field set} */
  public static RootCause empty() {
    return EMPTY;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.block("primaryCause", primaryCause());
    out.inline("trigger", trigger());
    out.block("technicalDetails", technicalDetails());
    out.inline("whySafeguardsFailed", whySafeguardsFailed());
    out.each("contributingFactors", contributingFactors(), Topic::check);
    out.eachInline("fiveWhys", fiveWhys());
  }

  /** Builds a {@link RootCause}; {@link #build()} checks its rules. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableRootCause.Generated fields = new ImmutableRootCause.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(RootCause instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the fundamental cause: block text. Line endings CR LF and CR are kept as LF.
     *
     * @param primaryCause the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder primaryCause(String primaryCause) {
      fields.primaryCause(
          TextRules.normalizeLineEndings(Nulls.check(primaryCause, "primaryCause")));
      return this;
    }

    /**
     * Sets the fundamental cause: block text, or leaves it unset when {@code primaryCause} is
     * empty. Line endings CR LF and CR are kept as LF.
     *
     * @param primaryCause the value, or empty for none; not null
     * @return this builder
     */
    public Builder primaryCause(Optional<String> primaryCause) {
      fields.primaryCause(
          Nulls.check(primaryCause, "primaryCause").map(TextRules::normalizeLineEndings));
      return this;
    }

    /**
     * Sets what set it off (a deploy, a traffic spike): inline text.
     *
     * @param trigger the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder trigger(String trigger) {
      fields.trigger(Nulls.check(trigger, "trigger"));
      return this;
    }

    /**
     * Sets what set it off (a deploy, a traffic spike): inline text, or leaves it unset when
     * {@code trigger} is empty.
     *
     * @param trigger the value, or empty for none; not null
     * @return this builder
     */
    public Builder trigger(Optional<String> trigger) {
      fields.trigger(Nulls.check(trigger, "trigger"));
      return this;
    }

    /**
     * Sets the technical details: block text. Line endings CR LF and CR are kept as LF.
     *
     * @param technicalDetails the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder technicalDetails(String technicalDetails) {
      fields.technicalDetails(
          TextRules.normalizeLineEndings(Nulls.check(technicalDetails, "technicalDetails")));
      return this;
    }

    /**
     * Sets the technical details: block text, or leaves it unset when {@code technicalDetails} is
     * empty. Line endings CR LF and CR are kept as LF.
     *
     * @param technicalDetails the value, or empty for none; not null
     * @return this builder
     */
    public Builder technicalDetails(Optional<String> technicalDetails) {
      fields.technicalDetails(
          Nulls.check(technicalDetails, "technicalDetails").map(TextRules::normalizeLineEndings));
      return this;
    }

    /**
     * Sets why existing safeguards did not prevent it: inline text.
     *
     * @param whySafeguardsFailed the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder whySafeguardsFailed(String whySafeguardsFailed) {
      fields.whySafeguardsFailed(Nulls.check(whySafeguardsFailed, "whySafeguardsFailed"));
      return this;
    }

    /**
     * Sets why existing safeguards did not prevent it: inline text, or leaves it unset when {@code
     * whySafeguardsFailed} is empty.
     *
     * @param whySafeguardsFailed the value, or empty for none; not null
     * @return this builder
     */
    public Builder whySafeguardsFailed(Optional<String> whySafeguardsFailed) {
      fields.whySafeguardsFailed(Nulls.check(whySafeguardsFailed, "whySafeguardsFailed"));
      return this;
    }

    /**
     * Adds {@code contributingFactor} at the end of {@link RootCause#contributingFactors()}, which
     * holds the secondary issues that made it worse or slowed the resolution.
     *
     * @param contributingFactor the value to add; not null
     * @return this builder
     */
    public Builder addContributingFactor(Topic contributingFactor) {
      fields.addContributingFactor(Nulls.check(contributingFactor, "contributingFactor"));
      return this;
    }

    /**
     * Adds a contributing factor built by {@code spec} at the end of {@link
     * RootCause#contributingFactors()}. It is checked with the {@link RootCause} (and, when that is
     * given as a lambda too, with the postmortem), so that its violations are reported with their
     * full paths.
     *
     * @param spec sets the fields of the {@link Topic.Builder} it is given; not null
     * @return this builder
     */
    public Builder addContributingFactor(Consumer<Topic.Builder> spec) {
      return addContributingFactor(Specs.applied(spec, Topic.builder()).buildUnchecked());
    }

    /**
     * Adds {@code contributingFactors}, in order, at the end of {@link
     * RootCause#contributingFactors()}, which holds the secondary issues that made it worse or
     * slowed the resolution.
     *
     * @param contributingFactors the values; not null, nor any of them
     * @return this builder
     */
    public Builder addContributingFactors(Topic... contributingFactors) {
      fields.addAllContributingFactors(Nulls.elements(contributingFactors, "contributingFactors"));
      return this;
    }

    /**
     * Sets {@link RootCause#contributingFactors()} to {@code contributingFactors}, in order, in
     * place of what it held; it holds the secondary issues that made it worse or slowed the
     * resolution.
     *
     * @param contributingFactors the values; not null, nor any of them
     * @return this builder
     */
    public Builder contributingFactors(Iterable<? extends Topic> contributingFactors) {
      fields.contributingFactors(Nulls.elements(contributingFactors, "contributingFactors"));
      return this;
    }

    /**
     * Adds {@code fiveWhy} at the end of {@link RootCause#fiveWhys()}, which holds the answers of
     * a five-whys analysis, in order, each inline text.
     *
     * @param fiveWhy the value to add; not null
     * @return this builder
     */
    public Builder addFiveWhy(String fiveWhy) {
      fields.addFiveWhy(Nulls.check(fiveWhy, "fiveWhy"));
      return this;
    }

    /**
     * Adds {@code fiveWhys}, in order, at the end of {@link RootCause#fiveWhys()}, which holds the
     * answers of a five-whys analysis, in order, each inline text.
     *
     * @param fiveWhys the values; not null, nor any of them
     * @return this builder
     */
    public Builder addFiveWhys(String... fiveWhys) {
      fields.addAllFiveWhys(Nulls.elements(fiveWhys, "fiveWhys"));
      return this;
    }

    /**
     * Sets {@link RootCause#fiveWhys()} to {@code fiveWhys}, in order, in place of what it held;
     * it holds the answers of a five-whys analysis, in order, each inline text.
     *
     * @param fiveWhys the values; not null, nor any of them
     * @return this builder
     */
    public Builder fiveWhys(Iterable<String> fiveWhys) {
      fields.fiveWhys(Nulls.elements(fiveWhys, "fiveWhys"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public RootCause build() {
      return Violations.checked(buildUnchecked(), "RootCause", RootCause::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    RootCause buildUnchecked() {
      return fields.build();
    }
  }
}
