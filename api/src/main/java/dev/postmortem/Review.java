package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Specs;
import dev.postmortem.internal.Violations;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * Review and approval: who prepared, reviewed and approved the postmortem and when, who receives
 * it, and the review meeting.
 */
@Value.Immutable
public abstract class Review {
  private static final Review EMPTY = new Builder().build();

  Review() {}

  /** {@return who prepared it} */
  public abstract Optional<Signoff> preparedBy();

  /** {@return who reviewed it} */
  public abstract Optional<Signoff> reviewedBy();

  /** {@return who approved it} */
  public abstract Optional<Signoff> approvedBy();

  /** {@return the people and groups who receive a copy, each inline text} */
  public abstract List<String> distribution();

  /** {@return the review meeting} */
  public abstract Optional<ReviewMeeting> meeting();

  /** {@return whether no field is set} */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** {@return the value with no field set} */
  public static Review empty() {
    return EMPTY;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    preparedBy().ifPresent(s -> s.check(out.field("preparedBy")));
    reviewedBy().ifPresent(s -> s.check(out.field("reviewedBy")));
    approvedBy().ifPresent(s -> s.check(out.field("approvedBy")));
    out.eachInline("distribution", distribution());
    meeting().ifPresent(m -> m.check(out.field("meeting")));
  }

  /** Builds a {@link Review}; {@link #build()} checks its rules. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableReview.Generated fields = new ImmutableReview.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Review instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets who prepared it.
     *
     * @param preparedBy the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder preparedBy(Signoff preparedBy) {
      fields.preparedBy(Nulls.check(preparedBy, "preparedBy"));
      return this;
    }

    /**
     * Sets who prepared it, or leaves it unset when {@code preparedBy} is empty.
     *
     * @param preparedBy the value, or empty for none; not null
     * @return this builder
     */
    public Builder preparedBy(Optional<? extends Signoff> preparedBy) {
      fields.preparedBy(Nulls.check(preparedBy, "preparedBy"));
      return this;
    }

    /**
     * Sets who prepared it, built by {@code spec} from an empty {@link Signoff.Builder}. It is
     * checked with the {@link Review} (and, when that is given as a lambda too, with the
     * postmortem), so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Signoff.Builder} it is given; not null
     * @return this builder
     */
    public Builder preparedBy(Consumer<Signoff.Builder> spec) {
      return preparedBy(Specs.applied(spec, Signoff.builder()).buildUnchecked());
    }

    /**
     * Sets who reviewed it.
     *
     * @param reviewedBy the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder reviewedBy(Signoff reviewedBy) {
      fields.reviewedBy(Nulls.check(reviewedBy, "reviewedBy"));
      return this;
    }

    /**
     * Sets who reviewed it, or leaves it unset when {@code reviewedBy} is empty.
     *
     * @param reviewedBy the value, or empty for none; not null
     * @return this builder
     */
    public Builder reviewedBy(Optional<? extends Signoff> reviewedBy) {
      fields.reviewedBy(Nulls.check(reviewedBy, "reviewedBy"));
      return this;
    }

    /**
     * Sets who reviewed it, built by {@code spec} from an empty {@link Signoff.Builder}. It is
     * checked with the {@link Review} (and, when that is given as a lambda too, with the
     * postmortem), so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Signoff.Builder} it is given; not null
     * @return this builder
     */
    public Builder reviewedBy(Consumer<Signoff.Builder> spec) {
      return reviewedBy(Specs.applied(spec, Signoff.builder()).buildUnchecked());
    }

    /**
     * Sets who approved it.
     *
     * @param approvedBy the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder approvedBy(Signoff approvedBy) {
      fields.approvedBy(Nulls.check(approvedBy, "approvedBy"));
      return this;
    }

    /**
     * Sets who approved it, or leaves it unset when {@code approvedBy} is empty.
     *
     * @param approvedBy the value, or empty for none; not null
     * @return this builder
     */
    public Builder approvedBy(Optional<? extends Signoff> approvedBy) {
      fields.approvedBy(Nulls.check(approvedBy, "approvedBy"));
      return this;
    }

    /**
     * Sets who approved it, built by {@code spec} from an empty {@link Signoff.Builder}. It is
     * checked with the {@link Review} (and, when that is given as a lambda too, with the
     * postmortem), so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Signoff.Builder} it is given; not null
     * @return this builder
     */
    public Builder approvedBy(Consumer<Signoff.Builder> spec) {
      return approvedBy(Specs.applied(spec, Signoff.builder()).buildUnchecked());
    }

    /**
     * Adds {@code distribution} at the end of {@link Review#distribution()}, which holds the
     * people and groups who receive a copy, each inline text.
     *
     * @param distribution the value to add; not null
     * @return this builder
     */
    public Builder addDistribution(String distribution) {
      fields.addDistribution(Nulls.check(distribution, "distribution"));
      return this;
    }

    /**
     * Adds {@code distribution}, in order, at the end of {@link Review#distribution()}, which
     * holds the people and groups who receive a copy, each inline text.
     *
     * @param distribution the values; not null, nor any of them
     * @return this builder
     */
    public Builder addDistribution(String... distribution) {
      fields.addAllDistribution(Nulls.elements(distribution, "distribution"));
      return this;
    }

    /**
     * Sets {@link Review#distribution()} to {@code distribution}, in order, in place of what it
     * held; it holds the people and groups who receive a copy, each inline text.
     *
     * @param distribution the values; not null, nor any of them
     * @return this builder
     */
    public Builder distribution(Iterable<String> distribution) {
      fields.distribution(Nulls.elements(distribution, "distribution"));
      return this;
    }

    /**
     * Sets the review meeting.
     *
     * @param meeting the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder meeting(ReviewMeeting meeting) {
      fields.meeting(Nulls.check(meeting, "meeting"));
      return this;
    }

    /**
     * Sets the review meeting, or leaves it unset when {@code meeting} is empty.
     *
     * @param meeting the value, or empty for none; not null
     * @return this builder
     */
    public Builder meeting(Optional<? extends ReviewMeeting> meeting) {
      fields.meeting(Nulls.check(meeting, "meeting"));
      return this;
    }

    /**
     * Sets the review meeting, built by {@code spec} from an empty {@link ReviewMeeting.Builder}.
     * It is checked with the {@link Review} (and, when that is given as a lambda too, with the
     * postmortem), so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link ReviewMeeting.Builder} it is given; not null
     * @return this builder
     */
    public Builder meeting(Consumer<ReviewMeeting.Builder> spec) {
      return meeting(Specs.applied(spec, ReviewMeeting.builder()).buildUnchecked());
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Review build() {
      return Violations.checked(buildUnchecked(), "Review", Review::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Review buildUnchecked() {
      return fields.build();
    }
  }
}
