package dev.postmortem.benchmarks;

import dev.postmortem.Postmortem;
import dev.postmortem.json.JsonFormat;
import dev.postmortem.markdown.MarkdownFormat;
import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * One realistic postmortem per size, from a fixed seed, with everything the benchmarks and their
 * baselines start from: the value, its JSON and Markdown, and the same JSON held in plain
 * records. (No parsed commonmark-java tree is kept: it would only add to the live set that every
 * benchmark's garbage collections trace under the 128 MB heap.)
 */
@State(Scope.Benchmark)
public class Inputs {
  /** Timeline events; action items are a fifth of that. */
  @Param({"10", "100", "1000", "10000"})
  public int events;

  static final JsonFormat JSON = JsonFormat.create();
  static final MarkdownFormat MARKDOWN = MarkdownFormat.create();
  static final JsonMapper PLAIN_JSON = JsonMapper.builder().build();
  static final Parser BARE_PARSER = Parser.builder().build();
  static final Parser TABLES_PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  Postmortem postmortem;
  String json;
  String markdown;
  List<String> markdownLines;
  PlainRecords.Document records;

  @Setup(Level.Trial)
  public void setUp() {
    postmortem = PostmortemGenerator.create(20261122L).generate(Flavour.REALISTIC, events, events / 5);
    json = JSON.renderer().render(postmortem);
    markdown = MARKDOWN.render(postmortem);
    markdownLines = List.of(markdown.split("\n", -1));
    records = PLAIN_JSON.readValue(json, PlainRecords.Document.class);
    if (!postmortem.equals(JSON.parser().orElseThrow().parse(json))
        || !postmortem.equals(MARKDOWN.parser().orElseThrow().parse(markdown))) {
      throw new IllegalStateException("the inputs do not round-trip");
    }
  }
}
