package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The inline and block text rules, seen through the fields that use them. */
class TextRulesTest {

  private static String titleProblem(String title) {
    return assertThrows(InvalidPostmortemException.class,
        () -> Postmortem.builder().title(title).build()).violations().get(0).toString();
  }

  private static String bodyProblem(String body) {
    return assertThrows(InvalidPostmortemException.class,
        () -> CustomSection.of("Notes", body)).violations().get(0).toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "| pipes | and \\ backslashes |", "# leading hash", "> quote", "- dash", "1. one",
      "<script>alert(1)</script>", "`code` and [link](https://x)", "emoji \ud83d\udd25 astral \ud835\udd18",
      "right-to-left \u0645\u0631\u062d\u0628\u0627 \u202e", "zero\u200bwidth", "tab\tinside",
      "\ufeffbom first", "trailing backslash \\"})
  void inlineTextMayHoldAnyCharacterAFormatCanEscape(String title) {
    assertEquals(title, Postmortem.builder().title(title).build().title());
  }

  @Test
  void inlineTextRefusesWhatNoInlineFieldCanCarry() {
    assertEquals("title: must not be empty", titleProblem(""));
    assertEquals("title: must not start with white space, found U+0020", titleProblem(" x"));
    assertEquals("title: must not end with white space, found U+00A0", titleProblem("x\u00a0"));
    assertEquals("title: must not end with white space, found U+3000", titleProblem("x\u3000"));
    assertEquals("title: must be one line, found a line break U+000D at column 2",
        titleProblem("a\rb"));
    assertEquals("title: must not contain control character U+001B at column 3",
        titleProblem("ab\u001b[31m"));
    assertEquals("title: must not contain control character U+0085 at column 1",
        titleProblem("\u0085x"));
    assertEquals("title: must not contain an unpaired surrogate U+D83D at column 2",
        titleProblem("a\ud83d"));
    assertEquals("title: must not contain an unpaired surrogate U+DD25 at column 1",
        titleProblem("\udd25a"));
  }

  @Test
  void blockTextKeepsLinesListsQuotesCodeAndDeepHeadings() {
    String body = "First paragraph  \nwith a hard break.\n\n- a\n- b\n\n> quoted\n\n"
        + "#### Deep heading\n\n```\n# not a heading in code\n---\n```\n\n    # indented code\n\n"
        + "#hashtag is not a heading\n\n***";
    assertEquals(body, CustomSection.of("Notes", body).body());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "# Title;1;1;# Title",
      "text\\n## Section;2;2;## Section",
      "text\\n\\n   ### Sub;3;3;'   ### Sub'",
      "text\\n###;3;2;###",
      "A line\\n===;1;1;A line",
      "A line\\n---;2;1;A line"})
  void blockTextRefusesHeadingsOfTheDocumentsOwnLevels(
      String body, int level, int line, String shown) {
    assertEquals("body: must not contain a heading of level " + level + " (line " + line + ": \""
        + shown + "\"): levels 1 to 3 are the document's sections; use level 4 or deeper",
        bodyProblem(body.replace("\\n", "\n")));
  }

  @Test
  void blockTextNamesTheLineAndColumnOfABadCharacter() {
    assertEquals("body: must not contain control character U+0000 at line 2, column 4",
        bodyProblem("ok\nabc\u0000"));
    assertEquals("body: must not start with white space, found U+000A", bodyProblem("\nx"));
    assertEquals("body: must not end with white space, found U+0020", bodyProblem("x\n "));
  }

  @Test
  void blockTextMustCloseWhatWouldSwallowTheNextSection() {
    assertEquals("body: must close the fenced code block opened on line 2 (```): left open, it "
        + "would take in everything after the text", bodyProblem("Logs:\n```\n# not a heading"));
    assertEquals("body: must close the HTML block opened on line 1 (with -->): left open, it "
        + "would take in everything after the text", bodyProblem("<!-- draft\nstill a comment"));
    assertEquals("body: must close the HTML block opened on line 2 (with </script>, </pre>, "
        + "</style> or </textarea>): left open, it would take in everything after the text",
        bodyProblem("x\n<pre>\ncode"));
    String closed = "<!-- note -->\n\n<pre>\n## inside\n</pre>\n\n~~~~\n~~~\n~~~~";
    assertEquals(closed, CustomSection.of("Notes", closed).body());
  }

  @Test
  void onlySpacesAndTabsMakeABlankLineAsInCommonMark() {
    // U+205F and the other Unicode spaces are text to CommonMark: the paragraph goes on.
    assertEquals("body: must not contain a heading of level 2 (line 2: \"\u3000\"): levels 1 to 3 "
        + "are the document's sections; use level 4 or deeper", bodyProblem("x\n\u3000\n---"));
    assertEquals("body: must close the fenced code block opened on line 1 (~~~): left open, it "
        + "would take in everything after the text", bodyProblem("~~~\n~~~\u2002\ncode"));
    String kept = "x\n \t\n---\n\n~~~\n~~~ \t\n\ny\n=\u2002\nz";
    assertEquals(kept, CustomSection.of("Notes", kept).body());
  }

  @Test
  void headingsInsideQuotesListItemsAndLazyLinesAreNotTheDocumentsSections() {
    // Each is kept inside its section by CommonMark: a nested heading, a thematic break in an
    // item, a lazy continuation of a quoted paragraph, a paragraph after a level-4 heading.
    for (String kept : List.of("- x\n\n  # Not a section", "> # Quoted", "1) ___\n   ----",
        "> note\n===", "#### Detail\n---")) {
      assertEquals(kept, CustomSection.of("Notes", kept).body(), kept);
    }
  }

  @Test
  void aFenceInAListItemOrAnHtmlBlockDoesNotHideTheHeadingsAfterIt() {
    // The item ends at the unindented line, and its fence with it; the <div> block takes the
    // fence's line and ends at the blank line.
    assertEquals("body: must not contain a heading of level 1 (line 3: \"# y\"): levels 1 to 3 are "
        + "the document's sections; use level 4 or deeper", bodyProblem("- x\n  ```\n# y\n```"));
    assertEquals("body: must not contain a heading of level 1 (line 4: \"# Root cause\"): levels 1 "
        + "to 3 are the document's sections; use level 4 or deeper",
        bodyProblem("<div>\n```\n\n# Root cause\n```"));
  }

  @Test
  void anHtmlBlockEndsOnItsOwnLineWhereverItsEndMarkerIs() {
    assertEquals("body: must not contain a heading of level 1 (line 2: \"# x\"): levels 1 to 3 are "
        + "the document's sections; use level 4 or deeper", bodyProblem("<?>\n# x\n?>"));
    assertEquals("body: must not contain a heading of level 1 (line 3: \"#\"): levels 1 to 3 are "
        + "the document's sections; use level 4 or deeper", bodyProblem("<!Y\n>\n#\nxx>"));
  }

  @Test
  void lineEndingsAreNormalisedToLineFeeds() {
    assertEquals("a\nb\n\nc", CustomSection.of("Notes", "a\r\nb\r\rc").body());
    Postmortem p = Postmortem.builder().title("t")
        .summary(s -> s.tldr("one\r\ntwo"))
        .rootCause(r -> r.primaryCause("x\ry").technicalDetails("p\r\nq"))
        .lessons(l -> l.takeaway("l\r\nm"))
        .build();
    assertEquals(List.of("one\ntwo", "x\ny", "p\nq", "l\nm"), List.of(p.summary().tldr().get(),
        p.rootCause().primaryCause().get(), p.rootCause().technicalDetails().get(),
        p.lessons().takeaway().get()));
    assertEquals(p, Postmortem.builder().title("t").summary(s -> s.tldr("one\ntwo"))
        .rootCause(r -> r.primaryCause("x\ny").technicalDetails("p\nq"))
        .lessons(l -> l.takeaway("l\nm")).build());
  }

  @Test
  void aCustomSectionMayHaveAHeadingOnly() {
    assertEquals("", CustomSection.builder().heading("Appendix B").build().body());
  }
}
