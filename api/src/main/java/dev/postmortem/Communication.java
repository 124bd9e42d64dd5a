package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of the communication log: who was told what, when and through which channel. */
@Value.Immutable
public abstract class Communication {
  Communication() {}

  /** {@return whether it went inside or outside the organisation} */
  public abstract Audience audience();

  /** {@return what kind of message it was ({@code Status updates}): inline text} */
  public abstract Optional<String> subject();

  /** {@return the channel ({@code #incidents}, {@code status page}): inline text} */
  public abstract Optional<String> channel();

  /** {@return when it was sent} */
  public abstract Optional<Instant> at();

  /** {@return what was said or done: inline text, required} */
  public abstract String detail();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.requireSet("audience", audience());
    out.inline("subject", subject());
    out.inline("channel", channel());
    out.requiredInline("detail", detail());
    out.instant("at", at());
  }

  /** Builds a {@link Communication}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableCommunication.Generated fields = new ImmutableCommunication.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Communication instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets whether it went inside or outside the organisation.
     *
     * @param audience the value; not null
     * @return this builder
     */
    public Builder audience(Audience audience) {
      fields.audience(Nulls.check(audience, "audience"));
      return this;
    }

    /**
     * Sets what kind of message it was ({@code Status updates}): inline text.
     *
     * @param subject the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder subject(String subject) {
      fields.subject(Nulls.check(subject, "subject"));
      return this;
    }

    /**
     * Sets what kind of message it was ({@code Status updates}): inline text, or leaves it unset
     * when {@code subject} is empty.
     *
     * @param subject the value, or empty for none; not null
     * @return this builder
     */
    public Builder subject(Optional<String> subject) {
      fields.subject(Nulls.check(subject, "subject"));
      return this;
    }

    /**
     * Sets the channel ({@code #incidents}, {@code status page}): inline text.
     *
     * @param channel the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder channel(String channel) {
      fields.channel(Nulls.check(channel, "channel"));
      return this;
    }

    /**
     * Sets the channel ({@code #incidents}, {@code status page}): inline text, or leaves it unset
     * when {@code channel} is empty.
     *
     * @param channel the value, or empty for none; not null
     * @return this builder
     */
    public Builder channel(Optional<String> channel) {
      fields.channel(Nulls.check(channel, "channel"));
      return this;
    }

    /**
     * Sets when it was sent.
     *
     * @param at the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder at(Instant at) {
      fields.at(Nulls.check(at, "at"));
      return this;
    }

    /**
     * Sets when it was sent, or leaves it unset when {@code at} is empty.
     *
     * @param at the value, or empty for none; not null
     * @return this builder
     */
    public Builder at(Optional<? extends Instant> at) {
      fields.at(Nulls.check(at, "at"));
      return this;
    }

    /**
     * Sets what was said or done: inline text, required.
     *
     * @param detail the value; not null
     * @return this builder
     */
    public Builder detail(String detail) {
      fields.detail(Nulls.check(detail, "detail"));
      return this;
    }

    /**
     * Builds the {@link Communication}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Communication build() {
      return Violations.checked(buildUnchecked(), "Communication", Communication::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Communication buildUnchecked() {
      return fields.build();
    }
  }
}
