package dev.postmortem.testing.properties;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.testing.HostileInputs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Counts what parsers made of bad input, for the hostile-corpus tests and the mutation properties
 * of every format: "parsed", or the parse exception's problem and, past a limit, the limit's
 * name. Anything else a read throws is not an outcome: it propagates, and fails the test.
 */
public final class ParseOutcomes {
  private final Map<String, Integer> counts = new TreeMap<>();

  /** One way of reading an input, such as the parser on its bytes. */
  public interface Read {
    /** Reads the input; returns the postmortem or throws the parse exception. */
    Postmortem read(HostileInputs.Input input) throws Exception;
  }

  /**
   * Runs {@code read} and returns its outcome. A postmortem it returns must pass the model's
   * invariants: building it again must give it back unchanged.
   */
  public static String outcome(Callable<Postmortem> read) throws Exception {
    try {
      Postmortem p = read.call();
      if (!Postmortem.builder().from(p).build().equals(p)) {
        throw new AssertionError("a parsed postmortem changed when built again: " + p);
      }
      return "parsed";
    } catch (PostmortemParseException e) {
      return e.problem() + e.limit().map(limit -> " " + limit.limitName()).orElse("");
    }
  }

  /** Counts one outcome; safe from several threads. */
  public synchronized void count(String outcome) {
    counts.merge(outcome, 1, Integer::sum);
  }

  /** Returns how many outcomes were counted. */
  public synchronized int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public synchronized String toString() {
    return counts.toString();
  }

  /**
   * Reads every input every way, each read within {@code bound}; prints the outcomes under
   * {@code title} and throws an {@link AssertionError} naming every read that neither parsed nor
   * threw the parse exception in time ({@code StackOverflowError}, {@code OutOfMemoryError},
   * another exception, a timeout).
   */
  public static void checkCorpus(String title, List<HostileInputs.Input> inputs,
      Map<String, Read> reads, Duration bound) throws InterruptedException {
    ParseOutcomes outcomes = new ParseOutcomes();
    List<String> failures = new ArrayList<>();
    long slowest = 0;
    String slowestName = "";
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      for (HostileInputs.Input input : inputs) {
        for (Map.Entry<String, Read> read : reads.entrySet()) {
          String name = input.name() + " (" + read.getKey() + ")";
          long start = System.nanoTime();
          Future<String> outcome = executor.submit(() -> outcome(() -> read.getValue().read(input)));
          try {
            outcomes.count(read.getKey() + ": " + outcome.get(bound.toMillis(), TimeUnit.MILLISECONDS));
          } catch (TimeoutException e) {
            outcome.cancel(true);
            failures.add(name + ": not done within " + bound);
          } catch (ExecutionException e) {
            failures.add(name + ": " + e.getCause());
          }
          long millis = (System.nanoTime() - start) / 1_000_000;
          if (millis > slowest) {
            slowest = millis;
            slowestName = name;
          }
        }
      }
    } finally {
      executor.shutdownNow();
    }
    System.out.printf("%s: %d inputs, %d reads under -Xmx%dm: %s; slowest %d ms (%s)%n", title,
        inputs.size(), inputs.size() * reads.size(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
        outcomes, slowest, slowestName);
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " reads failed: " + failures);
    }
  }
}
