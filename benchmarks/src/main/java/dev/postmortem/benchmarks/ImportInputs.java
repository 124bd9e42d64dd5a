package dev.postmortem.benchmarks;

import dev.postmortem.Postmortem;
import dev.postmortem.markdown.ImportedPostmortem;
import dev.postmortem.markdown.MarkdownImporter;
import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One hand-written document per layout family and size, made from the same generated postmortem
 * as {@link Inputs}; the setup checks that the importer reads every timeline row back.
 */
@State(Scope.Benchmark)
public class ImportInputs {
  /** Timeline rows (bullets or table rows). */
  @Param({"10", "100", "1000", "10000"})
  public int events;

  /** The layout family the document is written in. */
  @Param({"compact", "blog"})
  public String family;

  static final MarkdownImporter IMPORTER = MarkdownImporter.create();

  String text;

  @Setup(Level.Trial)
  public void setUp() {
    Postmortem postmortem = PostmortemGenerator.create(20261122L).generate(Flavour.REALISTIC, events, events / 5);
    text = HandWrittenDocs.write(postmortem,
        HandWrittenDocs.Family.valueOf(family.toUpperCase(Locale.ROOT)));
    ImportedPostmortem imported = IMPORTER.read(text);
    if (imported.postmortem().timeline().size() != events) {
      throw new IllegalStateException("the " + family + " document imports " + imported.postmortem().timeline().size()
          + " of " + events + " timeline rows");
    }
  }
}
