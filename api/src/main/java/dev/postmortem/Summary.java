package dev.postmortem;

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

  /** Returns the TL;DR or executive summary: block text. */
  public abstract Optional<String> tldr();

  /** Returns what happened in a sentence or two: inline text. */
  public abstract Optional<String> whatHappened();

  /** Returns the user-facing impact: inline text. */
  public abstract Optional<String> impact();

  /** Returns the cause in brief: inline text. */
  public abstract Optional<String> rootCause();

  /** Returns how it was fixed: inline text. */
  public abstract Optional<String> resolution();

  /** Returns whether no field is set. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** Returns the summary with no field set. */
  public static Summary empty() {
    return EMPTY;
  }

  /** Returns a new builder. */
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

  @Value.Check
  final Summary normalize() {
    Optional<String> tldr = tldr().map(TextRules::normalizeLineEndings);
    return tldr.equals(tldr()) ? this : builder().from(this).tldr(tldr).buildUnchecked();
  }

  /** Builds a {@link Summary}; {@link #build()} checks the text rules. */
  public static class Builder extends ImmutableSummary.Builder {
    Builder() {}

    /**
     * Builds the summary.
     *
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    @Override
    public Summary build() {
      Summary summary = super.build();
      Violations out = Violations.root();
      summary.check(out);
      out.throwIfAny("Summary");
      return summary;
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Summary buildUnchecked() {
      return super.build();
    }
  }
}
