package dev.postmortem;

import java.util.List;
import java.util.Optional;
import dev.postmortem.internal.Violations;
import org.immutables.value.Value;

/**
 * Review and approval: who prepared, reviewed and approved the postmortem and when, who receives
 * it, and the review meeting.
 */
@Value.Immutable
public abstract class Review {
  private static final Review EMPTY = new Builder().build();

  Review() {}

  /** Returns who prepared it. */
  public abstract Optional<Signoff> preparedBy();

  /** Returns who reviewed it. */
  public abstract Optional<Signoff> reviewedBy();

  /** Returns who approved it. */
  public abstract Optional<Signoff> approvedBy();

  /** Returns the people and groups who receive a copy, each inline text. */
  public abstract List<String> distribution();

  /** Returns the review meeting. */
  public abstract Optional<ReviewMeeting> meeting();

  /** Returns whether no field is set. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** Returns the value with no field set. */
  public static Review empty() {
    return EMPTY;
  }

  /** Returns a new builder. */
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
  public static class Builder extends ImmutableReview.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    @Override
    public Review build() {
      Review value = super.build();
      Violations out = Violations.root();
      value.check(out);
      out.throwIfAny("Review");
      return value;
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Review buildUnchecked() {
      return super.build();
    }
  }
}
