package dev.postmortem;

import dev.postmortem.internal.TextRules;
import java.util.List;
import java.util.Optional;
import dev.postmortem.internal.Violations;
import org.immutables.value.Value;

/**
 * Why the incident happened: the primary cause, what triggered it, the technical details, why
 * safeguards did not stop it, the contributing factors, and optionally a five-whys chain.
 */
@Value.Immutable
public abstract class RootCause {
  private static final RootCause EMPTY = new Builder().build();

  RootCause() {}

  /** Returns the fundamental cause: block text. */
  public abstract Optional<String> primaryCause();

  /** Returns what set it off (a deploy, a traffic spike): inline text. */
  public abstract Optional<String> trigger();

  /** Returns the technical details: block text. */
  public abstract Optional<String> technicalDetails();

  /** Returns why existing safeguards did not prevent it: inline text. */
  public abstract Optional<String> whySafeguardsFailed();

  /** Returns the secondary issues that made it worse or slowed the resolution. */
  public abstract List<Topic> contributingFactors();

  /** Returns the answers of a five-whys analysis, in order, each inline text. */
  public abstract List<String> fiveWhys();

  /** Returns whether no field is set. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** Returns the value with no field set. */
  public static RootCause empty() {
    return EMPTY;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final RootCause normalize() {
    Optional<String> primary = primaryCause().map(TextRules::normalizeLineEndings);
    Optional<String> details = technicalDetails().map(TextRules::normalizeLineEndings);
    if (primary.equals(primaryCause()) && details.equals(technicalDetails())) {
      return this;
    }
    return builder().from(this).primaryCause(primary).technicalDetails(details).buildUnchecked();
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
  public static class Builder extends ImmutableRootCause.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    @Override
    public RootCause build() {
      RootCause value = super.build();
      Violations out = Violations.root();
      value.check(out);
      out.throwIfAny("RootCause");
      return value;
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    RootCause buildUnchecked() {
      return super.build();
    }
  }
}
