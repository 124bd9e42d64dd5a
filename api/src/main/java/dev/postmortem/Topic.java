package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A titled point with an optional explanation, as the templates write {@code **Title:** detail}:
 * contributing factors, technical and process lessons.
 */
@Value.Immutable
public abstract class Topic {
  Topic() {}

  /** Returns the title: inline text, required. */
  public abstract String title();

  /** Returns the explanation: inline text. */
  public abstract Optional<String> detail();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a topic with an explanation. */
  public static Topic of(String title, String detail) {
    return builder().title(title).detail(detail).build();
  }

  void check(Violations out) {
    out.requiredInline("title", title());
    out.inline("detail", detail());
  }

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("Topic");
  }

  /** Builds a {@link Topic}. */
  public static class Builder extends ImmutableTopic.Builder {
    Builder() {}
  }
}
