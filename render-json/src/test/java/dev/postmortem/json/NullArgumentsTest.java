package dev.postmortem.json;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.testing.NullArguments;
import dev.postmortem.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the JSON module's exported package, and its parser
 * and renderer behind the format interfaces, refuse null in each reference parameter with
 * "<name> must not be null".
 */
class NullArgumentsTest {

  @Test
  void theJsonModuleRefusesNullNamingTheParameter() {
    NullArguments.builder()
        .packages("dev.postmortem.json")
        .sample(Postmortem.class, Samples.openAi503s())
        .sample(PostmortemJacksonModule.class, new PostmortemJacksonModule())
        .build()
        .assertRefused();
  }

  @Test
  void itsParserAndRendererRefuseNullNamingTheParameter() {
    JsonFormat json = JsonFormat.create();
    NullArguments.builder()
        .types(PostmortemParser.class, PostmortemRenderer.class)
        .sample(Postmortem.class, Samples.openAi503s())
        .sample(PostmortemParser.class, json.parser().orElseThrow())
        .sample(PostmortemRenderer.class, json.renderer())
        .build()
        .assertRefused();
  }
}
