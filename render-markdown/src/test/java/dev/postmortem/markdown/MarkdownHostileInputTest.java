package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParseException;
import dev.postmortem.testing.HostileInputs;
import dev.postmortem.testing.Samples;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The hostile Markdown corpus ({@link HostileInputs#markdown}): each input, read as UTF-8 bytes
 * and as text by the strict parser, and as bytes by the importer, parses or throws
 * {@link PostmortemParseException} within the time bound, under the module's {@code -Xmx256m}
 * test heap; what parses also renders as HTML (which parses inline Markdown the readers skip).
 * Anything else (another exception, {@code StackOverflowError}, {@code OutOfMemoryError}, a
 * timeout) fails the test, naming the input. Prints what the inputs got, for the README.
 */
class MarkdownHostileInputTest {
  static final Duration BOUND = Duration.ofSeconds(10);
  static final MarkdownFormat FORMAT = new MarkdownFormat();
  static final HtmlFormat HTML = new HtmlFormat();
  static final MarkdownImporter IMPORTER = MarkdownImporter.create();

  @Test
  void everyHostileInputParsesOrThrowsTheParseExceptionInTime() throws Exception {
    List<HostileInputs.Input> inputs =
        HostileInputs.markdown(FORMAT.renderer().render(Samples.elevenLabsQuota()));
    String[] reads = {"strict, bytes", "strict, text", "import, bytes"};
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    long slowest = 0;
    String slowestName = "";
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      for (HostileInputs.Input input : inputs) {
        for (String read : reads) {
          long start = System.nanoTime();
          Future<String> outcome = executor.submit(() -> {
            try {
              Postmortem p = switch (read) {
                case "strict, bytes" -> FORMAT.parser().orElseThrow()
                    .parse(new ByteArrayInputStream(input.bytes()));
                case "strict, text" -> FORMAT.parser().orElseThrow().parse(input.text());
                default -> IMPORTER.read(new ByteArrayInputStream(input.bytes())).postmortem();
              };
              HTML.renderer().render(p);
              return (read.startsWith("import") ? "imported" : "parsed");
            } catch (PostmortemParseException e) {
              String expected = e.expected();
              int limit = expected.indexOf("(limit ");
              return (read.startsWith("import") ? "import " : "") + e.problem()
                  + (limit < 0 ? "" : " " + expected.substring(limit + 7, expected.length() - 1));
            }
          });
          String name = input.name() + " (" + read + ")";
          try {
            outcomes.merge(outcome.get(BOUND.toMillis(), TimeUnit.MILLISECONDS), 1, Integer::sum);
          } catch (TimeoutException e) {
            outcome.cancel(true);
            failures.add(name + ": not done within " + BOUND);
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
    System.out.printf("Hostile Markdown corpus: %d inputs, each read by the parser as bytes and as "
        + "text and by the importer (%d reads) under -Xmx%dm: %s; slowest %d ms (%s)%n",
        inputs.size(), reads.length * inputs.size(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
        outcomes, slowest, slowestName);
    assertEquals(List.of(), failures);
    assertTrue(inputs.size() >= 100, "the corpus has " + inputs.size() + " inputs");
  }
}
