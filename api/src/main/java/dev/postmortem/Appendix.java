package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Specs;
import dev.postmortem.internal.Violations;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The appendix: the system configuration at the time of the incident (feature flags and
 * environment, in order), code changes shortly before it, and similar past incidents.
 */
@Value.Immutable
public abstract class Appendix {
  private static final Appendix EMPTY = new Builder().build();

  Appendix() {}

  /** {@return the feature flags and their values, in order; keys and values inline text} */
  public abstract Map<String, String> featureFlags();

  /** {@return the environment ({@code Node version}, {@code Deployment}), in order} */
  public abstract Map<String, String> environment();

  /** {@return the code changes made shortly before the incident} */
  public abstract List<CodeChange> codeChanges();

  /** {@return similar incidents from the past} */
  public abstract List<PastIncident> similarIncidents();

  /** {@return whether no field is set} */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** {@return the value with no field set} */
  public static Appendix empty() {
    return EMPTY;
  }

  /** {@return a new builder} */
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
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableAppendix.Generated fields = new ImmutableAppendix.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Appendix instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Puts {@code key} and {@code value} into {@link Appendix#featureFlags()}, in place of the
     * value of an equal key; it holds the feature flags and their values, in order; keys and
     * values inline text.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return this builder
     */
    public Builder putFeatureFlag(String key, String value) {
      fields.putFeatureFlag(Nulls.check(key, "key"), Nulls.check(value, "value"));
      return this;
    }

    /**
     * Puts {@code entry} into {@link Appendix#featureFlags()}, in place of the value of an equal
     * key; it holds the feature flags and their values, in order; keys and values inline text.
     *
     * @param entry the entry; not null, nor its key or value
     * @return this builder
     */
    public Builder putFeatureFlag(Map.Entry<String, ? extends String> entry) {
      fields.putFeatureFlag(Nulls.entry(entry, "entry"));
      return this;
    }

    /**
     * Sets {@link Appendix#featureFlags()} to the entries of {@code entries}, in their order, in
     * place of what it held; it holds the feature flags and their values, in order; keys and
     * values inline text.
     *
     * @param entries the entries; not null, nor any key or value
     * @return this builder
     */
    public Builder featureFlags(Map<String, ? extends String> entries) {
      fields.featureFlags(Nulls.entries(entries, "entries"));
      return this;
    }

    /**
     * Puts the entries of {@code entries}, in their order, into {@link Appendix#featureFlags()},
     * in place of the values of equal keys; it holds the feature flags and their values, in order;
     * keys and values inline text.
     *
     * @param entries the entries; not null, nor any key or value
     * @return this builder
     */
    public Builder putAllFeatureFlags(Map<String, ? extends String> entries) {
      fields.putAllFeatureFlags(Nulls.entries(entries, "entries"));
      return this;
    }

    /**
     * Puts {@code key} and {@code value} into {@link Appendix#environment()}, in place of the
     * value of an equal key; it holds the environment ({@code Node version}, {@code Deployment}),
     * in order.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return this builder
     */
    public Builder putEnvironment(String key, String value) {
      fields.putEnvironment(Nulls.check(key, "key"), Nulls.check(value, "value"));
      return this;
    }

    /**
     * Puts {@code entry} into {@link Appendix#environment()}, in place of the value of an equal
     * key; it holds the environment ({@code Node version}, {@code Deployment}), in order.
     *
     * @param entry the entry; not null, nor its key or value
     * @return this builder
     */
    public Builder putEnvironment(Map.Entry<String, ? extends String> entry) {
      fields.putEnvironment(Nulls.entry(entry, "entry"));
      return this;
    }

    /**
     * Sets {@link Appendix#environment()} to the entries of {@code entries}, in their order, in
     * place of what it held; it holds the environment ({@code Node version}, {@code Deployment}),
     * in order.
     *
     * @param entries the entries; not null, nor any key or value
     * @return this builder
     */
    public Builder environment(Map<String, ? extends String> entries) {
      fields.environment(Nulls.entries(entries, "entries"));
      return this;
    }

    /**
     * Puts the entries of {@code entries}, in their order, into {@link Appendix#environment()}, in
     * place of the values of equal keys; it holds the environment ({@code Node version}, {@code
     * Deployment}), in order.
     *
     * @param entries the entries; not null, nor any key or value
     * @return this builder
     */
    public Builder putAllEnvironment(Map<String, ? extends String> entries) {
      fields.putAllEnvironment(Nulls.entries(entries, "entries"));
      return this;
    }

    /**
     * Adds {@code codeChange} at the end of {@link Appendix#codeChanges()}, which holds the code
     * changes made shortly before the incident.
     *
     * @param codeChange the value to add; not null
     * @return this builder
     */
    public Builder addCodeChange(CodeChange codeChange) {
      fields.addCodeChange(Nulls.check(codeChange, "codeChange"));
      return this;
    }

    /**
     * Adds a code change built by {@code spec} at the end of {@link Appendix#codeChanges()}. It is
     * checked with the {@link Appendix} (and, when that is given as a lambda too, with the
     * postmortem), so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link CodeChange.Builder} it is given; not null
     * @return this builder
     */
    public Builder addCodeChange(Consumer<CodeChange.Builder> spec) {
      return addCodeChange(Specs.applied(spec, CodeChange.builder()).buildUnchecked());
    }

    /**
     * Adds {@code codeChanges}, in order, at the end of {@link Appendix#codeChanges()}, which
     * holds the code changes made shortly before the incident.
     *
     * @param codeChanges the values; not null, nor any of them
     * @return this builder
     */
    public Builder addCodeChanges(CodeChange... codeChanges) {
      fields.addAllCodeChanges(Nulls.elements(codeChanges, "codeChanges"));
      return this;
    }

    /**
     * Sets {@link Appendix#codeChanges()} to {@code codeChanges}, in order, in place of what it
     * held; it holds the code changes made shortly before the incident.
     *
     * @param codeChanges the values; not null, nor any of them
     * @return this builder
     */
    public Builder codeChanges(Iterable<? extends CodeChange> codeChanges) {
      fields.codeChanges(Nulls.elements(codeChanges, "codeChanges"));
      return this;
    }

    /**
     * Adds {@code similarIncident} at the end of {@link Appendix#similarIncidents()}, which holds
     * similar incidents from the past.
     *
     * @param similarIncident the value to add; not null
     * @return this builder
     */
    public Builder addSimilarIncident(PastIncident similarIncident) {
      fields.addSimilarIncident(Nulls.check(similarIncident, "similarIncident"));
      return this;
    }

    /**
     * Adds a similar past incident built by {@code spec} at the end of {@link
     * Appendix#similarIncidents()}. It is checked with the {@link Appendix} (and, when that is
     * given as a lambda too, with the postmortem), so that its violations are reported with their
     * full paths.
     *
     * @param spec sets the fields of the {@link PastIncident.Builder} it is given; not null
     * @return this builder
     */
    public Builder addSimilarIncident(Consumer<PastIncident.Builder> spec) {
      return addSimilarIncident(Specs.applied(spec, PastIncident.builder()).buildUnchecked());
    }

    /**
     * Adds {@code similarIncidents}, in order, at the end of {@link Appendix#similarIncidents()},
     * which holds similar incidents from the past.
     *
     * @param similarIncidents the values; not null, nor any of them
     * @return this builder
     */
    public Builder addSimilarIncidents(PastIncident... similarIncidents) {
      fields.addAllSimilarIncidents(Nulls.elements(similarIncidents, "similarIncidents"));
      return this;
    }

    /**
     * Sets {@link Appendix#similarIncidents()} to {@code similarIncidents}, in order, in place of
     * what it held; it holds similar incidents from the past.
     *
     * @param similarIncidents the values; not null, nor any of them
     * @return this builder
     */
    public Builder similarIncidents(Iterable<? extends PastIncident> similarIncidents) {
      fields.similarIncidents(Nulls.elements(similarIncidents, "similarIncidents"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Appendix build() {
      return Violations.checked(buildUnchecked(), "Appendix", Appendix::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Appendix buildUnchecked() {
      return fields.build();
    }
  }
}
