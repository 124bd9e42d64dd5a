package dev.postmortem.examples;

import dev.postmortem.Postmortem;
import dev.postmortem.PostmortemDiff;
import dev.postmortem.markdown.MarkdownImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows {@link PostmortemDiff}: what changed between two versions of one postmortem, as a change
 * log to paste into a review. The two versions are the first draft of the bundled OpenAI
 * postmortem, kept in {@code examples/history/}, and the published one in
 * {@code examples/postmortems/}, the way a team's repository holds a postmortem's history.
 * Prints the change log and writes it to a Markdown file.
 *
 * <pre>{@code
 * PostmortemDiff diff = PostmortemDiff.between(draft, published);
 * diff.toMarkdown();   // - `severity`: `sev-3 (rank 3)` → `sev-2 (rank 2)` …
 * }</pre>
 *
 * <p>Run with {@code [earlier version] [later version] [output file]}.
 */
public final class ChangeLog {
  private ChangeLog() {}

  /** Imports both versions, prints the change log and writes it to the output file. */
  public static void main(String[] args) throws IOException {
    Path before = Path.of(args.length > 0 ? args[0]
        : "examples/history/2024-03-14-openai-503s.draft.md");
    Path after = Path.of(args.length > 1 ? args[1]
        : "examples/postmortems/2024-03-14-openai-503s.md");
    Path out = Path.of(args.length > 2 ? args[2]
        : "examples/target/change-log/2024-03-14-openai-503s.changes.md");
    String changeLog = changeLog(before, after);
    System.out.print(changeLog);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, changeLog, StandardCharsets.UTF_8);
    System.out.println("Wrote " + out.toAbsolutePath());
  }

  /**
   * Returns the changes from the postmortem in {@code before} to the one in {@code after}, both
   * Markdown files in any layout the importer reads, under a heading that names them.
   */
  public static String changeLog(Path before, Path after) throws IOException {
    return "## Changes from " + before.getFileName() + " to " + after.getFileName() + "\n\n"
        + diff(before, after).toMarkdown();
  }

  /** Returns the structural diff of the two postmortems, imported from Markdown. */
  public static PostmortemDiff diff(Path before, Path after) throws IOException {
    MarkdownImporter importer = MarkdownImporter.create();
    Postmortem earlier = importer.read(before).postmortem();
    Postmortem later = importer.read(after).postmortem();
    return PostmortemDiff.between(earlier, later);
  }
}
