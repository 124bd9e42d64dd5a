package dev.postmortem.examples;

import dev.postmortem.DetectionMethod;
import dev.postmortem.DocumentStatus;
import dev.postmortem.EventKind;
import dev.postmortem.ImpactMetric;
import dev.postmortem.IncidentStatus;
import dev.postmortem.Postmortem;
import dev.postmortem.Priority;
import dev.postmortem.Responder;
import dev.postmortem.Severity;
import dev.postmortem.TimelineEvent;
import dev.postmortem.format.Formats;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.json.JsonFormat;
import dev.postmortem.lint.LintFinding;
import dev.postmortem.lint.PostmortemLinter;
import dev.postmortem.markdown.HtmlFormat;
import dev.postmortem.markdown.Layout;
import dev.postmortem.markdown.MarkdownFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows the round trip: builds a postmortem with the builders, prints its derived facts and lint
 * findings, renders it in every format and layout (the bundled ones built with options, plus every
 * format registered through the ServiceLoader, found by name), parses back each output that has a
 * parser and shows that it equals the original, and writes every output and the blank templates to
 * a folder it prints.
 *
 * <p>Run with {@code [output folder]}; by default {@code examples/target/round-trip}.
 */
public final class RoundTrip {
  private RoundTrip() {}

  /** Builds, renders, parses back and writes the files. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "examples/target/round-trip");
    Postmortem postmortem = build();
    printFacts(postmortem, System.out);
    List<Output> outputs = write(postmortem, out);
    for (Output output : outputs) {
      System.out.printf("%-28s %6d characters  %s%n", output.file().getFileName(),
          output.text().length(), output.roundTrip());
    }
    System.out.println("Wrote " + outputs.size() + " files to " + out.toAbsolutePath());
  }

  /** One rendered file and what parsing it back gave. */
  record Output(Path file, String text, String roundTrip, boolean equal) {}

  /**
   * Renders {@code postmortem} in every format and layout, parses back what can be parsed, and
   * writes each output (and the blank templates) to {@code out}.
   */
  static List<Output> write(Postmortem postmortem, Path out) throws IOException {
    Map<String, PostmortemFormat> formats = new LinkedHashMap<>();
    for (Layout layout : Layout.values()) {
      String name = layout.name().toLowerCase(java.util.Locale.ROOT);
      formats.put("postmortem-" + name + ".md", MarkdownFormat.builder().layout(layout).build());
      formats.put("postmortem-" + name + ".html", HtmlFormat.builder().layout(layout).build());
      formats.put("postmortem-" + name + "-fragment.html",
          HtmlFormat.builder().layout(layout).fragment(true).build());
    }
    // Two JSON files that differ: the default one-line form, and the indented one for people.
    formats.put("postmortem-compact.json", JsonFormat.create());
    formats.put("postmortem.json", JsonFormat.builder().prettyPrint(true).build());
    // Every registered format, by name: the bundled ones with default options and any plug-in
    // (such as the chat summary of this module, see PluginFormat).
    for (String name : Formats.names()) {
      PostmortemFormat format = Formats.named(name);
      formats.put("registered-" + name + "." + format.fileExtension(), format);
    }

    Files.createDirectories(out);
    List<Output> outputs = new ArrayList<>();
    for (Map.Entry<String, PostmortemFormat> entry : formats.entrySet()) {
      PostmortemFormat format = entry.getValue();
      String text = format.renderer().render(postmortem);
      Path file = out.resolve(entry.getKey());
      Files.writeString(file, text);
      boolean equal = format.parser().map(p -> p.parse(text).equals(postmortem)).orElse(true);
      String roundTrip = format.parser().isEmpty() ? "render only"
          : "parsed back equals the original: " + equal;
      outputs.add(new Output(file, text, roundTrip, equal));
    }
    for (Layout layout : Layout.values()) {
      String name = "template-" + layout.name().toLowerCase(java.util.Locale.ROOT) + ".md";
      String text = MarkdownFormat.builder().layout(layout).build().blankTemplate();
      Path file = out.resolve(name);
      Files.writeString(file, text);
      outputs.add(new Output(file, text, "blank template", true));
    }
    return outputs;
  }

  /** Builds the compact template's example through the builders. */
  static Postmortem build() {
    return Postmortem.builder()
        .incidentId("INC-2041")
        .title("OpenAI 503s")
        .date(LocalDate.of(2024, 3, 14))
        .severity(Severity.SEV_2)
        .owner("@alice")
        .documentStatus(DocumentStatus.FINAL)
        .incidentStatus(IncidentStatus.RESOLVED)
        .addTags("analysis", "third-party")
        .addResponders(Responder.of("@alice", "incident commander"), Responder.of("@bob", "scribe"))
        .startedAt(Instant.parse("2024-03-14T14:01:00Z"))
        .endedAt(Instant.parse("2024-03-14T14:20:00Z"))
        .summary(s -> s.tldr("OpenAI returned 503s for 18 minutes. Our analysis pipeline retried "
            + "tightly, exhausted its worker pool, and stopped answering for everyone."))
        .impact(i -> i.usersAffected("~30% of active users")
            .addMetric(ImpactMetric.of("Calls affected", "failed", "1 234")))
        .detection(d -> d.method(DetectionMethod.ALERT)
            .detail("Sentry alert on `OpenAiTimeoutException`"))
        .addEvent(TimelineEvent.at(Instant.parse("2024-03-14T14:01:00Z"), EventKind.STARTED,
            "OpenAI starts returning 503s."))
        .addEvent(TimelineEvent.at(Instant.parse("2024-03-14T14:02:00Z"), EventKind.ALERTED,
            "Sentry alert fires: `OpenAiTimeoutException` spike."))
        .addEvent(TimelineEvent.at(Instant.parse("2024-03-14T14:09:00Z"), EventKind.MITIGATED,
            "Analysis disabled by feature flag; calls go through unanalysed."))
        .addEvent(TimelineEvent.at(Instant.parse("2024-03-14T14:20:00Z"), EventKind.RESOLVED,
            "OpenAI healthy again; analysis re-enabled."))
        .rootCause(r -> r.primaryCause("The pipeline didn't degrade gracefully: every request "
            + "retried immediately, so a partial outage became a full one."))
        .lessons(l -> l.takeaway("A third party failing must not take our callers down with it."))
        .addActionItem(a -> a.description("Add exponential backoff with cap")
            .owner("@bob").priority(Priority.HIGH).dueDate(LocalDate.of(2024, 3, 21)))
        .addActionItem(a -> a.description("Alert on worker pool saturation")
            .owner("@alice").priority(Priority.MEDIUM).dueDate(LocalDate.of(2024, 3, 28)))
        .build();
  }

  static void printFacts(Postmortem postmortem, PrintStream out) {
    // A fixed "today" keeps the output the same from run to run.
    Clock today = Clock.fixed(Instant.parse("2024-03-25T09:00:00Z"), ZoneOffset.UTC);
    out.println("# " + postmortem.title() + "  ->  " + postmortem.suggestedFileName());
    out.println("severity:        " + postmortem.severity().map(Severity::label).orElse("-"));
    out.println("duration:        " + postmortem.duration().map(Object::toString).orElse("-"));
    out.println("time to detect:  "
        + postmortem.milestones().timeToDetect().map(Object::toString).orElse("-"));
    out.println("time to resolve: "
        + postmortem.milestones().timeToResolve().map(Object::toString).orElse("-"));
    out.println("action items:    " + postmortem.actionItems().size() + ", overdue on 2024-03-25: "
        + postmortem.overdueActionItems(today).size());
    for (LintFinding finding : PostmortemLinter.builder().clock(today).build().lint(postmortem)) {
      out.println("lint:            " + finding);
    }
    out.println();
  }
}
