package dev.postmortem.json;

import static dev.postmortem.testing.PostmortemAssertions.assertSamePostmortem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The named samples, rendered pretty, compared byte for byte with the golden files in
 * {@code src/test/resources/golden/}. After a deliberate change of the format, regenerate them
 * with {@code ./mvnw -pl render-json -am test -Dpostmortem.golden.update=true
 * -Dtest=JsonGoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false}, and read the diff.
 */
class JsonGoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final JsonFormat PRETTY = JsonFormat.builder().prettyPrint(true).build();

  @ParameterizedTest
  @CsvSource({"openai-503s.json, openAi503s", "elevenlabs-quota.json, elevenLabsQuota"})
  void samplesRenderExactlyAsTheGoldenFiles(String file, String sample) throws IOException {
    Postmortem postmortem = Samples.named(sample);
    String rendered = PRETTY.renderer().render(postmortem);
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("postmortem.golden.update")) {
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered);
    assertSamePostmortem(postmortem, PRETTY.parser().orElseThrow().parse(rendered));
  }
}
