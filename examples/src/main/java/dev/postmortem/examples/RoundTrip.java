package dev.postmortem.examples;

import dev.postmortem.Postmortem;
import dev.postmortem.format.Formats;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.markdown.MarkdownFormat;
import dev.postmortem.lint.PostmortemLinter;
import dev.postmortem.testing.Samples;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Shows the model end to end: takes the named samples, prints their derived facts and what the
 * linter says about them, renders one in every registered format (found by name through the
 * ServiceLoader) and parses it back, and prints the compact template's example as Markdown. The
 * examples issue adds the report and a custom format.
 */
public final class PrintSample {
  private PrintSample() {}

  /** Prints the sample's facts to standard output. */
  public static void main(String[] args) {
    print(Samples.openAi503s(), System.out);
    print(Samples.elevenLabsQuota(), System.out);

    Postmortem sample = Samples.elevenLabsQuota();
    for (String name : Formats.names()) {
      PostmortemFormat format = Formats.named(name);
      String text = format.renderer().render(sample);
      String roundTrip = format.parser()
          .map(parser -> "parsed back equals the original: " + parser.parse(text).equals(sample))
          .orElse("render only");
      System.out.println(name + ": " + text.length() + " characters, " + roundTrip);
    }
    System.out.println();
    System.out.println(new MarkdownFormat().render(Samples.openAi503s()));
  }

  static void print(Postmortem postmortem, PrintStream out) {
    // A fixed "today" keeps the output the same from run to run.
    Clock today = Clock.fixed(Instant.parse("2024-04-01T09:00:00Z"), ZoneOffset.UTC);
    out.println("# " + postmortem.title() + "  →  " + postmortem.suggestedFileName());
    out.println("severity:        " + postmortem.severity().map(s -> s.label()).orElse("-"));
    out.println("duration:        " + postmortem.duration().map(Object::toString).orElse("-"));
    out.println("time to detect:  " + postmortem.milestones().timeToDetect().map(Object::toString).orElse("-"));
    out.println("time to resolve: " + postmortem.milestones().timeToResolve().map(Object::toString).orElse("-"));
    out.println("timeline events: " + postmortem.timeline().size());
    out.println("action items:    " + postmortem.actionItems().size() + ", overdue on 2024-04-01: "
        + postmortem.overdueActionItems(today).size());
    out.println("cost totals:     " + postmortem.impact().costTotals());
    for (LintFinding finding : PostmortemLinter.withClock(today).lint(postmortem)) {
      out.println("lint:            " + finding);
    }
    out.println();
  }
}
