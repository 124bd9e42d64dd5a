package dev.postmortem;

import dev.postmortem.internal.TextRules;
import java.util.List;
import java.util.Optional;
import dev.postmortem.internal.Violations;
import org.immutables.value.Value;

/**
 * What the incident taught: a takeaway worth remembering, technical and process lessons, and
 * questions left for further investigation.
 */
@Value.Immutable
public abstract class Lessons {
  private static final Lessons EMPTY = new Builder().build();

  Lessons() {}

  /** Returns the short, opinionated takeaway: block text. */
  public abstract Optional<String> takeaway();

  /** Returns what was learned about the system. */
  public abstract List<Topic> technicalLessons();

  /** Returns what was learned about communication, coordination and response. */
  public abstract List<Topic> processLessons();

  /** Returns the questions that need further research, each inline text. */
  public abstract List<String> openQuestions();

  /** Returns whether no field is set. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** Returns the value with no field set. */
  public static Lessons empty() {
    return EMPTY;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final Lessons normalize() {
    Optional<String> takeaway = takeaway().map(TextRules::normalizeLineEndings);
    return takeaway.equals(takeaway()) ? this : builder().from(this).takeaway(takeaway).buildUnchecked();
  }

  void check(Violations out) {
    out.block("takeaway", takeaway());
    out.each("technicalLessons", technicalLessons(), Topic::check);
    out.each("processLessons", processLessons(), Topic::check);
    out.eachInline("openQuestions", openQuestions());
  }

  /** Builds {@link Lessons}; {@link #build()} checks its rules. */
  public static class Builder extends ImmutableLessons.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    @Override
    public Lessons build() {
      Lessons value = super.build();
      Violations out = Violations.root();
      value.check(out);
      out.throwIfAny("Lessons");
      return value;
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Lessons buildUnchecked() {
      return super.build();
    }
  }
}
