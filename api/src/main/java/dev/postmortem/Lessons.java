package dev.postmortem;

import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Specs;
import dev.postmortem.internal.TextRules;
import dev.postmortem.internal.Violations;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * What the incident taught: a takeaway worth remembering, technical and process lessons, and
 * questions left for further investigation.
 */
@Value.Immutable
public abstract class Lessons {
  private static final Lessons EMPTY = new Builder().build();

  Lessons() {}

  /** {@return the short, opinionated takeaway: block text} */
  public abstract Optional<String> takeaway();

  /** {@return what was learned about the system} */
  public abstract List<Topic> technicalLessons();

  /** {@return what was learned about communication, coordination and response} */
  public abstract List<Topic> processLessons();

  /** {@return the questions that need further research, each inline text} */
  public abstract List<String> openQuestions();

  /** {@return whether no field is set} */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** {@return the value with no field set} */
  public static Lessons empty() {
    return EMPTY;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  void check(Violations out) {
    out.block("takeaway", takeaway());
    out.each("technicalLessons", technicalLessons(), Topic::check);
    out.each("processLessons", processLessons(), Topic::check);
    out.eachInline("openQuestions", openQuestions());
  }

  /** Builds {@link Lessons}; {@link #build()} checks its rules. */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutableLessons.Generated fields = new ImmutableLessons.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Lessons instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the short, opinionated takeaway: block text.
     * Line endings CR LF and CR are kept as LF.
     *
     * @param takeaway the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder takeaway(String takeaway) {
      fields.takeaway(TextRules.normalizeLineEndings(Nulls.check(takeaway, "takeaway")));
      return this;
    }

    /**
     * Sets the short, opinionated takeaway: block text, or leaves it unset when {@code takeaway}
     * is empty. Line endings CR LF and CR are kept as LF.
     *
     * @param takeaway the value, or empty for none; not null
     * @return this builder
     */
    public Builder takeaway(Optional<String> takeaway) {
      fields.takeaway(Nulls.check(takeaway, "takeaway").map(TextRules::normalizeLineEndings));
      return this;
    }

    /**
     * Adds {@code technicalLesson} at the end of {@link Lessons#technicalLessons()}, which holds
     * what was learned about the system.
     *
     * @param technicalLesson the value to add; not null
     * @return this builder
     */
    public Builder addTechnicalLesson(Topic technicalLesson) {
      fields.addTechnicalLesson(Nulls.check(technicalLesson, "technicalLesson"));
      return this;
    }

    /**
     * Adds a technical lesson built by {@code spec} at the end of {@link
     * Lessons#technicalLessons()}. It is checked with the {@link Lessons} (and, when that is given
     * as a lambda too, with the postmortem), so that its violations are reported with their full
     * paths.
     *
     * @param spec sets the fields of the {@link Topic.Builder} it is given; not null
     * @return this builder
     */
    public Builder addTechnicalLesson(Consumer<Topic.Builder> spec) {
      return addTechnicalLesson(Specs.applied(spec, Topic.builder()).buildUnchecked());
    }

    /**
     * Adds {@code technicalLessons}, in order, at the end of {@link Lessons#technicalLessons()},
     * which holds what was learned about the system.
     *
     * @param technicalLessons the values; not null, nor any of them
     * @return this builder
     */
    public Builder addTechnicalLessons(Topic... technicalLessons) {
      fields.addAllTechnicalLessons(Nulls.elements(technicalLessons, "technicalLessons"));
      return this;
    }

    /**
     * Sets {@link Lessons#technicalLessons()} to {@code technicalLessons}, in order, in place of
     * what it held; it holds what was learned about the system.
     *
     * @param technicalLessons the values; not null, nor any of them
     * @return this builder
     */
    public Builder technicalLessons(Iterable<? extends Topic> technicalLessons) {
      fields.technicalLessons(Nulls.elements(technicalLessons, "technicalLessons"));
      return this;
    }

    /**
     * Adds {@code processLesson} at the end of {@link Lessons#processLessons()}, which holds what
     * was learned about communication, coordination and response.
     *
     * @param processLesson the value to add; not null
     * @return this builder
     */
    public Builder addProcessLesson(Topic processLesson) {
      fields.addProcessLesson(Nulls.check(processLesson, "processLesson"));
      return this;
    }

    /**
     * Adds a process lesson built by {@code spec} at the end of {@link Lessons#processLessons()}.
     * It is checked with the {@link Lessons} (and, when that is given as a lambda too, with the
     * postmortem), so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Topic.Builder} it is given; not null
     * @return this builder
     */
    public Builder addProcessLesson(Consumer<Topic.Builder> spec) {
      return addProcessLesson(Specs.applied(spec, Topic.builder()).buildUnchecked());
    }

    /**
     * Adds {@code processLessons}, in order, at the end of {@link Lessons#processLessons()}, which
     * holds what was learned about communication, coordination and response.
     *
     * @param processLessons the values; not null, nor any of them
     * @return this builder
     */
    public Builder addProcessLessons(Topic... processLessons) {
      fields.addAllProcessLessons(Nulls.elements(processLessons, "processLessons"));
      return this;
    }

    /**
     * Sets {@link Lessons#processLessons()} to {@code processLessons}, in order, in place of what
     * it held; it holds what was learned about communication, coordination and response.
     *
     * @param processLessons the values; not null, nor any of them
     * @return this builder
     */
    public Builder processLessons(Iterable<? extends Topic> processLessons) {
      fields.processLessons(Nulls.elements(processLessons, "processLessons"));
      return this;
    }

    /**
     * Adds {@code openQuestion} at the end of {@link Lessons#openQuestions()}, which holds the
     * questions that need further research, each inline text.
     *
     * @param openQuestion the value to add; not null
     * @return this builder
     */
    public Builder addOpenQuestion(String openQuestion) {
      fields.addOpenQuestion(Nulls.check(openQuestion, "openQuestion"));
      return this;
    }

    /**
     * Adds {@code openQuestions}, in order, at the end of {@link Lessons#openQuestions()}, which
     * holds the questions that need further research, each inline text.
     *
     * @param openQuestions the values; not null, nor any of them
     * @return this builder
     */
    public Builder addOpenQuestions(String... openQuestions) {
      fields.addAllOpenQuestions(Nulls.elements(openQuestions, "openQuestions"));
      return this;
    }

    /**
     * Sets {@link Lessons#openQuestions()} to {@code openQuestions}, in order, in place of what it
     * held; it holds the questions that need further research, each inline text.
     *
     * @param openQuestions the values; not null, nor any of them
     * @return this builder
     */
    public Builder openQuestions(Iterable<String> openQuestions) {
      fields.openQuestions(Nulls.elements(openQuestions, "openQuestions"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Lessons build() {
      return Violations.checked(buildUnchecked(), "Lessons", Lessons::check);
    }

    /** Builds without checking, for a container that checks the whole tree with full paths. */
    Lessons buildUnchecked() {
      return fields.build();
    }
  }
}
