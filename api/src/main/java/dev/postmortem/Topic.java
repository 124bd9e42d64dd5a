package dev.postmortem;

import dev.postmortem.internal.Nulls;
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

  /** {@return the title: inline text, required} */
  public abstract String title();

  /** {@return the explanation: inline text} */
  public abstract Optional<String> detail();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a topic with an explanation}
   *
   * @param title the topic: inline text; not null
   * @param detail about it: block text; not null
   */
  public static Topic of(String title, String detail) {
    return builder().title(title).detail(detail).build();
  }

  void check(Violations out) {
    out.requiredInline("title", title());
    out.inline("detail", detail());
  }

  /** Builds a {@link Topic}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableTopic.Generated fields = new ImmutableTopic.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Topic instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the title: inline text, required.
     *
     * @param title the value; not null
     * @return this builder
     */
    public Builder title(String title) {
      fields.title(Nulls.check(title, "title"));
      return this;
    }

    /**
     * Sets the explanation: inline text.
     *
     * @param detail the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder detail(String detail) {
      fields.detail(Nulls.check(detail, "detail"));
      return this;
    }

    /**
     * Sets the explanation: inline text, or leaves it unset when {@code detail} is empty.
     *
     * @param detail the value, or empty for none; not null
     * @return this builder
     */
    public Builder detail(Optional<String> detail) {
      fields.detail(Nulls.check(detail, "detail"));
      return this;
    }

    /**
     * Builds the {@link Topic}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Topic build() {
      return Violations.checked(buildUnchecked(), "Topic", Topic::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Topic buildUnchecked() {
      return fields.build();
    }
  }
}
