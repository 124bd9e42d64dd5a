package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The named samples in each layout, the blank templates, and the samples as HTML, compared byte
 * for byte with the golden files in {@code src/test/resources/golden/}. After a deliberate change,
 * regenerate them with {@code ./mvnw -pl render-markdown -am test -Dpostmortem.golden.update=true
 * -Dtest=MarkdownGoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false}, and read the diff.
 */
class MarkdownGoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @CsvSource({
      "openai-503s.compact.md, openAi503s, COMPACT",
      "openai-503s.detailed.md, openAi503s, DETAILED",
      "elevenlabs-quota.compact.md, elevenLabsQuota, COMPACT",
      "elevenlabs-quota.detailed.md, elevenLabsQuota, DETAILED"})
  void samplesRenderExactlyAsTheGoldenFiles(String file, String sample, Layout layout)
      throws IOException {
    Postmortem postmortem = sample(sample).get();
    MarkdownFormat markdown = MarkdownFormat.builder().layout(layout).build();
    String rendered = markdown.render(postmortem);
    assertGolden(file, rendered);
    assertEquals(postmortem, markdown.parser().orElseThrow().parse(rendered));
  }

  @ParameterizedTest
  @CsvSource({"template.compact.md, COMPACT", "template.detailed.md, DETAILED"})
  void blankTemplatesAreAsTheGoldenFiles(String file, Layout layout) throws IOException {
    assertGolden(file, MarkdownFormat.builder().layout(layout).build().blankTemplate());
  }

  @ParameterizedTest
  @CsvSource({"openai-503s.compact.html, COMPACT", "elevenlabs-quota.detailed.html, DETAILED"})
  void htmlPagesAreAsTheGoldenFiles(String file, Layout layout) throws IOException {
    Postmortem postmortem = file.startsWith("openai") ? Samples.openAi503s() : Samples.elevenLabsQuota();
    assertGolden(file, HtmlFormat.builder().layout(layout).build().renderer().render(postmortem));
  }

  private static void assertGolden(String file, String rendered) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("postmortem.golden.update")) {
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered);
  }

  private static Supplier<Postmortem> sample(String name) {
    return switch (name) {
      case "openAi503s" -> Samples::openAi503s;
      case "elevenLabsQuota" -> Samples::elevenLabsQuota;
      default -> throw new IllegalArgumentException("no sample " + name);
    };
  }
}
