package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.TextRules;
import dev.postmortem.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The summary for readers in a hurry: the TL;DR paragraph, and the detailed template's one-line
 * answers to what happened, what the impact was, what caused it and how it was fixed.
 */
@Value.Immutable
public abstract class Summary {
  private static final Summary EMPTY = new Builder().build();

  Summary() {}

  /** {@return the TL;DR or executive summary: block text} */
  public abstract Optional<String> tldr();

  /** {@return what happened in a sentence or two: inline text} */
  public abstract Optional<String> whatHappened();

  /** {@return the user-facing impact: inline text} */
  public abstract Optional<String> impact();

  /** {@return the cause in brief: inline text} */
  public abstract Optional<String> rootCause();

  /** {@return how it was fixed: inline text} */
  public abstract Optional<String> resolution();

  /** {@return whether no field is set} */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** {@return the summary with no field set} */
  public static Summary empty() {
    return EMPTY;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.block("tldr", tldr());
    out.inline("whatHappened", whatHappened());
    out.inline("impact", impact());
    out.inline("rootCause", rootCause());
    out.inline("resolution", resolution());
  }

  /** Builds a {@link Summary}; {@link #build()} checks the text rules. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableSummary.Generated fields = new ImmutableSummary.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Summary instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the TL;DR or executive summary: block text. Line endings CR LF and CR are kept as LF.
     *
     * @param tldr the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder tldr(String tldr) {
      fields.tldr(TextRules.normalizeLineEndings(Nulls.check(tldr, "tldr")));
      return this;
    }

    /**
     * Sets the TL;DR or executive summary: block text, or leaves it unset when {@code tldr} is
     * empty. Line endings CR LF and CR are kept as LF.
     *
     * @param tldr the value, or empty for none; not null
     * @return this builder
     */
    public Builder tldr(Optional<String> tldr) {
      fields.tldr(Nulls.check(tldr, "tldr").map(TextRules::normalizeLineEndings));
      return this;
    }

    /**
     * Sets what happened in a sentence or two: inline text.
     *
     * @param whatHappened the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder whatHappened(String whatHappened) {
      fields.whatHappened(Nulls.check(whatHappened, "whatHappened"));
      return this;
    }

    /**
     * Sets what happened in a sentence or two: inline text, or leaves it unset when {@code
     * whatHappened} is empty.
     *
     * @param whatHappened the value, or empty for none; not null
     * @return this builder
     */
    public Builder whatHappened(Optional<String> whatHappened) {
      fields.whatHappened(Nulls.check(whatHappened, "whatHappened"));
      return this;
    }

    /**
     * Sets the user-facing impact: inline text.
     *
     * @param impact the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder impact(String impact) {
      fields.impact(Nulls.check(impact, "impact"));
      return this;
    }

    /**
     * Sets the user-facing impact: inline text, or leaves it unset when {@code impact} is empty.
     *
     * @param impact the value, or empty for none; not null
     * @return this builder
     */
    public Builder impact(Optional<String> impact) {
      fields.impact(Nulls.check(impact, "impact"));
      return this;
    }

    /**
     * Sets the cause in brief: inline text.
     *
     * @param rootCause the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder rootCause(String rootCause) {
      fields.rootCause(Nulls.check(rootCause, "rootCause"));
      return this;
    }

    /**
     * Sets the cause in brief: inline text, or leaves it unset when {@code rootCause} is empty.
     *
     * @param rootCause the value, or empty for none; not null
     * @return this builder
     */
    public Builder rootCause(Optional<String> rootCause) {
      fields.rootCause(Nulls.check(rootCause, "rootCause"));
      return this;
    }

    /**
     * Sets how it was fixed: inline text.
     *
     * @param resolution the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder resolution(String resolution) {
      fields.resolution(Nulls.check(resolution, "resolution"));
      return this;
    }

    /**
     * Sets how it was fixed: inline text, or leaves it unset when {@code resolution} is empty.
     *
     * @param resolution the value, or empty for none; not null
     * @return this builder
     */
    public Builder resolution(Optional<String> resolution) {
      fields.resolution(Nulls.check(resolution, "resolution"));
      return this;
    }

    /**
     * Builds the summary.
     *
     * @return the summary
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Summary build() {
      return Violations.checked(buildUnchecked(), "Summary", Summary::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Summary buildUnchecked() {
      return fields.build();
    }
  }
}
