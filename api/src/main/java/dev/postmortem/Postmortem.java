package dev.postmortem;

import dev.postmortem.internal.FileNames;
import dev.postmortem.internal.Violations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * An incident postmortem: everything either template can hold, as one immutable value. Only the
 * title is required, so a draft or a half-filled imported template is still a postmortem; what a
 * finished one should also have is the {@link dev.postmortem.lint.PostmortemLinter}'s business.
 *
 * <pre>{@code
 * Postmortem postmortem = Postmortem.builder()
 *     .incidentId("INC-2041")
 *     .title("OpenAI 503s stalled call analysis")
 *     .date(LocalDate.of(2024, 3, 14))
 *     .severity(Severity.SEV_2)
 *     .owner("@alice")
 *     .summary(s -> s.tldr("OpenAI returned 503s for 18 minutes; we retried tightly ..."))
 *     .addEvent(TimelineEvent.at(Instant.parse("2024-03-14T14:02:00Z"), EventKind.ALERTED,
 *         "Sentry alert fires"))
 *     .addActionItem(a -> a.description("Add exponential backoff").owner("@alice"))
 *     .build();
 * }</pre>
 *
 * <p>Building checks every rule of the whole tree at once and throws one
 * {@link InvalidPostmortemException} listing each violation with its path. Values are equal when
 * all their fields are equal; lists and maps keep insertion order. Durations, milestones and the
 * like are derived, never stored.
 */
@Value.Immutable
public abstract class Postmortem {
  Postmortem() {}

  /** Returns the incident's identifier, such as {@code INC-2041}: inline text. */
  public abstract Optional<String> incidentId();

  /** Returns the title: inline text, the one required field. */
  public abstract String title();

  /** Returns the day of the incident. Times on this day are shown without their date. */
  public abstract Optional<LocalDate> date();

  /** Returns the tags, each inline text, in order. */
  public abstract List<String> tags();

  /**
   * Returns further metadata (team, region, …), in order; keys and values inline text, keys of at
   * most 10 000 characters.
   */
  public abstract Map<String, String> attributes();

  /** Returns how bad it was. */
  public abstract Optional<Severity> severity();

  /** Returns where the document stands (draft, in review, final). */
  public abstract Optional<DocumentStatus> documentStatus();

  /** Returns where the incident stands (investigating, ongoing, mitigated, resolved). */
  public abstract Optional<IncidentStatus> incidentStatus();

  /** Returns the owner, usually the incident commander ({@code @alice}): inline text. */
  public abstract Optional<String> owner();

  /** Returns the authors of the document, each inline text. */
  public abstract List<String> authors();

  /** Returns the people who responded, with their roles. */
  public abstract List<Responder> responders();

  /**
   * Returns the zone times are shown in; UTC unless set. Zones with fixed rules are normalised to
   * their offset, so {@code ZoneId.of("UTC")} and {@code ZoneId.of("Etc/GMT-2")} read back as
   * {@code ZoneOffset.UTC} and {@code +02:00}.
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns when the incident began. Like every instant of the model, from
   * {@code -999999999-01-02T00:00:00Z} to {@code +999999999-12-30T23:59:59.999999999Z}.
   */
  public abstract Optional<Instant> startedAt();

  /** Returns when the incident ended; never before {@link #startedAt()}. */
  public abstract Optional<Instant> endedAt();

  /** Returns the summary: TL;DR and one-liners. */
  @Value.Default
  public Summary summary() {
    return Summary.empty();
  }

  /** Returns the impact. */
  @Value.Default
  public Impact impact() {
    return Impact.empty();
  }

  /** Returns the timeline, in the order given (which lint checks is chronological). */
  public abstract List<TimelineEvent> timeline();

  /** Returns the root-cause analysis. */
  @Value.Default
  public RootCause rootCause() {
    return RootCause.empty();
  }

  /** Returns how the incident was detected. */
  @Value.Default
  public Detection detection() {
    return Detection.empty();
  }

  /** Returns what went well, each inline text. */
  public abstract List<String> whatWentWell();

  /** Returns what went poorly, each inline text. */
  public abstract List<String> whatWentPoorly();

  /** Returns where we got lucky, each inline text. */
  public abstract List<String> whereWeGotLucky();

  /** Returns the resolution and recovery. */
  @Value.Default
  public Resolution resolution() {
    return Resolution.empty();
  }

  /** Returns the action items, which also serve as the follow-up tracking table. */
  public abstract List<ActionItem> actionItems();

  /** Returns the prevention measures, by area. */
  public abstract List<PreventionMeasure> preventionMeasures();

  /** Returns the lessons learned. */
  @Value.Default
  public Lessons lessons() {
    return Lessons.empty();
  }

  /** Returns the supporting evidence. */
  public abstract List<Evidence> evidence();

  /** Returns the communication log, internal and external. */
  public abstract List<Communication> communications();

  /** Returns the appendix. */
  @Value.Default
  public Appendix appendix() {
    return Appendix.empty();
  }

  /** Returns review and approval. */
  @Value.Default
  public Review review() {
    return Review.empty();
  }

  /** Returns every other section, in order. */
  public abstract List<CustomSection> customSections();

  /** Returns how long the incident lasted, when both its start and end are known. */
  public Optional<Duration> duration() {
    return startedAt().flatMap(start -> endedAt().map(end -> Duration.between(start, end)));
  }

  /** Returns the milestones read from the timeline, and the times to reach them. */
  public Milestones milestones() {
    return Milestones.of(this);
  }

  /**
   * Returns the action items still pending after their due date, on the day {@code clock} says
   * it is.
   */
  public List<ActionItem> overdueActionItems(Clock clock) {
    return actionItems().stream().filter(item -> item.isOverdue(clock)).toList();
  }

  /**
   * Returns a file name for this postmortem, as teams keep them in git:
   * {@code 2024-03-14-openai-503s.md}; {@code undated-…} when there is no date.
   */
  public String suggestedFileName() {
    return FileNames.suggest(date(), title(), incidentId());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of {@code postmortem}, to change some of it. */
  public static Builder from(Postmortem postmortem) {
    return builder().from(postmortem);
  }

  /**
   * Normalises the zone, then checks the whole tree. A zone with fixed rules is kept as its
   * offset ({@code ZoneId.of("UTC")} becomes {@code ZoneOffset.UTC}): the two show every time the
   * same, and a format that states "All times UTC" could not tell them apart.
   */
  @Value.Check
  final Postmortem normalizeAndValidate() {
    if (zone() != null && !zone().normalized().equals(zone())) {
      return from(this).zone(zone().normalized()).build();
    }
    Violations out = Violations.root();
    out.inline("incidentId", incidentId());
    out.requiredInline("title", title());
    out.eachInline("tags", tags());
    out.eachInline("attributes", attributes());
    out.inline("owner", owner());
    out.eachInline("authors", authors());
    out.each("responders", responders(), Responder::check);
    out.requireSet("zone", zone());
    out.instant("startedAt", startedAt());
    out.instant("endedAt", endedAt());
    checkTimes(out);
    checkGroup(out, "summary", summary(), () -> summary().check(out.field("summary")));
    checkGroup(out, "impact", impact(), () -> impact().check(out.field("impact")));
    out.each("timeline", timeline(), TimelineEvent::check);
    checkGroup(out, "rootCause", rootCause(), () -> rootCause().check(out.field("rootCause")));
    checkGroup(out, "detection", detection(), () -> detection().check(out.field("detection")));
    out.eachInline("whatWentWell", whatWentWell());
    out.eachInline("whatWentPoorly", whatWentPoorly());
    out.eachInline("whereWeGotLucky", whereWeGotLucky());
    checkGroup(out, "resolution", resolution(), () -> resolution().check(out.field("resolution")));
    out.each("actionItems", actionItems(), ActionItem::check);
    out.each("preventionMeasures", preventionMeasures(), PreventionMeasure::check);
    checkGroup(out, "lessons", lessons(), () -> lessons().check(out.field("lessons")));
    out.each("evidence", evidence(), Evidence::check);
    out.each("communications", communications(), Communication::check);
    checkGroup(out, "appendix", appendix(), () -> appendix().check(out.field("appendix")));
    checkGroup(out, "review", review(), () -> review().check(out.field("review")));
    out.each("customSections", customSections(), CustomSection::check);
    out.throwIfAny("Postmortem");
    return this;
  }

  private void checkTimes(Violations out) {
    if (startedAt().isPresent() && endedAt().isPresent()
        && endedAt().get().isBefore(startedAt().get())) {
      out.add("endedAt", "must not be before startedAt, but endedAt is " + endedAt().get()
          + " and startedAt is " + startedAt().get());
    }
  }

  private static void checkGroup(Violations out, String name, Object group, Runnable check) {
    if (group == null) {
      out.add(name, "is required (leave it unset for an empty section)");
    } else {
      check.run();
    }
  }

  /**
   * Builds a {@link Postmortem}. Besides the setters for built values, it takes nested values as
   * lambdas over their builders; those are checked with the postmortem, so that one
   * {@link InvalidPostmortemException} lists every violation of the whole tree with full paths:
   *
   * <pre>{@code
   * builder.addActionItem(a -> a.description("Cap worker pool").owner("@bob"))
   * }</pre>
   */
  public static class Builder extends ImmutablePostmortem.Builder {
    Builder() {}

    /** Sets the summary, built by {@code spec} from an empty one; returns {@code this}. */
    public Builder summary(Consumer<Summary.Builder> spec) {
      Summary.Builder builder = Summary.builder();
      spec.accept(builder);
      return summary(builder.buildUnchecked());
    }

    /** Sets the impact, built by {@code spec} from an empty one; returns {@code this}. */
    public Builder impact(Consumer<Impact.Builder> spec) {
      Impact.Builder builder = Impact.builder();
      spec.accept(builder);
      return impact(builder.buildUnchecked());
    }

    /** Sets the root cause, built by {@code spec} from an empty one; returns {@code this}. */
    public Builder rootCause(Consumer<RootCause.Builder> spec) {
      RootCause.Builder builder = RootCause.builder();
      spec.accept(builder);
      return rootCause(builder.buildUnchecked());
    }

    /** Sets the detection, built by {@code spec} from an empty one; returns {@code this}. */
    public Builder detection(Consumer<Detection.Builder> spec) {
      Detection.Builder builder = Detection.builder();
      spec.accept(builder);
      return detection(builder.buildUnchecked());
    }

    /** Sets the resolution, built by {@code spec} from an empty one; returns {@code this}. */
    public Builder resolution(Consumer<Resolution.Builder> spec) {
      Resolution.Builder builder = Resolution.builder();
      spec.accept(builder);
      return resolution(builder.buildUnchecked());
    }

    /** Sets the lessons, built by {@code spec} from empty ones; returns {@code this}. */
    public Builder lessons(Consumer<Lessons.Builder> spec) {
      Lessons.Builder builder = Lessons.builder();
      spec.accept(builder);
      return lessons(builder.buildUnchecked());
    }

    /** Sets the appendix, built by {@code spec} from an empty one; returns {@code this}. */
    public Builder appendix(Consumer<Appendix.Builder> spec) {
      Appendix.Builder builder = Appendix.builder();
      spec.accept(builder);
      return appendix(builder.buildUnchecked());
    }

    /** Sets review and approval, built by {@code spec} from empty; returns {@code this}. */
    public Builder review(Consumer<Review.Builder> spec) {
      Review.Builder builder = Review.builder();
      spec.accept(builder);
      return review(builder.buildUnchecked());
    }

    /** Adds a timeline event built by {@code spec}; returns {@code this}. */
    public Builder addEvent(Consumer<TimelineEvent.Builder> spec) {
      TimelineEvent.Builder builder = TimelineEvent.builder();
      spec.accept(builder);
      return addEvent(builder.buildUnchecked());
    }

    /** Adds an action item built by {@code spec}; returns {@code this}. */
    public Builder addActionItem(Consumer<ActionItem.Builder> spec) {
      ActionItem.Builder builder = ActionItem.builder();
      spec.accept(builder);
      return addActionItem(builder.buildUnchecked());
    }
  }
}
