package dev.postmortem.examples;

import dev.postmortem.format.Formats;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.testing.Samples;

/**
 * Shows the plug-in point: lists the formats registered through {@link java.util.ServiceLoader}
 * (the bundled ones and this module's {@link ChatSummaryFormat}), looks the chat summary up by
 * name, as any caller would without knowing its class, and prints the two samples through it.
 */
public final class PluginFormat {
  private PluginFormat() {}

  /** Prints the registered formats and the samples as chat summaries. */
  public static void main(String[] args) {
    System.out.println("Registered formats: " + Formats.names());
    PostmortemFormat chat = Formats.named(ChatSummaryFormat.NAME);
    System.out.println(chat.name() + " (" + chat.mediaType() + "), parser: "
        + (chat.parser().isPresent() ? "yes" : "none, render only"));
    System.out.println();
    System.out.println(chat.renderer().render(Samples.openAi503s()));
    System.out.println(chat.renderer().render(Samples.elevenLabsQuota()));
  }
}
