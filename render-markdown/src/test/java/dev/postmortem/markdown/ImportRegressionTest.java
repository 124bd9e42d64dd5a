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

  /**
   * Seed 777 (detailed layout): two items of one text, "backlog", the second immediate with its
   * own ticket; the tracking table's row for the second lost its ticket {@code OPS-11}.
   */
  @Test
  void twoItemsOfOneTextKeepTheirOwnTrackingRows() {
    Postmortem p = Postmortem.builder()
        .title("t")
        .addActionItem(a -> a.description("backlog").owner("@alice").priority(dev.postmortem.Priority.of("P0", 0))
            .dueDate(java.time.LocalDate.of(2016, 7, 18)).ticket("OPS-0").notes("the"))
        .addActionItem(a -> a.description("backlog").owner("@alice").dueDate(java.time.LocalDate.of(2016, 7, 18))
            .horizon(dev.postmortem.Horizon.IMMEDIATE).type(dev.postmortem.ActionType.MITIGATE).ticket("OPS-11"))
        .build();
    String handWritten = MarkdownImportPropertiesTest.numberHeadings(
        MarkdownFormat.builder().layout(Layout.DETAILED).build().render(p));
    ImportedPostmortem imported = MarkdownImportTest.IMPORTER.read(handWritten);

    assertEquals(p.actionItems(), imported.postmortem().actionItems(), handWritten);
    MarkdownImportTest.assertNoTextLost(handWritten, imported);
  }
}
