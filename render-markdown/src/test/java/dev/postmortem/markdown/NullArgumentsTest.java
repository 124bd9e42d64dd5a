package dev.postmortem.markdown;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.testing.NullArguments;
import dev.postmortem.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the Markdown module's exported package, and its parser
 * and renderers behind the format interfaces, refuse null in each reference parameter with
 * "<name> must not be null".
 */
class NullArgumentsTest {

  @Test
  void theMarkdownModuleRefusesNullNamingTheParameter() {
    NullArguments.builder()
        .packages("dev.postmortem.markdown")
        .sample(Postmortem.class, Samples.openAi503s())
        .sample(MarkdownFormat.class, MarkdownFormat.create())
        .sample(ImportedPostmortem.class,
            MarkdownImporter.create().read(MarkdownFormat.create().render(Samples.openAi503s())))
        .build()
        .assertRefused();
  }

  @Test
  void itsParserAndRenderersRefuseNullNamingTheParameter() {
    MarkdownFormat markdown = MarkdownFormat.create();
    NullArguments.builder()
        .types(PostmortemParser.class, PostmortemRenderer.class)
        .sample(Postmortem.class, Samples.openAi503s())
        .sample(PostmortemParser.class, markdown.parser().orElseThrow())
        .sample(PostmortemRenderer.class, markdown.renderer())
        .build()
        .assertRefused();
    NullArguments.builder()
        .types(PostmortemRenderer.class)
        .sample(Postmortem.class, Samples.openAi503s())
        .sample(PostmortemRenderer.class, HtmlFormat.create().renderer())
        .build()
        .assertRefused();
  }
}
