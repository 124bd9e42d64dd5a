package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A code change made shortly before the incident (the detailed template's appendix). */
@Value.Immutable
public abstract class CodeChange {
  CodeChange() {}

  /** {@return the commit (hash, or a link to it): inline text, required} */
  public abstract String commit();

  /** {@return what it changed: inline text} */
  public abstract Optional<String> description();

  /** {@return who made it: inline text} */
  public abstract Optional<String> author();

  /** {@return when it landed} */
  public abstract Optional<Instant> at();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.requiredInline("commit", commit());
    out.inline("description", description());
    out.inline("author", author());
    out.instant("at", at());
  }

  /** Builds a {@link CodeChange}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableCodeChange.Generated fields = new ImmutableCodeChange.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(CodeChange instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the commit (hash, or a link to it): inline text, required.
     *
     * @param commit the value; not null
     * @return this builder
     */
    public Builder commit(String commit) {
      fields.commit(Nulls.check(commit, "commit"));
      return this;
    }

    /**
     * Sets what it changed: inline text.
     *
     * @param description the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder description(String description) {
      fields.description(Nulls.check(description, "description"));
      return this;
    }

    /**
     * Sets what it changed: inline text, or leaves it unset when {@code description} is empty.
     *
     * @param description the value, or empty for none; not null
     * @return this builder
     */
    public Builder description(Optional<String> description) {
      fields.description(Nulls.check(description, "description"));
      return this;
    }

    /**
     * Sets who made it: inline text.
     *
     * @param author the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder author(String author) {
      fields.author(Nulls.check(author, "author"));
      return this;
    }

    /**
     * Sets who made it: inline text, or leaves it unset when {@code author} is empty.
     *
     * @param author the value, or empty for none; not null
     * @return this builder
     */
    public Builder author(Optional<String> author) {
      fields.author(Nulls.check(author, "author"));
      return this;
    }

    /**
     * Sets when it landed.
     *
     * @param at the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder at(Instant at) {
      fields.at(Nulls.check(at, "at"));
      return this;
    }

    /**
     * Sets when it landed, or leaves it unset when {@code at} is empty.
     *
     * @param at the value, or empty for none; not null
     * @return this builder
     */
    public Builder at(Optional<? extends Instant> at) {
      fields.at(Nulls.check(at, "at"));
      return this;
    }

    /**
     * Builds the {@link CodeChange}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public CodeChange build() {
      return Violations.checked(buildUnchecked(), "CodeChange", CodeChange::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    CodeChange buildUnchecked() {
      return fields.build();
    }
  }
}
