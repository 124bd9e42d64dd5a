package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Violations;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** The meeting where the postmortem was reviewed. At least one of its fields is set. */
@Value.Immutable
public abstract class ReviewMeeting {
  ReviewMeeting() {}

  /** {@return when the meeting was held} */
  public abstract Optional<Instant> at();

  /** {@return who ran it: inline text} */
  public abstract Optional<String> facilitator();

  /** {@return a link to the meeting notes} */
  public abstract Optional<String> notesLink();

  /** {@return a link to the recording} */
  public abstract Optional<String> recordingLink();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.instant("at", at());
    out.inline("facilitator", facilitator());
    out.link("notesLink", notesLink());
    out.link("recordingLink", recordingLink());
    if (at().isEmpty() && facilitator().isEmpty() && notesLink().isEmpty()
        && recordingLink().isEmpty()) {
      out.add("at", "a review meeting needs at least a time, a facilitator or a link");
    }
  }

  /** Builds a {@link ReviewMeeting}. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableReviewMeeting.Generated fields = new ImmutableReviewMeeting.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(ReviewMeeting instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets when the meeting was held.
     *
     * @param at the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder at(Instant at) {
      fields.at(Nulls.check(at, "at"));
      return this;
    }

    /**
     * Sets when the meeting was held, or leaves it unset when {@code at} is empty.
     *
     * @param at the value, or empty for none; not null
     * @return this builder
     */
    public Builder at(Optional<? extends Instant> at) {
      fields.at(Nulls.check(at, "at"));
      return this;
    }

    /**
     * Sets who ran it: inline text.
     *
     * @param facilitator the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder facilitator(String facilitator) {
      fields.facilitator(Nulls.check(facilitator, "facilitator"));
      return this;
    }

    /**
     * Sets who ran it: inline text, or leaves it unset when {@code facilitator} is empty.
     *
     * @param facilitator the value, or empty for none; not null
     * @return this builder
     */
    public Builder facilitator(Optional<String> facilitator) {
      fields.facilitator(Nulls.check(facilitator, "facilitator"));
      return this;
    }

    /**
     * Sets a link to the meeting notes.
     *
     * @param notesLink the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder notesLink(String notesLink) {
      fields.notesLink(Nulls.check(notesLink, "notesLink"));
      return this;
    }

    /**
     * Sets a link to the meeting notes, or leaves it unset when {@code notesLink} is empty.
     *
     * @param notesLink the value, or empty for none; not null
     * @return this builder
     */
    public Builder notesLink(Optional<String> notesLink) {
      fields.notesLink(Nulls.check(notesLink, "notesLink"));
      return this;
    }

    /**
     * Sets a link to the recording.
     *
     * @param recordingLink the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder recordingLink(String recordingLink) {
      fields.recordingLink(Nulls.check(recordingLink, "recordingLink"));
      return this;
    }

    /**
     * Sets a link to the recording, or leaves it unset when {@code recordingLink} is empty.
     *
     * @param recordingLink the value, or empty for none; not null
     * @return this builder
     */
    public Builder recordingLink(Optional<String> recordingLink) {
      fields.recordingLink(Nulls.check(recordingLink, "recordingLink"));
      return this;
    }

    /**
     * Builds the {@link ReviewMeeting}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public ReviewMeeting build() {
      return Violations.checked(buildUnchecked(), "ReviewMeeting", ReviewMeeting::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    ReviewMeeting buildUnchecked() {
      return fields.build();
    }
  }
}
