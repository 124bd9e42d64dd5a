package dev.postmortem;

import dev.postmortem.internal.FileNames;
import dev.postmortem.internal.Nulls;
import dev.postmortem.internal.Specs;
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

  /** {@return the incident's identifier, such as {@code INC-2041}: inline text} */
  public abstract Optional<String> incidentId();

  /** {@return the title: inline text, the one required field} */
  public abstract String title();

  /** {@return the day of the incident} Times on this day are shown without their date. */
  public abstract Optional<LocalDate> date();

  /** {@return the tags, each inline text, in order} */
  public abstract List<String> tags();

  /**
   * {@return further metadata (team, region, …), in order; keys and values inline text, keys of at
   * most 10 000 characters}
   */
  public abstract Map<String, String> attributes();

  /** {@return how bad it was} */
  public abstract Optional<Severity> severity();

  /** {@return where the document stands (draft, in review, final)} */
  public abstract Optional<DocumentStatus> documentStatus();

  /** {@return where the incident stands (investigating, ongoing, mitigated, resolved)} */
  public abstract Optional<IncidentStatus> incidentStatus();

  /** {@return the owner, usually the incident commander ({@code @alice}): inline text} */
  public abstract Optional<String> owner();

  /** {@return the authors of the document, each inline text} */
  public abstract List<String> authors();

  /** {@return the people who responded, with their roles} */
  public abstract List<Responder> responders();

  /**
   * {@return the zone times are shown in; UTC unless set} Zones with fixed rules are normalised to
   * their offset, so {@code ZoneId.of("UTC")} and {@code ZoneId.of("Etc/GMT-2")} read back as
   * {@code ZoneOffset.UTC} and {@code +02:00}.
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * {@return when the incident began} Like every instant of the model, from
   * {@code -999999999-01-02T00:00:00Z} to {@code +999999999-12-30T23:59:59.999999999Z}.
   */
  public abstract Optional<Instant> startedAt();

  /** {@return when the incident ended; never before {@link #startedAt()}} */
  public abstract Optional<Instant> endedAt();

  /** {@return the summary: TL;DR and one-liners} */
  @Value.Default
  public Summary summary() {
    return Summary.empty();
  }

  /** {@return the impact} */
  @Value.Default
  public Impact impact() {
    return Impact.empty();
  }

  /** {@return the timeline, in the order given (which lint checks is chronological)} */
  public abstract List<TimelineEvent> timeline();

  /** {@return the root-cause analysis} */
  @Value.Default
  public RootCause rootCause() {
    return RootCause.empty();
  }

  /** {@return how the incident was detected} */
  @Value.Default
  public Detection detection() {
    return Detection.empty();
  }

  /** {@return what went well, each inline text} */
  public abstract List<String> whatWentWell();

  /** {@return what went poorly, each inline text} */
  public abstract List<String> whatWentPoorly();

  /** {@return where we got lucky, each inline text} */
  public abstract List<String> whereWeGotLucky();

  /** {@return the resolution and recovery} */
  @Value.Default
  public Resolution resolution() {
    return Resolution.empty();
  }

  /** {@return the action items, which also serve as the follow-up tracking table} */
  public abstract List<ActionItem> actionItems();

  /** {@return the prevention measures, by area} */
  public abstract List<PreventionMeasure> preventionMeasures();

  /** {@return the lessons learned} */
  @Value.Default
  public Lessons lessons() {
    return Lessons.empty();
  }

  /** {@return the supporting evidence} */
  public abstract List<Evidence> evidence();

  /** {@return the communication log, internal and external} */
  public abstract List<Communication> communications();

  /** {@return the appendix} */
  @Value.Default
  public Appendix appendix() {
    return Appendix.empty();
  }

  /** {@return review and approval} */
  @Value.Default
  public Review review() {
    return Review.empty();
  }

  /** {@return every other section, in order} */
  public abstract List<CustomSection> customSections();

  /** {@return how long the incident lasted, when both its start and end are known} */
  public Optional<Duration> duration() {
    return startedAt().flatMap(start -> endedAt().map(end -> Duration.between(start, end)));
  }

  /** {@return the milestones read from the timeline, and the times to reach them} */
  public Milestones milestones() {
    return Milestones.of(this);
  }

  /**
   * {@return the action items still pending after their due date, on the day {@code clock} says
   * it is}
   *
   * @param clock says what day it is; not null
   */
  public List<ActionItem> overdueActionItems(Clock clock) {
    Nulls.check(clock, "clock");
    return actionItems().stream().filter(item -> item.isOverdue(clock)).toList();
  }

  /**
   * {@return a file name for this postmortem, as teams keep them in git:
   * {@code 2024-03-14-openai-503s.md}; {@code undated-…} when there is no date}
   */
  public String suggestedFileName() {
    return FileNames.suggest(date(), title(), incidentId());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the whole tree: every nested value is checked here, with its path from the root. */
  void check(Violations out) {
    out.inline("incidentId", incidentId());
    out.requiredInline("title", title());
    out.eachInline("tags", tags());
    out.eachInline("attributes", attributes());
    out.inline("owner", owner());
    out.eachInline("authors", authors());
    out.each("responders", responders(), Responder::check);
    out.instant("startedAt", startedAt());
    out.instant("endedAt", endedAt());
    checkTimes(out);
    summary().check(out.field("summary"));
    impact().check(out.field("impact"));
    out.each("timeline", timeline(), TimelineEvent::check);
    rootCause().check(out.field("rootCause"));
    detection().check(out.field("detection"));
    out.eachInline("whatWentWell", whatWentWell());
    out.eachInline("whatWentPoorly", whatWentPoorly());
    out.eachInline("whereWeGotLucky", whereWeGotLucky());
    resolution().check(out.field("resolution"));
    out.each("actionItems", actionItems(), ActionItem::check);
    out.each("preventionMeasures", preventionMeasures(), PreventionMeasure::check);
    lessons().check(out.field("lessons"));
    out.each("evidence", evidence(), Evidence::check);
    out.each("communications", communications(), Communication::check);
    appendix().check(out.field("appendix"));
    review().check(out.field("review"));
    out.each("customSections", customSections(), CustomSection::check);
  }

  private void checkTimes(Violations out) {
    if (startedAt().isPresent() && endedAt().isPresent()
        && endedAt().get().isBefore(startedAt().get())) {
      out.add("endedAt", "must not be before startedAt, but endedAt is " + endedAt().get()
          + " and startedAt is " + startedAt().get());
    }
  }

  /**
   * Builds a {@link Postmortem}. Each list has three methods: {@code addTag(tag)} adds one,
   * {@code addTags(tags...)} adds several, {@code tags(iterable)} replaces them all (the
   * timeline's are {@code addEvent}, {@code addEvents} and {@code timeline}). Besides the setters
   * for built values, it and the builders of the nested values take each nested value as a lambda
   * over its builder; those are checked with the postmortem, at any depth, so that one
   * {@link InvalidPostmortemException} lists every violation of the whole tree with full paths:
   *
   * <pre>{@code
   * builder.addActionItem(a -> a.description("Cap worker pool").owner("@bob"))
   *     .impact(i -> i.addCost(c -> c.kind(CostKind.REFUND).amount(refunds).currency(eur)))
   * }</pre>
   *
   * <p>A nested value built on its own, such as {@code CostItem.of(…)}, is checked when it is
   * built, with paths from itself ({@code amount}, not {@code impact.costs[0].amount}).
   */
  public static final class Builder {
    // The builder Immutables generates, behind this documented face that checks nulls.
    private final ImmutablePostmortem.Generated fields = new ImmutablePostmortem.Generated();

    Builder() {}

    /**
     * Sets every field to the value it has in {@code instance}, to change some of them.
     *
     * @param instance the value to copy; not null
     * @return this builder
     */
    public Builder from(Postmortem instance) {
      fields.from(Nulls.check(instance, "instance"));
      return this;
    }

    /**
     * Sets the incident's identifier, such as {@code INC-2041}: inline text.
     *
     * @param incidentId the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder incidentId(String incidentId) {
      fields.incidentId(Nulls.check(incidentId, "incidentId"));
      return this;
    }

    /**
     * Sets the incident's identifier, such as {@code INC-2041}: inline text, or leaves it unset
     * when {@code incidentId} is empty.
     *
     * @param incidentId the value, or empty for none; not null
     * @return this builder
     */
    public Builder incidentId(Optional<String> incidentId) {
      fields.incidentId(Nulls.check(incidentId, "incidentId"));
      return this;
    }

    /**
     * Sets the title: inline text, the one required field.
     *
     * @param title the value; not null
     * @return this builder
     */
    public Builder title(String title) {
      fields.title(Nulls.check(title, "title"));
      return this;
    }

    /**
     * Sets the day of the incident.
     *
     * @param date the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder date(LocalDate date) {
      fields.date(Nulls.check(date, "date"));
      return this;
    }

    /**
     * Sets the day of the incident, or leaves it unset when {@code date} is empty.
     *
     * @param date the value, or empty for none; not null
     * @return this builder
     */
    public Builder date(Optional<? extends LocalDate> date) {
      fields.date(Nulls.check(date, "date"));
      return this;
    }

    /**
     * Adds {@code tag} at the end of {@link Postmortem#tags()}, which holds the tags, each inline
     * text, in order.
     *
     * @param tag the value to add; not null
     * @return this builder
     */
    public Builder addTag(String tag) {
      fields.addTag(Nulls.check(tag, "tag"));
      return this;
    }

    /**
     * Adds {@code tags}, in order, at the end of {@link Postmortem#tags()}, which holds the tags,
     * each inline text, in order.
     *
     * @param tags the values; not null, nor any of them
     * @return this builder
     */
    public Builder addTags(String... tags) {
      fields.addAllTags(Nulls.elements(tags, "tags"));
      return this;
    }

    /**
     * Sets {@link Postmortem#tags()} to {@code tags}, in order, in place of what it held; it holds
     * the tags, each inline text, in order.
     *
     * @param tags the values; not null, nor any of them
     * @return this builder
     */
    public Builder tags(Iterable<String> tags) {
      fields.tags(Nulls.elements(tags, "tags"));
      return this;
    }

    /**
     * Puts {@code key} and {@code value} into {@link Postmortem#attributes()}, in place of the
     * value of an equal key; it holds further metadata (team, region, …), in order; keys and
     * values inline text, keys of at most 10 000 characters.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return this builder
     */
    public Builder putAttribute(String key, String value) {
      fields.putAttribute(Nulls.check(key, "key"), Nulls.check(value, "value"));
      return this;
    }

    /**
     * Puts {@code entry} into {@link Postmortem#attributes()}, in place of the value of an equal
     * key; it holds further metadata (team, region, …), in order; keys and values inline text,
     * keys of at most 10 000 characters.
     *
     * @param entry the entry; not null, nor its key or value
     * @return this builder
     */
    public Builder putAttribute(Map.Entry<String, ? extends String> entry) {
      fields.putAttribute(Nulls.entry(entry, "entry"));
      return this;
    }

    /**
     * Sets {@link Postmortem#attributes()} to the entries of {@code entries}, in their order, in
     * place of what it held; it holds further metadata (team, region, …), in order; keys and
     * values inline text, keys of at most 10 000 characters.
     *
     * @param entries the entries; not null, nor any key or value
     * @return this builder
     */
    public Builder attributes(Map<String, ? extends String> entries) {
      fields.attributes(Nulls.entries(entries, "entries"));
      return this;
    }

    /**
     * Puts the entries of {@code entries}, in their order, into {@link Postmortem#attributes()},
     * in place of the values of equal keys; it holds further metadata (team, region, …), in order;
     * keys and values inline text, keys of at most 10 000 characters.
     *
     * @param entries the entries; not null, nor any key or value
     * @return this builder
     */
    public Builder putAllAttributes(Map<String, ? extends String> entries) {
      fields.putAllAttributes(Nulls.entries(entries, "entries"));
      return this;
    }

    /**
     * Sets how bad it was.
     *
     * @param severity the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder severity(Severity severity) {
      fields.severity(Nulls.check(severity, "severity"));
      return this;
    }

    /**
     * Sets how bad it was, or leaves it unset when {@code severity} is empty.
     *
     * @param severity the value, or empty for none; not null
     * @return this builder
     */
    public Builder severity(Optional<? extends Severity> severity) {
      fields.severity(Nulls.check(severity, "severity"));
      return this;
    }

    /**
     * Sets where the document stands (draft, in review, final).
     *
     * @param documentStatus the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder documentStatus(DocumentStatus documentStatus) {
      fields.documentStatus(Nulls.check(documentStatus, "documentStatus"));
      return this;
    }

    /**
     * Sets where the document stands (draft, in review, final), or leaves it unset when {@code
     * documentStatus} is empty.
     *
     * @param documentStatus the value, or empty for none; not null
     * @return this builder
     */
    public Builder documentStatus(Optional<? extends DocumentStatus> documentStatus) {
      fields.documentStatus(Nulls.check(documentStatus, "documentStatus"));
      return this;
    }

    /**
     * Sets where the incident stands (investigating, ongoing, mitigated, resolved).
     *
     * @param incidentStatus the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder incidentStatus(IncidentStatus incidentStatus) {
      fields.incidentStatus(Nulls.check(incidentStatus, "incidentStatus"));
      return this;
    }

    /**
     * Sets where the incident stands (investigating, ongoing, mitigated, resolved), or leaves it
     * unset when {@code incidentStatus} is empty.
     *
     * @param incidentStatus the value, or empty for none; not null
     * @return this builder
     */
    public Builder incidentStatus(Optional<? extends IncidentStatus> incidentStatus) {
      fields.incidentStatus(Nulls.check(incidentStatus, "incidentStatus"));
      return this;
    }

    /**
     * Sets the owner, usually the incident commander ({@code @alice}): inline text.
     *
     * @param owner the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder owner(String owner) {
      fields.owner(Nulls.check(owner, "owner"));
      return this;
    }

    /**
     * Sets the owner, usually the incident commander ({@code @alice}): inline text, or leaves it
     * unset when {@code owner} is empty.
     *
     * @param owner the value, or empty for none; not null
     * @return this builder
     */
    public Builder owner(Optional<String> owner) {
      fields.owner(Nulls.check(owner, "owner"));
      return this;
    }

    /**
     * Adds {@code author} at the end of {@link Postmortem#authors()}, which holds the authors of
     * the document, each inline text.
     *
     * @param author the value to add; not null
     * @return this builder
     */
    public Builder addAuthor(String author) {
      fields.addAuthor(Nulls.check(author, "author"));
      return this;
    }

    /**
     * Adds {@code authors}, in order, at the end of {@link Postmortem#authors()}, which holds the
     * authors of the document, each inline text.
     *
     * @param authors the values; not null, nor any of them
     * @return this builder
     */
    public Builder addAuthors(String... authors) {
      fields.addAllAuthors(Nulls.elements(authors, "authors"));
      return this;
    }

    /**
     * Sets {@link Postmortem#authors()} to {@code authors}, in order, in place of what it held; it
     * holds the authors of the document, each inline text.
     *
     * @param authors the values; not null, nor any of them
     * @return this builder
     */
    public Builder authors(Iterable<String> authors) {
      fields.authors(Nulls.elements(authors, "authors"));
      return this;
    }

    /**
     * Adds {@code responder} at the end of {@link Postmortem#responders()}, which holds the people
     * who responded, with their roles.
     *
     * @param responder the value to add; not null
     * @return this builder
     */
    public Builder addResponder(Responder responder) {
      fields.addResponder(Nulls.check(responder, "responder"));
      return this;
    }

    /**
     * Adds a responder built by {@code spec} at the end of {@link Postmortem#responders()}. It is
     * checked with the postmortem, so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Responder.Builder} it is given; not null
     * @return this builder
     */
    public Builder addResponder(Consumer<Responder.Builder> spec) {
      return addResponder(Specs.applied(spec, Responder.builder()).buildUnchecked());
    }

    /**
     * Adds {@code responders}, in order, at the end of {@link Postmortem#responders()}, which
     * holds the people who responded, with their roles.
     *
     * @param responders the values; not null, nor any of them
     * @return this builder
     */
    public Builder addResponders(Responder... responders) {
      fields.addAllResponders(Nulls.elements(responders, "responders"));
      return this;
    }

    /**
     * Sets {@link Postmortem#responders()} to {@code responders}, in order, in place of what it
     * held; it holds the people who responded, with their roles.
     *
     * @param responders the values; not null, nor any of them
     * @return this builder
     */
    public Builder responders(Iterable<? extends Responder> responders) {
      fields.responders(Nulls.elements(responders, "responders"));
      return this;
    }

    /**
     * Sets the zone times are shown in; UTC unless set. Unset, it is the default {@link
     * Postmortem#zone()} documents. A zone with fixed rules is kept as its offset.
     *
     * @param zone the value; not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      // ZoneId.of("UTC") and ZoneOffset.UTC show every time the same, and a format that states
      // "All times UTC" could not tell them apart: keeping the offset makes them one value.
      fields.zone(Nulls.check(zone, "zone").normalized());
      return this;
    }

    /**
     * Sets when the incident began.
     *
     * @param startedAt the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder startedAt(Instant startedAt) {
      fields.startedAt(Nulls.check(startedAt, "startedAt"));
      return this;
    }

    /**
     * Sets when the incident began, or leaves it unset when {@code startedAt} is empty.
     *
     * @param startedAt the value, or empty for none; not null
     * @return this builder
     */
    public Builder startedAt(Optional<? extends Instant> startedAt) {
      fields.startedAt(Nulls.check(startedAt, "startedAt"));
      return this;
    }

    /**
     * Sets when the incident ended; never before {@link #startedAt()}.
     *
     * @param endedAt the value; not null (to unset it, pass {@code Optional.empty()})
     * @return this builder
     */
    public Builder endedAt(Instant endedAt) {
      fields.endedAt(Nulls.check(endedAt, "endedAt"));
      return this;
    }

    /**
     * Sets when the incident ended; never before {@link #startedAt()}, or leaves it unset when
     * {@code endedAt} is empty.
     *
     * @param endedAt the value, or empty for none; not null
     * @return this builder
     */
    public Builder endedAt(Optional<? extends Instant> endedAt) {
      fields.endedAt(Nulls.check(endedAt, "endedAt"));
      return this;
    }

    /**
     * Sets the summary: TL;DR and one-liners. Unset, it is the default {@link
     * Postmortem#summary()} documents.
     *
     * @param summary the value; not null
     * @return this builder
     */
    public Builder summary(Summary summary) {
      fields.summary(Nulls.check(summary, "summary"));
      return this;
    }

    /**
     * Sets the impact. Unset, it is the default {@link Postmortem#impact()} documents.
     *
     * @param impact the value; not null
     * @return this builder
     */
    public Builder impact(Impact impact) {
      fields.impact(Nulls.check(impact, "impact"));
      return this;
    }

    /**
     * Adds {@code event} at the end of {@link Postmortem#timeline()}, which holds the timeline, in
     * the order given (which lint checks is chronological).
     *
     * @param event the value to add; not null
     * @return this builder
     */
    public Builder addEvent(TimelineEvent event) {
      fields.addEvent(Nulls.check(event, "event"));
      return this;
    }

    /**
     * Adds {@code events}, in order, at the end of {@link Postmortem#timeline()}, which holds
     * the timeline, in the order given (which lint checks is chronological).
     *
     * @param events the values; not null, nor any of them
     * @return this builder
     */
    public Builder addEvents(TimelineEvent... events) {
      fields.addAllTimeline(Nulls.elements(events, "events"));
      return this;
    }

    /**
     * Sets {@link Postmortem#timeline()} to {@code timeline}, in order, in place of what it held;
     * it holds the timeline, in the order given (which lint checks is chronological).
     *
     * @param timeline the values; not null, nor any of them
     * @return this builder
     */
    public Builder timeline(Iterable<? extends TimelineEvent> timeline) {
      fields.timeline(Nulls.elements(timeline, "timeline"));
      return this;
    }

    /**
     * Sets the root-cause analysis. Unset, it is the default {@link Postmortem#rootCause()}
     * documents.
     *
     * @param rootCause the value; not null
     * @return this builder
     */
    public Builder rootCause(RootCause rootCause) {
      fields.rootCause(Nulls.check(rootCause, "rootCause"));
      return this;
    }

    /**
     * Sets how the incident was detected. Unset, it is the default {@link Postmortem#detection()}
     * documents.
     *
     * @param detection the value; not null
     * @return this builder
     */
    public Builder detection(Detection detection) {
      fields.detection(Nulls.check(detection, "detection"));
      return this;
    }

    /**
     * Adds {@code whatWentWell} at the end of {@link Postmortem#whatWentWell()}, which holds what
     * went well, each inline text.
     *
     * @param whatWentWell the value to add; not null
     * @return this builder
     */
    public Builder addWhatWentWell(String whatWentWell) {
      fields.addWhatWentWell(Nulls.check(whatWentWell, "whatWentWell"));
      return this;
    }

    /**
     * Adds {@code whatWentWell}, in order, at the end of {@link Postmortem#whatWentWell()}, which
     * holds what went well, each inline text.
     *
     * @param whatWentWell the values; not null, nor any of them
     * @return this builder
     */
    public Builder addWhatWentWell(String... whatWentWell) {
      fields.addAllWhatWentWell(Nulls.elements(whatWentWell, "whatWentWell"));
      return this;
    }

    /**
     * Sets {@link Postmortem#whatWentWell()} to {@code whatWentWell}, in order, in place of what
     * it held; it holds what went well, each inline text.
     *
     * @param whatWentWell the values; not null, nor any of them
     * @return this builder
     */
    public Builder whatWentWell(Iterable<String> whatWentWell) {
      fields.whatWentWell(Nulls.elements(whatWentWell, "whatWentWell"));
      return this;
    }

    /**
     * Adds {@code whatWentPoorly} at the end of {@link Postmortem#whatWentPoorly()}, which holds
     * what went poorly, each inline text.
     *
     * @param whatWentPoorly the value to add; not null
     * @return this builder
     */
    public Builder addWhatWentPoorly(String whatWentPoorly) {
      fields.addWhatWentPoorly(Nulls.check(whatWentPoorly, "whatWentPoorly"));
      return this;
    }

    /**
     * Adds {@code whatWentPoorly}, in order, at the end of {@link Postmortem#whatWentPoorly()},
     * which holds what went poorly, each inline text.
     *
     * @param whatWentPoorly the values; not null, nor any of them
     * @return this builder
     */
    public Builder addWhatWentPoorly(String... whatWentPoorly) {
      fields.addAllWhatWentPoorly(Nulls.elements(whatWentPoorly, "whatWentPoorly"));
      return this;
    }

    /**
     * Sets {@link Postmortem#whatWentPoorly()} to {@code whatWentPoorly}, in order, in place of
     * what it held; it holds what went poorly, each inline text.
     *
     * @param whatWentPoorly the values; not null, nor any of them
     * @return this builder
     */
    public Builder whatWentPoorly(Iterable<String> whatWentPoorly) {
      fields.whatWentPoorly(Nulls.elements(whatWentPoorly, "whatWentPoorly"));
      return this;
    }

    /**
     * Adds {@code whereWeGotLucky} at the end of {@link Postmortem#whereWeGotLucky()}, which holds
     * where we got lucky, each inline text.
     *
     * @param whereWeGotLucky the value to add; not null
     * @return this builder
     */
    public Builder addWhereWeGotLucky(String whereWeGotLucky) {
      fields.addWhereWeGotLucky(Nulls.check(whereWeGotLucky, "whereWeGotLucky"));
      return this;
    }

    /**
     * Adds {@code whereWeGotLucky}, in order, at the end of {@link Postmortem#whereWeGotLucky()},
     * which holds where we got lucky, each inline text.
     *
     * @param whereWeGotLucky the values; not null, nor any of them
     * @return this builder
     */
    public Builder addWhereWeGotLucky(String... whereWeGotLucky) {
      fields.addAllWhereWeGotLucky(Nulls.elements(whereWeGotLucky, "whereWeGotLucky"));
      return this;
    }

    /**
     * Sets {@link Postmortem#whereWeGotLucky()} to {@code whereWeGotLucky}, in order, in place of
     * what it held; it holds where we got lucky, each inline text.
     *
     * @param whereWeGotLucky the values; not null, nor any of them
     * @return this builder
     */
    public Builder whereWeGotLucky(Iterable<String> whereWeGotLucky) {
      fields.whereWeGotLucky(Nulls.elements(whereWeGotLucky, "whereWeGotLucky"));
      return this;
    }

    /**
     * Sets the resolution and recovery. Unset, it is the default {@link Postmortem#resolution()}
     * documents.
     *
     * @param resolution the value; not null
     * @return this builder
     */
    public Builder resolution(Resolution resolution) {
      fields.resolution(Nulls.check(resolution, "resolution"));
      return this;
    }

    /**
     * Adds {@code actionItem} at the end of {@link Postmortem#actionItems()}, which holds the
     * action items, which also serve as the follow-up tracking table.
     *
     * @param actionItem the value to add; not null
     * @return this builder
     */
    public Builder addActionItem(ActionItem actionItem) {
      fields.addActionItem(Nulls.check(actionItem, "actionItem"));
      return this;
    }

    /**
     * Adds {@code actionItems}, in order, at the end of {@link Postmortem#actionItems()}, which
     * holds the action items, which also serve as the follow-up tracking table.
     *
     * @param actionItems the values; not null, nor any of them
     * @return this builder
     */
    public Builder addActionItems(ActionItem... actionItems) {
      fields.addAllActionItems(Nulls.elements(actionItems, "actionItems"));
      return this;
    }

    /**
     * Sets {@link Postmortem#actionItems()} to {@code actionItems}, in order, in place of what it
     * held; it holds the action items, which also serve as the follow-up tracking table.
     *
     * @param actionItems the values; not null, nor any of them
     * @return this builder
     */
    public Builder actionItems(Iterable<? extends ActionItem> actionItems) {
      fields.actionItems(Nulls.elements(actionItems, "actionItems"));
      return this;
    }

    /**
     * Adds {@code preventionMeasure} at the end of {@link Postmortem#preventionMeasures()}, which
     * holds the prevention measures, by area.
     *
     * @param preventionMeasure the value to add; not null
     * @return this builder
     */
    public Builder addPreventionMeasure(PreventionMeasure preventionMeasure) {
      fields.addPreventionMeasure(Nulls.check(preventionMeasure, "preventionMeasure"));
      return this;
    }

    /**
     * Adds a prevention measure built by {@code spec} at the end of {@link
     * Postmortem#preventionMeasures()}. It is checked with the postmortem, so that its violations
     * are reported with their full paths.
     *
     * @param spec sets the fields of the {@link PreventionMeasure.Builder} it is given; not null
     * @return this builder
     */
    public Builder addPreventionMeasure(Consumer<PreventionMeasure.Builder> spec) {
      return addPreventionMeasure(
          Specs.applied(spec, PreventionMeasure.builder()).buildUnchecked());
    }

    /**
     * Adds {@code preventionMeasures}, in order, at the end of {@link
     * Postmortem#preventionMeasures()}, which holds the prevention measures, by area.
     *
     * @param preventionMeasures the values; not null, nor any of them
     * @return this builder
     */
    public Builder addPreventionMeasures(PreventionMeasure... preventionMeasures) {
      fields.addAllPreventionMeasures(Nulls.elements(preventionMeasures, "preventionMeasures"));
      return this;
    }

    /**
     * Sets {@link Postmortem#preventionMeasures()} to {@code preventionMeasures}, in order, in
     * place of what it held; it holds the prevention measures, by area.
     *
     * @param preventionMeasures the values; not null, nor any of them
     * @return this builder
     */
    public Builder preventionMeasures(Iterable<? extends PreventionMeasure> preventionMeasures) {
      fields.preventionMeasures(Nulls.elements(preventionMeasures, "preventionMeasures"));
      return this;
    }

    /**
     * Sets the lessons learned. Unset, it is the default {@link Postmortem#lessons()} documents.
     *
     * @param lessons the value; not null
     * @return this builder
     */
    public Builder lessons(Lessons lessons) {
      fields.lessons(Nulls.check(lessons, "lessons"));
      return this;
    }

    /**
     * Adds {@code evidence} at the end of {@link Postmortem#evidence()}, which holds the
     * supporting evidence.
     *
     * @param evidence the value to add; not null
     * @return this builder
     */
    public Builder addEvidence(Evidence evidence) {
      fields.addEvidence(Nulls.check(evidence, "evidence"));
      return this;
    }

    /**
     * Adds a piece of evidence built by {@code spec} at the end of {@link Postmortem#evidence()}.
     * It is checked with the postmortem, so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Evidence.Builder} it is given; not null
     * @return this builder
     */
    public Builder addEvidence(Consumer<Evidence.Builder> spec) {
      return addEvidence(Specs.applied(spec, Evidence.builder()).buildUnchecked());
    }

    /**
     * Adds {@code evidence}, in order, at the end of {@link Postmortem#evidence()}, which holds
     * the supporting evidence.
     *
     * @param evidence the values; not null, nor any of them
     * @return this builder
     */
    public Builder addEvidence(Evidence... evidence) {
      fields.addAllEvidence(Nulls.elements(evidence, "evidence"));
      return this;
    }

    /**
     * Sets {@link Postmortem#evidence()} to {@code evidence}, in order, in place of what it held;
     * it holds the supporting evidence.
     *
     * @param evidence the values; not null, nor any of them
     * @return this builder
     */
    public Builder evidence(Iterable<? extends Evidence> evidence) {
      fields.evidence(Nulls.elements(evidence, "evidence"));
      return this;
    }

    /**
     * Adds {@code communication} at the end of {@link Postmortem#communications()}, which holds
     * the communication log, internal and external.
     *
     * @param communication the value to add; not null
     * @return this builder
     */
    public Builder addCommunication(Communication communication) {
      fields.addCommunication(Nulls.check(communication, "communication"));
      return this;
    }

    /**
     * Adds a communication built by {@code spec} at the end of {@link Postmortem#communications()}.
     * It is checked with the postmortem, so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Communication.Builder} it is given; not null
     * @return this builder
     */
    public Builder addCommunication(Consumer<Communication.Builder> spec) {
      return addCommunication(Specs.applied(spec, Communication.builder()).buildUnchecked());
    }

    /**
     * Adds {@code communications}, in order, at the end of {@link Postmortem#communications()},
     * which holds the communication log, internal and external.
     *
     * @param communications the values; not null, nor any of them
     * @return this builder
     */
    public Builder addCommunications(Communication... communications) {
      fields.addAllCommunications(Nulls.elements(communications, "communications"));
      return this;
    }

    /**
     * Sets {@link Postmortem#communications()} to {@code communications}, in order, in place of
     * what it held; it holds the communication log, internal and external.
     *
     * @param communications the values; not null, nor any of them
     * @return this builder
     */
    public Builder communications(Iterable<? extends Communication> communications) {
      fields.communications(Nulls.elements(communications, "communications"));
      return this;
    }

    /**
     * Sets the appendix. Unset, it is the default {@link Postmortem#appendix()} documents.
     *
     * @param appendix the value; not null
     * @return this builder
     */
    public Builder appendix(Appendix appendix) {
      fields.appendix(Nulls.check(appendix, "appendix"));
      return this;
    }

    /**
     * Sets review and approval. Unset, it is the default {@link Postmortem#review()} documents.
     *
     * @param review the value; not null
     * @return this builder
     */
    public Builder review(Review review) {
      fields.review(Nulls.check(review, "review"));
      return this;
    }

    /**
     * Adds {@code customSection} at the end of {@link Postmortem#customSections()}, which holds
     * every other section, in order.
     *
     * @param customSection the value to add; not null
     * @return this builder
     */
    public Builder addCustomSection(CustomSection customSection) {
      fields.addCustomSection(Nulls.check(customSection, "customSection"));
      return this;
    }

    /**
     * Adds a custom section built by {@code spec} at the end of {@link
     * Postmortem#customSections()}. It is checked with the postmortem, so that its violations are
     * reported with their full paths.
     *
     * @param spec sets the fields of the {@link CustomSection.Builder} it is given; not null
     * @return this builder
     */
    public Builder addCustomSection(Consumer<CustomSection.Builder> spec) {
      return addCustomSection(Specs.applied(spec, CustomSection.builder()).buildUnchecked());
    }

    /**
     * Adds {@code customSections}, in order, at the end of {@link Postmortem#customSections()},
     * which holds every other section, in order.
     *
     * @param customSections the values; not null, nor any of them
     * @return this builder
     */
    public Builder addCustomSections(CustomSection... customSections) {
      fields.addAllCustomSections(Nulls.elements(customSections, "customSections"));
      return this;
    }

    /**
     * Sets {@link Postmortem#customSections()} to {@code customSections}, in order, in place of
     * what it held; it holds every other section, in order.
     *
     * @param customSections the values; not null, nor any of them
     * @return this builder
     */
    public Builder customSections(Iterable<? extends CustomSection> customSections) {
      fields.customSections(Nulls.elements(customSections, "customSections"));
      return this;
    }

    /**
     * Sets the summary, built by {@code spec} from an empty one. It is checked with the postmortem,
     * so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Summary.Builder} it is given; not null
     * @return this builder
     */
    public Builder summary(Consumer<Summary.Builder> spec) {
      return summary(Specs.applied(spec, Summary.builder()).buildUnchecked());
    }

    /**
     * Sets the impact, built by {@code spec} from an empty one. It is checked with the postmortem,
     * so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Impact.Builder} it is given; not null
     * @return this builder
     */
    public Builder impact(Consumer<Impact.Builder> spec) {
      return impact(Specs.applied(spec, Impact.builder()).buildUnchecked());
    }

    /**
     * Sets the root cause, built by {@code spec} from an empty one. It is checked with the
     * postmortem, so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link RootCause.Builder} it is given; not null
     * @return this builder
     */
    public Builder rootCause(Consumer<RootCause.Builder> spec) {
      return rootCause(Specs.applied(spec, RootCause.builder()).buildUnchecked());
    }

    /**
     * Sets the detection, built by {@code spec} from an empty one. It is checked with the
     * postmortem, so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Detection.Builder} it is given; not null
     * @return this builder
     */
    public Builder detection(Consumer<Detection.Builder> spec) {
      return detection(Specs.applied(spec, Detection.builder()).buildUnchecked());
    }

    /**
     * Sets the resolution, built by {@code spec} from an empty one. It is checked with the
     * postmortem, so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Resolution.Builder} it is given; not null
     * @return this builder
     */
    public Builder resolution(Consumer<Resolution.Builder> spec) {
      return resolution(Specs.applied(spec, Resolution.builder()).buildUnchecked());
    }

    /**
     * Sets the lessons, built by {@code spec} from empty ones. It is checked with the postmortem,
     * so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Lessons.Builder} it is given; not null
     * @return this builder
     */
    public Builder lessons(Consumer<Lessons.Builder> spec) {
      return lessons(Specs.applied(spec, Lessons.builder()).buildUnchecked());
    }

    /**
     * Sets the appendix, built by {@code spec} from an empty one. It is checked with the
     * postmortem, so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Appendix.Builder} it is given; not null
     * @return this builder
     */
    public Builder appendix(Consumer<Appendix.Builder> spec) {
      return appendix(Specs.applied(spec, Appendix.builder()).buildUnchecked());
    }

    /**
     * Sets review and approval, built by {@code spec} from empty. It is checked with the
     * postmortem, so that its violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link Review.Builder} it is given; not null
     * @return this builder
     */
    public Builder review(Consumer<Review.Builder> spec) {
      return review(Specs.applied(spec, Review.builder()).buildUnchecked());
    }

    /**
     * Adds a timeline event built by {@code spec}. It is checked with the postmortem, so that its
     * violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link TimelineEvent.Builder} it is given; not null
     * @return this builder
     */
    public Builder addEvent(Consumer<TimelineEvent.Builder> spec) {
      return addEvent(Specs.applied(spec, TimelineEvent.builder()).buildUnchecked());
    }

    /**
     * Adds an action item built by {@code spec}. It is checked with the postmortem, so that its
     * violations are reported with their full paths.
     *
     * @param spec sets the fields of the {@link ActionItem.Builder} it is given; not null
     * @return this builder
     */
    public Builder addActionItem(Consumer<ActionItem.Builder> spec) {
      return addActionItem(Specs.applied(spec, ActionItem.builder()).buildUnchecked());
    }

    /**
     * Builds the {@link Postmortem}.
     *
     * @return the value
     * @throws InvalidPostmortemException listing every rule it breaks
     */
    public Postmortem build() {
      return Violations.checked(fields.build(), "Postmortem", Postmortem::check);
    }
  }
}
