package dev.postmortem.testing.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Uses one format instance from many threads at once and checks that every rendering is the
 * same text as a single thread wrote, and that every parse gives back the value.
 */
public final class ConcurrentUse {
  private ConcurrentUse() {}

  /**
   * Runs {@code operations} render (and parse, where the format has a parser) operations over
   * {@code threads} threads, sharing {@code format}.
   */
  public static void check(PostmortemFormat format, int threads, int operations) throws Exception {
    PostmortemGenerator generator = PostmortemGenerator.create(8);
    List<Postmortem> values = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      Postmortem value = generator.generate(i % 2 == 0 ? Flavour.REALISTIC : Flavour.ADVERSARIAL);
      values.add(value);
      expected.add(format.renderer().render(value));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        results.add(pool.submit(() -> {
          for (int op = first; op < operations; op += threads) {
            int i = op % values.size();
            String text = format.renderer().render(values.get(i));
            assertEquals(expected.get(i), text, () -> format + " rendered differently in a thread");
            format.parser().ifPresent(parser -> assertEquals(values.get(i), parser.parse(text)));
          }
          return null;
        }));
      }
      for (Future<?> result : results) {
        result.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
