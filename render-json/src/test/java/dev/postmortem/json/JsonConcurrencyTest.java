package dev.postmortem.json;

import dev.postmortem.testing.properties.ConcurrentUse;
import org.junit.jupiter.api.Test;

/** One JSON format instance, shared by 8 threads for 10 000 operations, writes the same bytes. */
class JsonConcurrencyTest {

  @Test
  void sharedFormatsGiveTheSameBytesAsOneThread() throws Exception {
    ConcurrentUse.check(JsonFormat.create(), 8, 10_000);
    ConcurrentUse.check(JsonFormat.builder().prettyPrint(true).build(), 8, 10_000);
  }
}
