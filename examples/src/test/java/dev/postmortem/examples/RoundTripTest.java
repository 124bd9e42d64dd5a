package dev.postmortem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.format.Formats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Example 1: every output is written, and every one with a parser reads back equal. */
class RoundTripTest {

  @Test
  void writesEveryFormatAndLayoutAndEachParsesBackEqual(@TempDir Path out) throws Exception {
    RoundTrip.main(new String[] {out.toString()});

    List<RoundTrip.Output> outputs = RoundTrip.write(RoundTrip.build(), out);
    for (RoundTrip.Output output : outputs) {
      assertTrue(output.equal(), output.file() + ": " + output.roundTrip());
      assertEquals(output.text(), Files.readString(output.file()), output.file().toString());
    }
    Set<String> names = outputs.stream().map(o -> o.file().getFileName().toString())
        .collect(Collectors.toSet());
    // 2 layouts x (Markdown, HTML page, HTML fragment, blank template), 2 JSON, one per registered.
    assertEquals(8 + 2 + Formats.names().size(), names.size(), names::toString);
    assertTrue(names.containsAll(Set.of("postmortem-compact.md", "postmortem-detailed.md",
        "postmortem.json", "postmortem-detailed.html", "template-detailed.md",
        "registered-chat-summary.txt")), names::toString);
    // The two JSON files are two forms, not the same text twice.
    String compact = text(outputs, "postmortem-compact.json");
    String indented = text(outputs, "postmortem.json");
    assertTrue(!compact.contains("\n") && indented.contains("\n  \"title\""),
        () -> "compact:\n" + compact + "\nindented:\n" + indented);
    long parsedBack = outputs.stream().filter(o -> o.roundTrip().startsWith("parsed back")).count();
    assertEquals(6, parsedBack, "2 Markdown layouts, 2 JSON, registered markdown and json");
  }

  private static String text(List<RoundTrip.Output> outputs, String name) {
    return outputs.stream().filter(o -> o.file().getFileName().toString().equals(name))
        .findFirst().orElseThrow().text();
  }
}
