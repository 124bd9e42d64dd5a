package dev.postmortem.examples;

import dev.postmortem.ActionItem;
import dev.postmortem.Postmortem;
import dev.postmortem.Severity;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A third party's format, as the plug-in point sees one: a few lines of plain text to paste into a
 * chat channel when a postmortem is published. It is registered in this module's
 * {@code META-INF/services/dev.postmortem.format.PostmortemFormat} and found with
 * {@code Formats.named("chat-summary")}; nothing in the library knows about it.
 *
 * <p>Render only: a summary leaves out most of the postmortem, so it has no parser. Immutable and
 * thread-safe, as every format must be.
 */
public final class ChatSummaryFormat implements PostmortemFormat {
  /** The name it is registered under. */
  public static final String NAME = "chat-summary";

  /** Public and without arguments, so that {@link java.util.ServiceLoader} can create it. */
  public ChatSummaryFormat() {}

  @Override
  public String name() {
    return NAME;
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
    return ChatSummaryFormat::render;
  }

  @Override
  public Optional<PostmortemParser> parser() {
    return Optional.empty();
  }

  private static void render(Postmortem postmortem, Appendable out) throws IOException {
    // Headline: severity, title, incident id, incident status.
    out.append('[').append(postmortem.severity().map(Severity::label).orElse("no severity"))
        .append("] ").append(postmortem.title());
    if (postmortem.incidentId().isPresent()) {
      out.append(" (").append(postmortem.incidentId().get()).append(')');
    }
    if (postmortem.incidentStatus().isPresent()) {
      out.append(" - ").append(lowerCase(postmortem.incidentStatus().get()));
    }
    out.append('\n');
    // The first paragraph of the TL;DR is what a channel reads.
    Optional<String> tldr = postmortem.summary().tldr();
    if (tldr.isPresent()) {
      out.append(tldr.get().split("\n\n", 2)[0].replace('\n', ' ')).append('\n');
    }
    StringBuilder facts = new StringBuilder();
    postmortem.duration().ifPresent(d -> facts.append("Lasted ").append(minutes(d)));
    postmortem.milestones().timeToDetect().ifPresent(
        d -> facts.append(facts.isEmpty() ? "" : ", ").append("detected after ").append(minutes(d)));
    postmortem.owner().ifPresent(
        o -> facts.append(facts.isEmpty() ? "" : ", ").append("owner ").append(o));
    if (!facts.isEmpty()) {
      out.append(facts).append('\n');
    }
    List<ActionItem> pending =
        postmortem.actionItems().stream().filter(a -> a.status().isPending()).toList();
    if (!pending.isEmpty()) {
      out.append(pending.size() == 1 ? "1 action item open:" : pending.size() + " action items open:")
          .append('\n');
      for (ActionItem item : pending) {
        out.append("  - ").append(item.description());
        if (item.owner().isPresent()) {
          out.append(" (").append(item.owner().get()).append(')');
        }
        if (item.dueDate().isPresent()) {
          out.append(", due ").append(item.dueDate().get().toString());
        }
        out.append('\n');
      }
    }
  }

  private static String minutes(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes < 120 ? minutes + " min" : duration.toHours() + " h " + minutes % 60 + " min";
  }

  private static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
