package dev.postmortem.markdown.internal;

import static dev.postmortem.testing.properties.PostmortemGens.javaLiteral;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.postmortem.testing.properties.PostmortemGens;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link PlainText#inline(String)} against commonmark-java: generated one-line texts dense in the
 * characters that open inline constructs, placed where the report's {@code index.md} puts them (a
 * list item after a rule id, the text of a heading's link, a table cell), read back as exactly
 * the text, as one run of plain text with no other node.
 */
class PlainTextDifferentialTest {
  private static final Parser COMMONMARK = Parser.builder()
      .extensions(List.of(TablesExtension.create())).build();
  /** Pieces of text that mean something inline, and plain ones between them. */
  private static final List<String> PIECES = List.of("a", "b c", " ", "  ", "\t", "`", "``", "*", "**",
      "_", "__", "[", "]", "(", ")", "](x)", "!", "<", ">", "<a>", "</b>", "<http://x.y>", "&", "&amp;",
      "&#35;", "&copy", "|", "~", "~~", "\\", "\\\\", "#", "-", "+", "=", "1.", ":", "\"", "'",
      "x@y.z", "www.x.org", "https://x.org/a_b", "é", "\u00A0", "\uD83D\uDE80", "{", "}", "$", "%");

  @Test
  void plainTextReadsBackAsItselfInEveryPlaceTheReportPutsIt() {
    theory().forAll(texts()).checkAssert(text -> {
      String inline = PlainText.inline(text);
      assertEquals(("warning rule line 3: " + text).strip(),
          read("- warning `rule` line 3: ", inline, "", ListItem.class),
          () -> "in a list item: " + javaLiteral(inline));
      assertEquals(text, read("### [", inline, "](a.md)", Link.class),
          () -> "in a heading's link: " + javaLiteral(inline));
      assertEquals(text, read("| a |\n|---|\n| ", inline, " |", TableCell.class),
          () -> "in a table cell: " + javaLiteral(inline));
    });
  }

  @Test
  void aTitleInATableCellKeepsItsMarkdownAndLosesOnlyThePipesMeaning() {
    Node document = COMMONMARK.parse("| a |\n|---|\n| " + PlainText.cell("**checkout** | `a|b`") + " |\n");
    TableBlock table = (TableBlock) document.getFirstChild();
    Node cell = table.getLastChild().getFirstChild().getFirstChild();
    assertEquals(null, cell.getNext(), "one cell: the pipe did not split it");
    assertTrue(cell.getFirstChild() instanceof StrongEmphasis, () -> cell.getFirstChild().toString());
    assertEquals("checkout | a|b", textOf(cell));
  }

  /**
   * Reads {@code before + inline + after} and returns the text of the first node of type
   * {@code where} (outside a table's head), which holds the inline part.
   */
  private static String read(String before, String inline, String after, Class<? extends Node> where) {
    Node document = COMMONMARK.parse(before + inline + after + "\n");
    Node[] found = new Node[1];
    document.accept(new AbstractVisitor() {
      @Override
      protected void visitChildren(Node parent) {
        if (where.isInstance(parent) && found[0] == null && !(parent instanceof TableCell
            && parent.getParent().getParent() instanceof org.commonmark.ext.gfm.tables.TableHead)) {
          found[0] = parent;
        }
        super.visitChildren(parent);
      }
    });
    if (found[0] == null) {
      return "no " + where.getSimpleName() + " in " + javaLiteral(before + inline + after);
    }
    return textOf(found[0]);
  }

  /**
   * The literals of the text and code nodes below {@code node}, in order: markup that made any
   * other node (emphasis, a link, an entity, raw HTML, a line break) is missing from it.
   */
  private static String textOf(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }

      @Override
      public void visit(org.commonmark.node.Code code) {
        out.append(code.getLiteral());
      }
    });
    return out.toString();
  }

  /** One-line texts of up to 12 pieces, without white space at either end (a paragraph drops it). */
  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 12)
        .map(indexes -> indexes.stream().map(PIECES::get).collect(Collectors.joining()).strip())
        .describedAs(PostmortemGens::javaLiteral);
  }
}
