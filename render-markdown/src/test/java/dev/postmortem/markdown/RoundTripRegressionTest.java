package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.CustomSection;
import dev.postmortem.EventKind;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Postmortem;
import dev.postmortem.Priority;
import dev.postmortem.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
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

  /**
   * Class 5: instants outside {@code LocalDateTime}'s range made rendering throw; the builders
   * now refuse them, and the extremes they take render and read back in the zones with the
   * largest offsets.
   */
  @Test
  void instantsNoZoneCanShowAreRefusedByTheBuilder() {
    InvalidPostmortemException e = assertThrows(InvalidPostmortemException.class, () -> titled()
        .startedAt(Instant.parse("-1000000000-01-01T00:00:00Z")).build());
    assertEquals("startedAt", e.violations().get(0).path());
    assertEquals("must be from -999999999-01-02T00:00:00Z to +999999999-12-30T23:59:59.999999999Z "
        + "(a date and time in every zone), was -1000000000-01-01T00:00:00Z",
        e.violations().get(0).message());
    assertThrows(InvalidPostmortemException.class, () -> titled().zone(ZoneId.of("Asia/Ho_Chi_Minh"))
        .startedAt(Instant.parse("+999999999-12-31T22:59:59Z")).build());

    Instant earliest = Instant.parse("-999999999-01-02T00:00:00Z");
    Instant latest = Instant.parse("+999999999-12-30T23:59:59.999999999Z");
    for (ZoneId zone : List.of(ZoneId.of("Asia/Ho_Chi_Minh"), ZoneOffset.MAX, ZoneOffset.MIN,
        ZoneId.of("Pacific/Kiritimati"), ZoneId.of("America/St_Johns"))) {
      assertRoundTrips(titled().zone(zone).startedAt(earliest).endedAt(latest)
          .addEvent(event -> event.at(earliest).kind(EventKind.STARTED).description("began"))
          .addEvent(event -> event.at(latest).description("ended"))
          .build());
    }
  }

  /** Class 6: a map key longer than JSON readers take rendered but did not read back. */
  @Test
  void mapKeysLongerThanJsonReadersTakeAreRefusedByTheBuilder() {
    InvalidPostmortemException e = assertThrows(InvalidPostmortemException.class,
        () -> titled().putAttribute("k".repeat(50_001), "v").build());
    assertEquals("attributes[\"" + "k".repeat(40) + "…\"]", e.violations().get(0).path());
    assertEquals("key must be at most 10000 characters long (JSON readers limit names), was 50001",
        e.violations().get(0).message());
    assertThrows(InvalidPostmortemException.class, () -> titled()
        .appendix(a -> a.putFeatureFlag("k".repeat(10_001), "on")).build());
    assertThrows(InvalidPostmortemException.class, () -> titled()
        .appendix(a -> a.putEnvironment("k".repeat(10_001), "v")).build());

    String longest = "\u4e2d".repeat(10_000);
    assertRoundTrips(titled().putAttribute(longest, "v")
        .appendix(a -> a.putFeatureFlag(longest, "on").putEnvironment(longest, "v")).build());
  }

  /**
   * Class 4, first half: text the model's line scan read differently from CommonMark, where
   * Java's white space is wider than CommonMark's blank, or an HTML block ends on the line that
   * opens it. These are headings or open blocks in CommonMark, and the builder now says so.
   */
  @Test
  void blockTextWithAHeadingOnlyCommonMarkSawIsRefusedNamingTheLine() {
    assertEquals("body: must not contain a heading of level 1 (line 2: \"\u205F\"): levels 1 to 3 "
        + "are the document's sections; use level 4 or deeper", assertThrows(
            InvalidPostmortemException.class, () -> CustomSection.of("Notes", "0\n\u205F\n="))
        .violations().get(0).toString());
    assertRefused("lessons.takeaway: must not contain a heading of level 2 (line 2: \"\u2002\"): "
        + "levels 1 to 3 are the document's sections; use level 4 or deeper",
        b -> b.lessons(l -> l.takeaway("&#x0;\n\u2002\n-")));
    assertRefused("summary.tldr: must close the fenced code block opened on line 1 (```): left "
        + "open, it would take in everything after the text",
        b -> b.summary(s -> s.tldr("```\n```\u2028\n4")));
    assertRefused("summary.tldr: must not contain a heading of level 1 (line 2: \"# Executive "
        + "Summary\"): levels 1 to 3 are the document's sections; use level 4 or deeper",
        b -> b.summary(s -> s.tldr("<?>\n# Executive Summary\n?>")));
    assertRefused("summary.tldr: must not contain a heading of level 1 (line 3: \"#\"): levels 1 "
        + "to 3 are the document's sections; use level 4 or deeper",
        b -> b.summary(s -> s.tldr("<!Y\n>\n#\nxx>")));
  }

  /**
   * Class 4, second half: text that CommonMark carries out of its section through an HTML block
   * of kinds 6 and 7 (which ends at a blank line and so hides a fence or comment opener) or a
   * list item that owns its indented lines. CommonMark reads a heading of the document's levels
   * in each (or a fence the text leaves open), so the model refuses it, naming that line.
   */
  @Test
  void blockTextThatCommonMarkWouldCarryOutOfItsSectionIsRefused() {
    String heading = "summary.tldr: must not contain a heading of level 1 (line %d: \"%s\"): levels 1 "
        + "to 3 are the document's sections; use level 4 or deeper";
    assertRefused(String.format(heading, 4, "#"), b -> b.summary(s -> s.tldr("<d>\n<!--\n\n#\n-->")));
    assertRefused(String.format(heading, 4, "#"), b -> b.summary(s -> s.tldr("<a>\n~~~\n\n#\n~~~")));
    assertRefused(String.format(heading, 4, "# Root cause"),
        b -> b.summary(s -> s.tldr("<v>\n```\n\n# Root cause\n```")));
    assertRefused(String.format(heading, 3, "# Review and approval"),
        b -> b.summary(s -> s.tldr("-\n  <!--\n# Review and approval\n-->")));
    assertRefused(String.format(heading, 5, "# comment in a shell log"), b -> b.summary(
        s -> s.tldr("<details>\n```\n$ make\n\n# comment in a shell log\n```\n</details>")));
    assertRefused("summary.tldr: must close the fenced code block opened on line 3 (~~~): left "
        + "open, it would take in everything after the text", b -> b.summary(s -> s.tldr("-\n  ~~~\n~~~")));
  }

  /** A text in the shape of the writer's own verbatim fence is fenced again, so it reads back exactly. */
  @Test
  void textInTheWritersOwnFenceShapeIsKeptInside() {
    String text = "~~~ markdown verbatim\nthe writer's own fence, written by hand\n~~~";
    Postmortem p = titled().summary(s -> s.tldr(text).whatHappened("503s"))
        .rootCause(r -> r.primaryCause(text).technicalDetails(text))
        .lessons(l -> l.takeaway(text).addOpenQuestions("Why?"))
        .addCustomSection(CustomSection.of("Before", "x"))
        .addCustomSection(CustomSection.of("Notes", text))
        .addCustomSection(CustomSection.of("After", "y"))
        .review(r -> r.addDistribution("@alice"))
        .build();
    assertRoundTrips(p);
    assertTrue(MarkdownFormat.create().render(p).contains("~~~~ markdown verbatim\n" + text + "\n~~~~"));
  }

  private static void assertRefused(String violation, Consumer<Postmortem.Builder> field) {
    Postmortem.Builder builder = titled();
    field.accept(builder);
    InvalidPostmortemException e = assertThrows(InvalidPostmortemException.class, builder::build);
    assertEquals(violation, e.violations().get(0).toString());
  }
}
