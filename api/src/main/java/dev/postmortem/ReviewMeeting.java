package dev.postmortem;

import dev.postmortem.internal.Violations;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** The meeting where the postmortem was reviewed. At least one of its fields is set. */
@Value.Immutable
public abstract class ReviewMeeting {
  ReviewMeeting() {}

  /** Returns when the meeting was held. */
  public abstract Optional<Instant> at();

  /** Returns who ran it: inline text. */
  public abstract Optional<String> facilitator();

  /** Returns a link to the meeting notes. */
  public abstract Optional<String> notesLink();

  /** Returns a link to the recording. */
  public abstract Optional<String> recordingLink();

  /** Returns a new builder. */
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

  @Value.Check
  final void validate() {
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("ReviewMeeting");
  }

  /** Builds a {@link ReviewMeeting}. */
  public static class Builder extends ImmutableReviewMeeting.Builder {
    Builder() {}
  }
}
