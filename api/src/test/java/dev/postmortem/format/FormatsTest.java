package dev.postmortem.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatsTest {

  /** A minimal format registered in this module's test resources: the title on one line. */
  public static final class TitleOnlyFormat implements PostmortemFormat {
    @Override
    public String name() {
      return "title-only";
    }

    @Override
    public String mediaType() {
      return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public PostmortemRenderer renderer() {
      return (postmortem, out) -> out.append(postmortem.title());
    }

    @Override
    public Optional<PostmortemParser> parser() {
      return Optional.of(new PostmortemParser() {
        @Override
        public Postmortem parse(Reader in) throws IOException {
          StringBuilder text = new StringBuilder();
          char[] buffer = new char[256];
          for (int n; (n = in.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
          }
          if (text.length() == 0) {
            throw new PostmortemParseException(PostmortemParseException.Problem.UNEXPECTED,
                ParseLocation.at(1, 1), "a title", "an empty document", null);
          }
          return Postmortem.builder().title(text.toString()).build();
        }
      });
    }
  }

  @Test
  void aRegisteredFormatIsFoundByNameAndRoundTrips() {
    PostmortemFormat format = Formats.named("title-only");
    Postmortem p = Postmortem.builder().title("OpenAI 503s").build();
    String text = format.renderer().render(p);
    assertEquals("OpenAI 503s", text);
    assertEquals(p, format.parser().orElseThrow().parse(text));
    assertTrue(Formats.names().contains("title-only"));
  }

  @Test
  void anUnknownNameListsTheRegisteredOnes() {
    NoSuchElementException e =
        assertThrows(NoSuchElementException.class, () -> Formats.named("yaml", List.of(new TitleOnlyFormat())));
    assertEquals("No postmortem format named \"yaml\"; registered formats: [title-only]",
        e.getMessage());
  }

  @Test
  void twoFormatsWithOneNameAreAnError() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Formats.named("title-only", List.of(new TitleOnlyFormat(), new TitleOnlyFormat())));
    assertTrue(e.getMessage().startsWith("Two postmortem formats are named \"title-only\""),
        e.getMessage());
  }

  @Test
  void namesAreMatchedIgnoringCase() {
    TitleOnlyFormat mine = new TitleOnlyFormat();
    assertSame(mine, Formats.named("Title-Only", List.of(mine)));
    assertSame(mine, Formats.named("TITLE-ONLY", List.of(mine)));
  }

  @Test
  void aSuppliedLoaderIsUsedAsIs() {
    TitleOnlyFormat mine = new TitleOnlyFormat();
    assertSame(mine, Formats.named("title-only", List.of(mine)));
  }

  @Test
  void parseExceptionsSayWhereWhatWasExpectedAndWhatWasFound() {
    PostmortemParseException e = assertThrows(PostmortemParseException.class,
        () -> Formats.named("title-only").parser().orElseThrow().parse(""));
    assertEquals("Expected a title but was an empty document at line 1, column 1", e.getMessage());
    assertEquals(PostmortemParseException.Problem.UNEXPECTED, e.problem());
    assertEquals(Optional.of(1), e.location().line());
    assertEquals(Optional.empty(), e.location().path());

    PostmortemParseException json = new PostmortemParseException(
        PostmortemParseException.Problem.INVALID, ParseLocation.path("$.timeline[3].at", 12, 9),
        "an ISO-8601 instant", "\"14:02\"", null);
    assertEquals("Expected an ISO-8601 instant but was \"14:02\" at $.timeline[3].at (line 12, "
        + "column 9)", json.getMessage());
    assertEquals("$.timeline[3].at", ParseLocation.path("$.timeline[3].at").toString());
  }

  @Test
  void locationsStartAtLineAndColumnOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ParseLocation.at(0, 3));
    assertEquals("line and column start at 1, were line 0, column 3", e.getMessage());
  }
}
