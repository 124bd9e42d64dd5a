package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.Postmortem;
import org.junit.jupiter.api.Test;

/**
 * Cases the import properties found, kept as plain tests so that they run whatever the seed.
 * Each builds the generated postmortem the property shrank to, renders it, numbers its headings
 * the way people do (which sends it through the hand-written reader) and imports it.
 */
class ImportRegressionTest {

  /**
   * Seed 8510477129063 (compact layout): the tracking table's second row, ticket {@code |𝔘TODO},
   * was lost when the row before it had the ticket {@code |||}; either row alone imported fine.
   * The tickets' escaped pipes are what the hand-written table reader must split around.
   */
  @Test
  void aTicketOfPipesDoesNotSwallowTheNextRowsTicket() {
    Postmortem p = Postmortem.builder()
        .title("t")
        .addActionItem(a -> a.description("first").ticket("|||"))
        .addActionItem(a -> a.description("second").ticket("|\uD835\uDD18TODO"))
        .build();
    String handWritten = MarkdownImportPropertiesTest.numberHeadings(
        MarkdownFormat.builder().layout(Layout.COMPACT).build().render(p));
    ImportedPostmortem imported = MarkdownImportTest.IMPORTER.read(handWritten);

    assertEquals(p.actionItems(), imported.postmortem().actionItems(), handWritten);
    MarkdownImportTest.assertNoTextLost(handWritten, imported);
    MarkdownImportTest.assertStable(imported.postmortem());
  }
}
