package dev.postmortem.markdown;

import dev.postmortem.testing.properties.ConcurrentUse;
import org.junit.jupiter.api.Test;

/**
 * One Markdown or HTML format instance, shared by 8 threads for 10 000 operations, writes the
 * same bytes as a single thread and parses back the same values.
 */
class MarkdownConcurrencyTest {

  @Test
  void sharedFormatsGiveTheSameBytesAsOneThread() throws Exception {
    for (Layout layout : Layout.values()) {
      ConcurrentUse.check(MarkdownFormat.builder().layout(layout).build(), 8, 10_000);
    }
    ConcurrentUse.check(HtmlFormat.create(), 8, 10_000);
  }
}
