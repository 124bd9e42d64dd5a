package dev.postmortem.testing;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.ActionType;
import dev.postmortem.Audience;
import dev.postmortem.CodeChange;
import dev.postmortem.Communication;
import dev.postmortem.CostItem;
import dev.postmortem.CostKind;
import dev.postmortem.CustomSection;
import dev.postmortem.DetectionMethod;
import dev.postmortem.DocumentStatus;
import dev.postmortem.EventKind;
import dev.postmortem.Evidence;
import dev.postmortem.EvidenceCategory;
import dev.postmortem.Horizon;
import dev.postmortem.Impact;
import dev.postmortem.ImpactMetric;
import dev.postmortem.IncidentStatus;
import dev.postmortem.PastIncident;
import dev.postmortem.Postmortem;
import dev.postmortem.PreventionArea;
import dev.postmortem.PreventionMeasure;
import dev.postmortem.Priority;
import dev.postmortem.ResolutionAction;
import dev.postmortem.Responder;
import dev.postmortem.ReviewMeeting;
import dev.postmortem.Severity;
import dev.postmortem.Signoff;
import dev.postmortem.TimelineEvent;
import dev.postmortem.Topic;
import dev.postmortem.testing.internal.BlockGrammar;
import dev.postmortem.testing.internal.TextSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Makes valid postmortems for tests: seeded, so the same seed always gives equal values, of a
 * chosen size and {@link Flavour}. Every value it returns was made through the builders, so it
 * passes the model's invariants. It depends on no test framework; wrap it in whatever yours is.
 *
 * <pre>{@code
 * PostmortemGenerator generator = PostmortemGenerator.create(42);
 * Postmortem fixture = generator.realistic();
 * Postmortem nasty = generator.generate(Flavour.ADVERSARIAL, 20, 5);
 * }</pre>
 *
 * <p>A generator is not thread-safe: give each thread its own. Values are drawn from the
 * {@link RandomGenerator} in a fixed order, so a source that returns smaller numbers (as a
 * shrinking property-test framework does) gives simpler postmortems: fewer events, more empty
 * fields, plainer text.
 */
public final class PostmortemGenerator {

  /** What kind of content to make. */
  public enum Flavour {
    /** Plausible incidents: words, times in order, links that look like links. */
    REALISTIC,
    /**
     * Valid but hostile values: every Markdown and HTML metacharacter, pipes and backslashes,
     * emoji, astral, right-to-left and zero-width characters, very long values and map keys,
     * block text from a grammar of CommonMark constructs, list items that look like thematic
     * breaks or link reference definitions, custom headings equal to known section names, every
     * zone (daylight saving, odd offsets), dates and times across the whole range the model
     * takes, nanosecond times out of order, custom scales with any rank, and many empty
     * optionals.
     */
    ADVERSARIAL
  }

  private static final List<String> PEOPLE =
      List.of("@alice", "@bob", "@chen", "@dana", "@emeka", "@farah", "@gus", "@hana");
  private static final List<String> ROLES =
      List.of("incident commander", "scribe", "liaison", "communications", "subject expert");
  private static final List<String> SERVICES =
      List.of("checkout-api", "payments", "auth", "search", "transcripts", "billing", "edge");
  private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
      ZoneId.of("America/St_Johns"), ZoneOffset.ofHoursMinutes(5, 45), ZoneId.of("UTC"));
  /** Every zone the JDK knows, sorted so that a seed picks the same one on every run. */
  private static final List<ZoneId> ALL_ZONES = ZoneId.getAvailableZoneIds().stream().sorted()
      .map(ZoneId::of).toList();
  /** Headings a Markdown reader knows as sections; a custom section may still be called so. */
  private static final List<String> KNOWN_HEADINGS = List.of("Summary", "TL;DR",
      "Executive Summary", "Impact", "IMPACT ASSESSMENT", "Timeline", "Root cause", "root causes",
      "Detection", "What went well", "What went wrong", "Where we got lucky", "Resolution",
      "Action items", "Prevention measures", "Lessons learned", "Supporting evidence",
      "Communication log", "Appendix", "Review and approval", "Responders", "Attributes",
      "Key points", "Trigger", "Contributing Factors", "How'd We Do?");
  /** The whole range of dates whose instants the model takes in every zone, with a margin. */
  private static final long FIRST_DAY = LocalDate.MIN.toEpochDay() + 100;
  private static final long LAST_DAY = LocalDate.MAX.toEpochDay() - 100;
  private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("USD"),
      Currency.getInstance("EUR"), Currency.getInstance("JPY"), Currency.getInstance("GBP"));
  private static final List<EventKind> STORY = List.of(EventKind.STARTED, EventKind.ALERTED,
      EventKind.ACKNOWLEDGED, EventKind.ESCALATED, EventKind.IDENTIFIED, EventKind.MITIGATED,
      EventKind.RESOLVED, EventKind.VERIFIED);

  private final RandomGenerator random;

  private PostmortemGenerator(RandomGenerator random) {
    this.random = random;
  }

  /**
   * {@return a generator whose values are fixed by {@code seed}}
   *
   * @param seed the seed
   */
  public static PostmortemGenerator create(long seed) {
    return new PostmortemGenerator(new SplittableRandom(seed));
  }

  /**
   * {@return a generator that draws from {@code random}}
   *
   * @param random the source of randomness; not null
   */
  public static PostmortemGenerator create(RandomGenerator random) {
    return new PostmortemGenerator(Objects.requireNonNull(random, "random must not be null"));
  }

  /** {@return a realistic postmortem of a random, modest size} */
  public Postmortem realistic() {
    return generate(Flavour.REALISTIC);
  }

  /** {@return an adversarial postmortem of a random, modest size} */
  public Postmortem adversarial() {
    return generate(Flavour.ADVERSARIAL);
  }

  /**
   * {@return a postmortem of this flavour with up to 12 events and up to 6 action items}
   *
   * @param flavour realistic or adversarial; not null
   */
  public Postmortem generate(Flavour flavour) {
    Objects.requireNonNull(flavour, "flavour must not be null");
    int events = random.nextInt(13);
    int actionItems = random.nextInt(7);
    return generate(flavour, events, actionItems);
  }

  /**
   * {@return a postmortem of this flavour and size}
   *
   * @param flavour realistic or adversarial; not null
   * @param events the number of timeline events
   * @param actionItems the number of action items
   * @throws IllegalArgumentException if a size is negative
   */
  public Postmortem generate(Flavour flavour, int events, int actionItems) {
    Objects.requireNonNull(flavour, "flavour must not be null");
    if (events < 0 || actionItems < 0) {
      throw new IllegalArgumentException(
          "sizes must not be negative, were events=" + events + ", actionItems=" + actionItems);
    }
    return new Draw(flavour).postmortem(events, actionItems);
  }

  /**
   * {@return one line of inline text of this flavour, as the model accepts it}
   *
   * @param flavour realistic or adversarial; not null
   */
  public String inlineText(Flavour flavour) {
    Objects.requireNonNull(flavour, "flavour must not be null");
    return new TextSource(random, flavour == Flavour.ADVERSARIAL).inline();
  }

  /**
   * {@return block text of this flavour, as the model accepts it}
   *
   * @param flavour realistic or adversarial; not null
   */
  public String blockText(Flavour flavour) {
    Objects.requireNonNull(flavour, "flavour must not be null");
    return new TextSource(random, flavour == Flavour.ADVERSARIAL).block();
  }

  /**
   * {@return CommonMark block source drawn from a grammar of the constructs that decide where
   * blocks end (containers, fences, the seven kinds of HTML block, setext underlines, Unicode
   * spaces), <em>not</em> checked against the model's rules: for differential tests of what the
   * model accepts against what a Markdown parser does}
   */
  public String markdownBlockSource() {
    return new BlockGrammar(random).text();
  }

  /** The state of drawing one postmortem. */
  private final class Draw {
    private final boolean adversarial;
    private final TextSource text;
    /** How often an optional field is filled: most of the time when realistic. */
    private final int fillPercent;

    Draw(Flavour flavour) {
      this.adversarial = flavour == Flavour.ADVERSARIAL;
      this.text = new TextSource(random, adversarial);
      this.fillPercent = adversarial ? 50 : 75;
    }

    Postmortem postmortem(int eventCount, int actionItemCount) {
      ZoneId zone = adversarial ? zone() : (chance(70) ? ZoneOffset.UTC : pick(ZONES));
      LocalDate date = date();
      Instant start = date.atTime(startTime()).atZone(zone).toInstant();
      List<TimelineEvent> timeline = timeline(start, eventCount);
      Instant lastEvent = timeline.stream().flatMap(e -> e.at().stream())
          .max(Instant::compareTo).orElse(start);
      Instant end = lastEvent.isAfter(start) ? lastEvent : start.plusSeconds(60L * (1 + random.nextInt(90)));

      Postmortem.Builder b = Postmortem.builder().title(title()).zone(zone);
      maybe(() -> "INC-" + (1000 + random.nextInt(9000)), b::incidentId);
      maybe(() -> date, b::date);
      b.tags(list(4, () -> adversarial ? text.inline() : pick(SERVICES)));
      int attributes = random.nextInt(3);
      for (int i = 0; i < attributes; i++) {
        b.putAttribute(adversarial ? key() : pick(List.of("team", "region", "service")) + i,
            text.inline());
      }
      maybe(this::severity, b::severity);
      maybe(() -> pick(List.of(DocumentStatus.values())), b::documentStatus);
      maybe(() -> pick(List.of(IncidentStatus.values())), b::incidentStatus);
      maybe(this::person, b::owner);
      b.authors(list(2, this::person));
      b.responders(list(3, () -> Responder.builder().name(person())
          .role(optional(() -> adversarial ? text.inline() : pick(ROLES))).build()));
      maybe(() -> start, b::startedAt);
      maybe(() -> end, b::endedAt);
      b.summary(s -> s.tldr(optional(text::block)).whatHappened(optional(text::inline))
          .impact(optional(text::inline)).rootCause(optional(text::inline))
          .resolution(optional(text::inline)));
      b.impact(this::impact);
      b.timeline(timeline);
      b.rootCause(r -> r.primaryCause(optional(text::block)).trigger(optional(text::inline))
          .technicalDetails(optional(text::block)).whySafeguardsFailed(optional(text::inline))
          .contributingFactors(list(3, this::topic)).fiveWhys(list(5, text::inline)));
      b.detection(d -> d.method(optional(() -> pick(List.of(DetectionMethod.values()))))
          .detail(optional(text::inline)).detectedBy(optional(this::person))
          .whyNotSooner(optional(text::inline)));
      b.whatWentWell(list(3, text::inline));
      b.whatWentPoorly(list(3, text::inline));
      b.whereWeGotLucky(list(2, text::inline));
      b.resolution(r -> r.immediateActions(list(3, () -> ResolutionAction.builder()
              .at(optional(() -> start.plusSeconds(random.nextInt(7200)))).title(text.inline())
              .result(optional(text::inline)).build()))
          .healthChecks(optional(text::inline)).dataConsistency(optional(text::inline))
          .performance(optional(text::inline)).userExperience(optional(text::inline)));
      for (int i = 0; i < actionItemCount; i++) {
        b.addActionItem(actionItem(date));
      }
      b.preventionMeasures(list(4, () -> PreventionMeasure.builder()
          .area(pick(List.of(PreventionArea.values()))).topic(text.inline())
          .detail(optional(text::inline)).build()));
      b.lessons(l -> l.takeaway(optional(text::block)).technicalLessons(list(3, this::topic))
          .processLessons(list(3, this::topic)).openQuestions(list(3, text::inline)));
      b.evidence(list(4, () -> Evidence.builder()
          .category(pick(List.of(EvidenceCategory.values()))).label(text.inline())
          .link(optional(text::link)).detail(optional(text::inline)).build()));
      b.communications(list(4, () -> Communication.builder()
          .audience(pick(List.of(Audience.values()))).subject(optional(text::inline))
          .channel(optional(text::inline)).at(optional(() -> instantNear(start)))
          .detail(text.inline()).build()));
      b.appendix(a -> {
        int flags = random.nextInt(3);
        for (int i = 0; i < flags; i++) {
          a.putFeatureFlag(adversarial ? key() : "ENABLE_" + text.word().toUpperCase() + i,
              adversarial ? text.inline() : String.valueOf(random.nextBoolean()));
        }
        int environment = random.nextInt(3);
        for (int i = 0; i < environment; i++) {
          a.putEnvironment((adversarial ? key() : text.inline()) + " " + i, text.inline());
        }
        a.codeChanges(list(2, () -> CodeChange.builder()
            .commit(adversarial ? text.inline() : Long.toHexString(random.nextLong()))
            .description(optional(text::inline)).author(optional(this::person))
            .at(optional(() -> instantNear(start))).build()));
        a.similarIncidents(list(2, () -> PastIncident.builder()
            .date(optional(this::date)).description(text.inline()).link(optional(text::link))
            .build()));
      });
      b.review(r -> r.preparedBy(optional(this::signoff)).reviewedBy(optional(this::signoff))
          .approvedBy(optional(this::signoff)).distribution(list(3, text::inline))
          .meeting(optional(this::meeting)));
      b.customSections(list(adversarial ? 3 : 1, () -> CustomSection.builder()
          .heading(adversarial && chance(20) ? pick(KNOWN_HEADINGS) : text.inline())
          .body(chance(80) ? text.block() : "").build()));
      return b.build();
    }

    private void impact(Impact.Builder i) {
      i.usersAffected(optional(() -> adversarial ? text.inline() : random.nextInt(40) + "% of users"))
          .serviceDegradation(optional(text::inline)).geographicScope(optional(text::inline))
          .userVisibleSymptoms(optional(text::inline)).whatWorked(optional(text::inline))
          .whatDidNotWork(optional(text::inline)).revenueImpact(optional(text::inline))
          .reputationImpact(optional(text::inline))
          .affectedServices(list(3, () -> adversarial ? text.inline() : pick(SERVICES)))
          .dataIntegrity(optional(text::inline)).performanceDegradation(optional(text::inline))
          .costs(list(3, () -> CostItem.builder().kind(pick(List.of(CostKind.values())))
              .amount(amount()).currency(pick(CURRENCIES)).description(optional(text::inline))
              .build()))
          .metrics(list(3, () -> ImpactMetric.builder().name(text.inline())
              .qualifier(optional(text::inline))
              .value(adversarial ? text.inline() : String.valueOf(random.nextInt(5000))).build()));
    }

    private List<TimelineEvent> timeline(Instant start, int count) {
      List<TimelineEvent> events = new ArrayList<>(count);
      Instant at = start;
      for (int i = 0; i < count; i++) {
        EventKind kind = i < STORY.size() && chance(80) ? STORY.get(i) : pick(List.of(EventKind.values()));
        Optional<Instant> time = Optional.of(at);
        if (adversarial) {
          time = chance(85) ? Optional.of(instantNear(start)) : Optional.empty();
        }
        events.add(TimelineEvent.builder().at(time).kind(kind).description(text.inline())
            .actionTaken(optional(text::inline)).actor(optional(this::person))
            .dataLink(optional(text::link)).build());
        at = at.plusSeconds(60L * (1 + random.nextInt(15)) + (chance(20) ? random.nextInt(60) : 0));
      }
      return events;
    }

    private ActionItem actionItem(LocalDate incidentDay) {
      ActionStatus status = pick(List.of(ActionStatus.values()));
      ActionItem.Builder item = ActionItem.builder().description(text.inline()).status(status)
          .owner(optional(this::person)).priority(optional(this::priority))
          .dueDate(optional(() -> incidentDay.plusDays(random.nextInt(60))))
          .horizon(optional(() -> pick(List.of(Horizon.values()))))
          .type(optional(() -> pick(List.of(ActionType.values()))))
          .ticket(optional(() -> adversarial ? text.link() : "OPS-" + random.nextInt(10000)))
          .notes(optional(text::inline));
      if (status == ActionStatus.DONE) {
        item.completedOn(optional(() -> incidentDay.plusDays(random.nextInt(30))));
      }
      return item.build();
    }

    private String title() {
      if (adversarial) {
        return text.inline();
      }
      return pick(SERVICES) + " " + pick(List.of("outage", "latency spike", "503s", "data delay",
          "failed deploy", "certificate expiry", "queue backlog"));
    }

    private String person() {
      return adversarial && chance(30) ? text.inline() : pick(PEOPLE);
    }

    private Severity severity() {
      if (adversarial && chance(40)) {
        return Severity.of(text.inline(), Math.max(1, rank()));
      }
      return pick(Severity.standardValues());
    }

    private Priority priority() {
      if (adversarial && chance(40)) {
        return Priority.of(text.inline(), rank());
      }
      return pick(Priority.standardValues());
    }

    /** A rank of a custom scale: small mostly, and anywhere up to the largest int. */
    private int rank() {
      return switch (random.nextInt(4)) {
        case 0, 1 -> random.nextInt(10);
        case 2 -> random.nextInt(Integer.MAX_VALUE);
        default -> Integer.MAX_VALUE - random.nextInt(3);
      };
    }

    /** The zone of an adversarial postmortem: any the JDK knows, or any offset to the second. */
    private ZoneId zone() {
      return switch (random.nextInt(4)) {
        case 0 -> pick(ZONES);
        case 1 -> ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1));
        default -> pick(ALL_ZONES);
      };
    }

    /** A map key: inline text, now and then as long as the model takes. */
    private String key() {
      if (chance(3)) {
        // Up to the model's 10 000 characters, less room for a suffix the caller may add.
        return (random.nextBoolean() ? "k" : "\u4e2d").repeat(1 + random.nextInt(9_990));
      }
      return text.inline();
    }

    private Topic topic() {
      return Topic.builder().title(text.inline()).detail(optional(text::inline)).build();
    }

    private Signoff signoff() {
      return Signoff.builder().name(person()).date(optional(this::date)).build();
    }

    private ReviewMeeting meeting() {
      Optional<String> facilitator = optional(this::person);
      Optional<String> notes = optional(text::link);
      Optional<String> recording = optional(text::link);
      Optional<Instant> at = optional(() -> instantNear(Instant.parse("2024-03-20T10:00:00Z")));
      if (facilitator.isEmpty() && notes.isEmpty() && recording.isEmpty() && at.isEmpty()) {
        at = Optional.of(Instant.parse("2024-03-21T09:30:00Z")); // a meeting needs one field
      }
      return ReviewMeeting.builder().at(at).facilitator(facilitator).notesLink(notes)
          .recordingLink(recording).build();
    }

    private BigDecimal amount() {
      if (adversarial) {
        return switch (random.nextInt(4)) {
          case 0 -> BigDecimal.ZERO;
          case 1 -> new BigDecimal("0.000001");
          case 2 -> new BigDecimal("123456789012345678901234567890.50");
          default -> BigDecimal.valueOf(random.nextLong(1_000_000_000L), random.nextInt(5));
        };
      }
      return BigDecimal.valueOf(random.nextInt(1_000_000), 2);
    }

    private LocalDate date() {
      if (adversarial && chance(25)) {
        // Anywhere in the model's range: years of nine digits, negative years, year zero.
        return LocalDate.ofEpochDay(random.nextLong(FIRST_DAY, LAST_DAY + 1));
      }
      int from = adversarial ? -25_000 : 17_000; // 1901 or 2016
      int to = adversarial ? 80_000 : 21_000; // 2189 or 2027
      return LocalDate.ofEpochDay(from + random.nextInt(to - from));
    }

    private LocalTime startTime() {
      // Late starts make incidents that cross midnight.
      LocalTime time = LocalTime.of(random.nextInt(24), random.nextInt(60));
      return adversarial ? time.withSecond(random.nextInt(60)).withNano(random.nextInt(1_000_000_000)) : time;
    }

    private Instant instantNear(Instant start) {
      long seconds = random.nextLong(-3_600, 3 * 86_400);
      return start.plusSeconds(seconds).plusNanos(chance(50) ? random.nextInt(1_000_000_000) : 0);
    }

    /** True {@code percent} of the time; false on a zero draw, so shrinking empties fields. */
    private boolean chance(int percent) {
      return random.nextInt(100) >= 100 - percent;
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    private <T> Optional<T> optional(Supplier<T> value) {
      return chance(fillPercent) ? Optional.of(value.get()) : Optional.empty();
    }

    private <T> void maybe(Supplier<T> value, Consumer<T> setter) {
      optional(value).ifPresent(setter);
    }

    private <T> List<T> list(int max, Supplier<T> element) {
      int size = random.nextInt(max + 1);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(element.get());
      }
      return values;
    }
  }
}
