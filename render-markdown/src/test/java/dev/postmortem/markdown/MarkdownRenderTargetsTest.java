package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.testing.Samples;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Every way of rendering gives the same text: to a string, into a buffer with text, to a writer. */
class MarkdownRenderTargetsTest {
  @Test
  void everyTargetGetsTheSameText() throws Exception {
    Postmortem p = Samples.openAi503s();
    for (Layout layout : Layout.values()) {
      PostmortemRenderer renderer = MarkdownFormat.builder().layout(layout).build().renderer();
      String text = renderer.render(p);
      // A buffer that already holds text: the document goes after it, its first block included.
      StringBuilder buffer = new StringBuilder("before\n");
      renderer.render(p, buffer);
      assertEquals("before\n" + text, buffer.toString(), layout.toString());
      StringWriter writer = new StringWriter();
      renderer.render(p, writer);
      assertEquals(text, writer.toString(), layout.toString());
      assertEquals(p, MarkdownFormat.create().parse(text), layout.toString());
    }
  }
}
