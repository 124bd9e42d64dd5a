package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of the communication log: who was told what, when and through which channel. */
@Value.Immutable
public abstract class Communication {
  Communication() {}

  /** Returns whether it went inside or outside the organisation. */
  public abstract Audience audience();

  /** Returns what kind of message it was ({@code Status updates}): inline text. */
  public abstract Optional<String> subject();

  /** Returns the channel ({@code #incidents}, {@code status page}): inline text. */
  public abstract Optional<String> channel();

  /** Returns when it was sent. */
  public abstract Optional<Instant> at();

  /** Returns what was said or done: inline text, required. */
  public abstract String detail();

  /** Returns a new builder. */
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

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("Communication");
  }

  /** Builds a {@link Communication}. */
  public static class Builder extends ImmutableCommunication.Builder {
    Builder() {}
  }
}
