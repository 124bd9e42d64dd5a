package dev.postmortem.cli.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.format.PostmortemFormat;
import dev.postmortem.json.JsonFormat;
import dev.postmortem.markdown.HtmlFormat;
import dev.postmortem.markdown.Layout;
import dev.postmortem.markdown.MarkdownFormat;
import dev.postmortem.markdown.MarkdownImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code postmortem convert}: between Markdown, JSON and HTML. */
@Command(name = "convert",
    description = "Converts postmortems (*.json read as JSON, any other file imported as Markdown)"
        + " to another format, on standard output or into --out.")
public final class ConvertCommand implements Callable<Integer> {
  /** The formats written. */
  enum Target { markdown, json, html }

  @Option(names = "--to", required = true, description = "markdown, json or html.")
  Target to;

  @Option(names = "--layout", defaultValue = "compact",
      description = "The layout of Markdown and HTML: compact or detailed; default: ${DEFAULT-VALUE}.")
  Layout layout;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Writes FILE's stem with the format's extension into DIR (created if missing)"
          + " instead of standard output; replaces files of the same name.")
  Path out;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The postmortems to convert.")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PostmortemFormat format = switch (to) {
      case markdown -> MarkdownFormat.builder().layout(layout).build();
      case json -> JsonFormat.builder().prettyPrint(true).build();
      case html -> HtmlFormat.builder().layout(layout).build();
    };
    MarkdownImporter importer = MarkdownImporter.create();
    // Everything is read and rendered before anything is written: a bad file writes nothing.
    Map<Path, String> outputs = new LinkedHashMap<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new CliException(MarkdownFiles.display(file) + ": not a readable file");
      }
      Postmortem postmortem = Sources.read(importer, file);
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      Path target = out == null ? file
          : out.resolve((dot > 0 ? name.substring(0, dot) : name) + "." + format.fileExtension());
      if (outputs.containsKey(target)) {
        throw new CliException(MarkdownFiles.display(target) + ": two inputs would be written to this file");
      }
      outputs.put(target, format.renderer().render(postmortem));
    }
    if (out == null) {
      outputs.values().forEach(spec.commandLine().getOut()::print);
      return 0;
    }
    try {
      Files.createDirectories(out);
      for (Map.Entry<Path, String> output : outputs.entrySet()) {
        Files.writeString(output.getKey(), output.getValue(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(MarkdownFiles.display(output.getKey()));
      }
    } catch (IOException e) {
      throw new CliException(MarkdownFiles.display(out) + ": cannot write: " + e, e);
    }
    return 0;
  }
}
