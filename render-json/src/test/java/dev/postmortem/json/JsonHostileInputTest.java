package dev.postmortem.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.testing.HostileInputs;
import dev.postmortem.testing.Samples;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The hostile JSON corpus ({@link HostileInputs#json}): each input, read as UTF-8 bytes and as
 * text, by the default parser and by one that skips unknown fields, parses or throws {@link PostmortemParseException} within the time bound, under the
 * module's {@code -Xmx256m} test heap. Anything else (another exception, an error such as
 * {@code StackOverflowError} or {@code OutOfMemoryError}, a timeout) fails the test, naming the
 * input. Prints what each kind of input got, for the README's Reliability section.
 */
class JsonHostileInputTest {
  static final Duration BOUND = Duration.ofSeconds(10);

  @Test
  void everyHostileInputParsesOrThrowsTheParseExceptionInTime() throws Exception {
    // The default parser refuses unknown fields at once; the other skips them, so that deep
    // nesting inside one reaches Jackson's depth limit.
    List<PostmortemParser> parsers = List.of(new JsonFormat().parser().orElseThrow(),
        JsonFormat.builder().ignoreUnknownFields(true).build().parser().orElseThrow());
    List<HostileInputs.Input> inputs =
        HostileInputs.json(new JsonFormat().renderer().render(Samples.elevenLabsQuota()));
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    long slowest = 0;
    String slowestName = "";
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      for (HostileInputs.Input input : inputs) {
        for (int read = 0; read < 4; read++) {
          boolean asBytes = read % 2 == 0;
          PostmortemParser parser = parsers.get(read / 2);
          long start = System.nanoTime();
          Future<String> outcome = executor.submit(() -> {
            try {
              Postmortem p = asBytes ? parser.parse(new ByteArrayInputStream(input.bytes()))
                  : parser.parse(input.text());
              return p == null ? "null" : "parsed";
            } catch (PostmortemParseException e) {
              return e.problem() + (e.expected().contains("(limit ")
                  ? " " + e.expected().substring(e.expected().indexOf("(limit ") + 7, e.expected().length() - 1) : "");
            }
          });
          String name = input.name() + (asBytes ? " (bytes" : " (text") + (read < 2 ? ")" : ", unknown fields skipped)");
          try {
            String result = outcome.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            outcomes.merge(result, 1, Integer::sum);
          } catch (TimeoutException e) {
            outcome.cancel(true);
            failures.add(name + ": not done within " + BOUND);
          } catch (java.util.concurrent.ExecutionException e) {
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
    System.out.printf("Hostile JSON corpus: %d inputs, each read as bytes and as text, refusing and "
        + "skipping unknown fields (%d reads) under -Xmx%dm: %s; slowest %d ms (%s)%n",
        inputs.size(), 4 * inputs.size(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), outcomes, slowest, slowestName);
    assertEquals(List.of(), failures);
    assertTrue(inputs.size() >= 100, "the corpus has " + inputs.size() + " inputs");
  }
}
