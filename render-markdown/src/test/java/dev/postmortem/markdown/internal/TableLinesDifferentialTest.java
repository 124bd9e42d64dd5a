package dev.postmortem.markdown.internal;

import static dev.postmortem.testing.properties.PostmortemGens.javaLiteral;
import static dev.postmortem.testing.properties.PostmortemGens.markdownBlockSources;
import static dev.postmortem.testing.properties.PostmortemGens.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link TableLines} against commonmark-java's table extension, which it replaces in the readers'
 * parser: for every document, both parsers give the same blocks with the same source spans, tables
 * included (the extension's rows and cells under a table aside). Documents: lines drawn from a
 * grammar dense in what starts and ends a table (pipes, delimiter rows of every shape, escaped
 * pipes, lazy lines, containers), the block-source grammar of the other differential tests, and
 * every Markdown file under the test resources. A failure prints the smallest document and the seed.
 */
class TableLinesDifferentialTest {
  private static final Parser EXTENSION = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .inlineParserFactory(context -> (lines, node) -> { })
      .build();
  private static final List<String> LINES = List.of("| a | b |", "a | b", "|a|b|", "| a |", "a |", "| a",
      "|", " |", "| |", "||", "|---|---|", "| --- | --- |", "---|---", "|---|", "---|", "|:--|--:|",
      "| :-: |", "|-|", "| - | - |", "--- | ---", ":---", "| ---", "|---|---|---|", "| ---: | --- |",
      "|--|--| x", "| -- - |", "a \\| b", "\\| a |", "| a \\|", "\\\\| a", "| a | b | c |", "  | a | b |",
      "    | a |", "\t| a |", "| a |  ", "| a | b |\t", "", " ", "text", "bar", "# h", "## Timeline",
      "- | a |", "- item", "1. | a |", "> | a |", "> |---|", ">", "```", "~~~", "    code", "<div>",
      "***", "---", "===", "| `a|b` |", "| **x** | y |", "|\u00A0|", "| é | ✓ |", "-", ":", "|:", "-|-");

  @Test
  void tableLinesFindTheTablesTheExtensionFinds() {
    theory().withExamples(20_000).forAll(documents()).checkAssert(TableLinesDifferentialTest::sameBlocks);
  }

  @Test
  void blockSourcesParseTheSameWay() {
    theory().withExamples(5_000).forAll(markdownBlockSources())
        .checkAssert(text -> sameBlocks("# T\n\n## A\n\n" + text + "\n\n## B\n"));
  }

  @Test
  void everyMarkdownFileOfTheTestsParsesTheSameWay() throws Exception {
    Path resources = Path.of(TableLinesDifferentialTest.class.getResource("/corpus").toURI()).getParent();
    List<Path> files;
    try (Stream<Path> all = Files.walk(resources)) {
      files = all.filter(f -> f.toString().endsWith(".md")).toList();
    }
    assertTrue(files.size() > 50, "the corpus, golden and import files: " + files.size());
    int tables = 0;
    for (Path file : files) {
      String text = read(file);
      sameBlocks(text);
      tables += count(MarkdownReader.PARSER.parse(text));
    }
    assertTrue(tables > 50, "they hold tables to compare: " + tables);
  }

  private static Gen<String> documents() {
    return lists().of(integers().between(0, LINES.size() - 1)).ofSizeBetween(1, 9)
        .map(indices -> indices.stream().map(LINES::get).collect(Collectors.joining("\n")) + "\n")
        .describedAs(text -> javaLiteral(text));
  }

  private static void sameBlocks(String text) {
    assertEquals(tree(EXTENSION.parse(text)), tree(MarkdownReader.PARSER.parse(text)), () -> javaLiteral(text));
  }

  /** Each block with its spans, indented by depth; a table's own children are left out. */
  private static String tree(Node document) {
    StringBuilder out = new StringBuilder();
    tree(document, 0, out);
    return out.toString();
  }

  private static void tree(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ')
        .append(node.getSourceSpans()).append('\n');
    if (node instanceof TableBlock) {
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      tree(child, depth + 1, out);
    }
  }

  private static int count(Node node) {
    int tables = node instanceof TableBlock ? 1 : 0;
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      tables += count(child);
    }
    return tables;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
