package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.Postmortem;
import dev.postmortem.Priority;
import dev.postmortem.Severity;
import org.junit.jupiter.api.Test;

/**
 * The smallest postmortems an outside adversarial generator found that broke the Markdown round
 * trip (issue 14), one test per failure class, through the public API only. Each must read back
 * equal in both layouts, or be refused by the builders with a message naming the field.
 */
class RoundTripRegressionTest {

  private static void assertRoundTrips(Postmortem p) {
    for (Layout layout : Layout.values()) {
      MarkdownFormat markdown = MarkdownFormat.builder().layout(layout).build();
      String document = markdown.render(p);
      assertEquals(p, markdown.parser().orElseThrow().parse(document), () -> layout + ":\n" + document);
    }
  }

  private static Postmortem.Builder titled() {
    return Postmortem.builder().title("checkout-api 503s");
  }

  /** Class 1: written {@code - --}, the item read as a thematic break. */
  @Test
  void bulletItemOfTwoDashesIsNotAThematicBreak() {
    assertRoundTrips(titled().addWhatWentWell("--").build());
    assertRoundTrips(titled().addWhatWentPoorly("-\t-").addWhereWeGotLucky("- - -")
        .addWhatWentWell("-- -").build());
  }

  /** Class 2: the escape's pattern stopped at the escaped bracket of the label. */
  @Test
  void bulletItemLikeALinkReferenceDefinitionWithAnEscapedBracketStaysText() {
    assertRoundTrips(titled().addWhatWentPoorly("[\\]]:>").build());
    assertRoundTrips(titled().addWhatWentPoorly("[a\\[b\\]c]: /url").addWhatWentWell("[\\\\]: x")
        .build());
  }

  /** Class 3: the reader took ranks of at most nine digits. */
  @Test
  void ranksOfTenDigitsReadBack() {
    assertRoundTrips(titled().severity(Severity.of("x", 1_000_000_000))
        .addActionItem(a -> a.description("Cap the worker pool")
            .priority(Priority.of("x", Integer.MAX_VALUE)))
        .build());
    assertRoundTrips(titled().severity(Severity.of("x (rank 2)", Integer.MAX_VALUE)).build());
  }
}
