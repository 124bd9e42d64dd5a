package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** A person who took part in the response, with their role (commander, scribe, liaison, …). */
@Value.Immutable
public abstract class Responder {
  Responder() {}

  /** {@return the person, as written ({@code @alice}, {@code Alice Ng}): inline text, required} */
  public abstract String name();

  /** {@return the role they played: inline text, such as {@code incident commander}} */
  public abstract Optional<String> role();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a responder with a role}
   *
   * @param name who: inline text; not null
   * @param role their role: inline text; not null
   */
  public static Responder of(String name, String role) {
    return builder().name(name).role(role).build();
  }

  void check(Violations out) {
    out.requiredInline("name", name());
    out.inline("role", role());
  }

  /** Builds a {@link Responder}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableResponder.Generated fields = new ImmutableResponder.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Responder instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the person, as written ({@code @alice}, {@code Alice Ng}): inline text, required.
     *
     * @param name the value; not null
     * @return this builder
     */
    public Builder name(String name) {
      fields.name(Nulls.check(name, "name"));
      return this;
    }

    /**
     * Sets the role they played: inline text, such as {@code incident commander}.
     *
     * @param role the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder role(String role) {
      fields.role(Nulls.check(role, "role"));
      return this;
    }

    /**
     * Sets the role they played: inline text, such as {@code incident commander}, or leaves it
     * unset when {@code role} is empty.
     *
     * @param role the value, or empty for none; not null
     * @return this builder
     */
    public Builder role(Optional<String> role) {
      fields.role(Nulls.check(role, "role"));
      return this;
    }

    /**
     * Builds the {@link Responder}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Responder build() {
      return Violations.checked(buildUnchecked(), "Responder", Responder::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Responder buildUnchecked() {
      return fields.build();
    }
  }
}
