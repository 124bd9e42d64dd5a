package dev.postmortem.report;

import dev.postmortem.ActionItem;
import dev.postmortem.ActionStatus;
import dev.postmortem.Milestones;
import dev.postmortem.Postmortem;
import dev.postmortem.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Figures over a collection of postmortems: incidents by severity and by month; time to detect,
 * mitigate and resolve by severity (median and 90th percentile); action items open, overdue and
 * done by owner; tags and services that recur. The figures only: the {@code postmortem-report}
 * module ({@code ReportSite}) writes them as a site, with charts and a page per postmortem.
 *
 * <pre>{@code
 * PostmortemReport report = PostmortemReport.of(entries, Clock.systemUTC());
 * report.times(Measure.RESOLVE).get("sev-1").median();
 * }</pre>
 *
 * <p>Percentiles use the nearest-rank method: the p-th percentile of n sorted values is the value
 * at rank ⌈p·n/100⌉, so the median of an even count is the lower middle value and every figure is
 * one of the measured durations. A postmortem's month is its date's, else its start's in its
 * zone; one with neither is counted as undated. A severity label stands for itself ("unknown" when
 * there is none), ordered by rank. Immutable; the figures are computed once, when it is made.
 */
public final class PostmortemReport {
  /** The label of postmortems without a severity. */
  public static final String UNKNOWN_SEVERITY = "unknown";

  /**
   * Median and 90th percentile of a set of durations, and how many there were.
   *
   * @param count how many durations there were, at least 1
   * @param median the median; not null
   * @param p90 the 90th percentile; not null
   */
  public record Percentiles(int count, Duration median, Duration p90) {
    /**
     * Checks that the figures are there.
     *
     * @param count how many durations there were, at least 1
     * @param median the median; not null
     * @param p90 the 90th percentile; not null
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    public Percentiles {
      Objects.requireNonNull(median, "median must not be null");
      Objects.requireNonNull(p90, "p90 must not be null");
      if (count < 1) {
        throw new IllegalArgumentException("count must be at least 1, was " + count);
      }
    }
  }

  /** Action items of one owner: pending (open or in progress), overdue among them, and done. */
  public record ActionCounts(int open, int overdue, int done) {}

  /** What one duration of the milestones measures. */
  public enum Measure {
    /** From the start to detection. */
    DETECT(Milestones::timeToDetect),
    /** From the start to mitigation. */
    MITIGATE(Milestones::timeToMitigate),
    /** From the start to resolution. */
    RESOLVE(Milestones::timeToResolve);

    private final Function<Milestones, Optional<Duration>> duration;

    Measure(Function<Milestones, Optional<Duration>> duration) {
      this.duration = duration;
    }
  }

  private final List<ReportEntry> entries;
  private final LocalDate today;
  private final Map<String, Integer> bySeverity;
  private final Map<YearMonth, Map<String, Integer>> byMonth;
  private final int undated;
  private final Map<Measure, Map<String, Percentiles>> times;
  private final Map<String, ActionCounts> actionsByOwner;
  private final Map<String, Integer> recurringTags;
  private final Map<String, Integer> recurringServices;

  private PostmortemReport(List<ReportEntry> entries, Clock clock) {
    this.entries = List.copyOf(entries);
    this.today = LocalDate.now(clock);
    List<String> severities = severityOrder(this.entries);
    this.bySeverity = new LinkedHashMap<>();
    severities.forEach(s -> bySeverity.put(s, 0));
    Map<YearMonth, Map<String, Integer>> months = new TreeMap<>();
    int noMonth = 0;
    for (ReportEntry entry : this.entries) {
      String severity = severity(entry.postmortem());
      bySeverity.merge(severity, 1, Integer::sum);
      Optional<YearMonth> month = month(entry.postmortem());
      if (month.isPresent()) {
        months.computeIfAbsent(month.get(), m -> new LinkedHashMap<>()).merge(severity, 1, Integer::sum);
      } else {
        noMonth++;
      }
    }
    this.byMonth = months;
    this.undated = noMonth;
    this.times = new LinkedHashMap<>();
    for (Measure measure : Measure.values()) {
      Map<String, Percentiles> bySev = new LinkedHashMap<>();
      for (String severity : severities) {
        List<Duration> durations = new ArrayList<>();
        for (ReportEntry entry : this.entries) {
          if (severity(entry.postmortem()).equals(severity)) {
            measure.duration.apply(entry.postmortem().milestones()).ifPresent(durations::add);
          }
        }
        if (!durations.isEmpty()) {
          bySev.put(severity, percentiles(durations));
        }
      }
      times.put(measure, bySev);
    }
    Map<String, int[]> owners = new TreeMap<>();
    for (ReportEntry entry : this.entries) {
      for (ActionItem item : entry.postmortem().actionItems()) {
        int[] counts = owners.computeIfAbsent(item.owner().orElse("(no owner)"), o -> new int[3]);
        if (item.status().isPending()) {
          counts[0]++;
          counts[1] += item.isOverdue(clock) ? 1 : 0;
        } else if (item.status() == ActionStatus.DONE) {
          counts[2]++;
        }
      }
    }
    this.actionsByOwner = new LinkedHashMap<>();
    owners.forEach((owner, c) -> actionsByOwner.put(owner, new ActionCounts(c[0], c[1], c[2])));
    this.recurringTags = recurring(this.entries, p -> p.tags());
    this.recurringServices = recurring(this.entries, p -> p.impact().affectedServices());
  }

  /**
   * Computes the report of {@code entries}, in the order given; {@code clock} says what today is
   * for overdue action items.
   *
   * @param entries the postmortems; not null, nor any of them
   * @param clock says what day it is; not null
   * @return the report
   */
  public static PostmortemReport of(List<ReportEntry> entries, Clock clock) {
    Objects.requireNonNull(entries, "entries must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    return new PostmortemReport(entries, clock);
  }

  /** {@return the postmortems, in the order given} */
  public List<ReportEntry> entries() {
    return entries;
  }

  /** {@return the day the report was made for} */
  public LocalDate today() {
    return today;
  }

  /** {@return the number of postmortems of each severity, by rank; {@link #UNKNOWN_SEVERITY} last} */
  public Map<String, Integer> bySeverity() {
    return java.util.Collections.unmodifiableMap(bySeverity);
  }

  /** {@return for each month with postmortems, the number of each severity} */
  public Map<YearMonth, Map<String, Integer>> byMonth() {
    return java.util.Collections.unmodifiableMap(byMonth);
  }

  /** {@return the number of postmortems with neither a date nor a start} */
  public int undated() {
    return undated;
  }

  /**
   * {@return the percentiles of one measure for each severity that has at least one duration}
   *
   * @param measure which duration; not null
   */
  public Map<String, Percentiles> times(Measure measure) {
    Objects.requireNonNull(measure, "measure must not be null");
    return java.util.Collections.unmodifiableMap(times.get(measure));
  }

  /** {@return action item counts by owner, owners sorted; items without owner under "(no owner)"} */
  public Map<String, ActionCounts> actionsByOwner() {
    return java.util.Collections.unmodifiableMap(actionsByOwner);
  }

  /** {@return the tags found in two postmortems or more, with their counts, most frequent first} */
  public Map<String, Integer> recurringTags() {
    return java.util.Collections.unmodifiableMap(recurringTags);
  }

  /** {@return the affected services found in two postmortems or more, most frequent first} */
  public Map<String, Integer> recurringServices() {
    return java.util.Collections.unmodifiableMap(recurringServices);
  }

  /**
   * {@return the severity label the report counts {@code postmortem} under}
   *
   * @param postmortem the postmortem; not null
   */
  public static String severity(Postmortem postmortem) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    return postmortem.severity().map(Severity::label).orElse(UNKNOWN_SEVERITY);
  }

  /**
   * {@return the month of {@code postmortem}: its date's, else its start's in its zone}
   *
   * @param postmortem the postmortem; not null
   */
  public static Optional<YearMonth> month(Postmortem postmortem) {
    Objects.requireNonNull(postmortem, "postmortem must not be null");
    return postmortem.date().map(YearMonth::from)
        .or(() -> postmortem.startedAt().map(s -> YearMonth.from(s.atZone(postmortem.zone()))));
  }

  private static List<String> severityOrder(List<ReportEntry> entries) {
    Map<String, Integer> ranks = new TreeMap<>();
    boolean unknown = false;
    for (ReportEntry entry : entries) {
      Optional<Severity> severity = entry.postmortem().severity();
      if (severity.isPresent()) {
        ranks.merge(severity.get().label(), severity.get().rank(), Math::min);
      } else {
        unknown = true;
      }
    }
    List<String> order = new ArrayList<>(ranks.keySet());
    order.sort(Comparator.comparing((String s) -> ranks.get(s)).thenComparing(Comparator.naturalOrder()));
    if (unknown) {
      order.add(UNKNOWN_SEVERITY);
    }
    return order;
  }

  /** Nearest-rank percentiles of non-empty {@code durations}. */
  static Percentiles percentiles(List<Duration> durations) {
    List<Duration> sorted = new ArrayList<>(durations);
    sorted.sort(Comparator.naturalOrder());
    return new Percentiles(sorted.size(), rank(sorted, 50), rank(sorted, 90));
  }

  private static Duration rank(List<Duration> sorted, int percent) {
    int rank = (int) Math.ceil(percent * sorted.size() / 100.0);
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static Map<String, Integer> recurring(List<ReportEntry> entries, Function<Postmortem, List<String>> values) {
    Map<String, Integer> counts = new TreeMap<>();
    for (ReportEntry entry : entries) {
      values.apply(entry.postmortem()).stream().distinct().forEach(v -> counts.merge(v, 1, Integer::sum));
    }
    Map<String, Integer> recurring = new LinkedHashMap<>();
    counts.entrySet().stream().filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> recurring.put(e.getKey(), e.getValue()));
    return recurring;
  }
}
