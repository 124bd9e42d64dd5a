package dev.postmortem.cli.internal;

import dev.postmortem.lint.Finding;
import dev.postmortem.lint.FindingRule;
import dev.postmortem.lint.ImportRule;
import dev.postmortem.lint.LintRule;
import dev.postmortem.lint.LintSeverity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings of {@code lint} as a SARIF 2.1.0 log, the format code-scanning tools read (GitHub's
 * {@code upload-sarif}, IDE viewers): one run of the tool {@code postmortem}, every rule of the
 * linter and the importer described, one result per finding with its file and line. Files that
 * could not be read are the run's tool execution notifications, and make the invocation
 * unsuccessful.
 */
final class SarifLog {
  /** The schema's address as OASIS publishes it (SARIF 2.1.0 with errata 01). */
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/postmortem-kit/postmortem-kit";
  /**
   * The rules described, in {@code tool.driver.rules} order: the linter's, then the importer's
   * whose id is not a lint rule's. A result names its rule by id, and an import finding of
   * {@code unfilled-placeholder} reports what the lint rule of that id does, so one descriptor
   * serves both.
   */
  static final List<FindingRule> RULES = described();

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** Two-space indentation and {@code "name": value}, with {@code \n} on every platform. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private SarifLog() {}

  /**
   * Returns the log, ending with a line break.
   *
   * @param findings the findings, in the order to report them
   * @param problems the files that could not be read
   * @param base the working folder, against which file URIs are made relative
   * @param version the tool's version
   */
  static String write(List<FileFinding> findings, List<FileProblem> problems, Path base, String version) {
    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "postmortem");
    driver.put("version", version);
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    for (FindingRule rule : RULES) {
      ObjectNode descriptor = rules.addObject();
      descriptor.put("id", rule.id());
      descriptor.putObject("shortDescription").put("text", rule.description());
      descriptor.putObject("defaultConfiguration").put("level", level(rule.severity()));
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", problems.isEmpty());
    if (!problems.isEmpty()) {
      ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
      for (FileProblem problem : problems) {
        ObjectNode notification = notifications.addObject();
        notification.put("level", "error");
        notification.putObject("message").put("text", problem.message());
        notification.putArray("locations").addObject().putObject("physicalLocation")
            .putObject("artifactLocation").put("uri", ArtifactUri.of(problem.file(), base));
      }
    }
    ArrayNode results = run.putArray("results");
    for (FileFinding found : findings) {
      Finding finding = found.finding();
      ObjectNode result = results.addObject();
      result.put("ruleId", finding.ruleId());
      result.put("ruleIndex", ruleIndex(finding.rule()));
      result.put("level", level(finding.severity()));
      result.putObject("message").put("text", finding.message());
      ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
      location.putObject("artifactLocation").put("uri", ArtifactUri.of(found.file(), base));
      finding.line().ifPresent(line -> location.putObject("region").put("startLine", line));
      if (!finding.path().isEmpty()) {
        // The model path, such as actionItems[0].owner: the logical place of the finding.
        result.putObject("properties").put("path", finding.path());
      }
    }
    return MAPPER.writer().with(PRETTY).writeValueAsString(log) + "\n";
  }

  private static List<FindingRule> described() {
    List<FindingRule> rules = new ArrayList<>(Arrays.asList(LintRule.values()));
    for (ImportRule rule : ImportRule.values()) {
      if (rules.stream().noneMatch(known -> known.id().equals(rule.id()))) {
        rules.add(rule);
      }
    }
    return List.copyOf(rules);
  }

  /** Returns the position in {@code tool.driver.rules} of the descriptor of the rule's id. */
  static int ruleIndex(FindingRule rule) {
    for (int i = 0; i < RULES.size(); i++) {
      if (RULES.get(i).id().equals(rule.id())) {
        return i;
      }
    }
    throw new IllegalStateException("no descriptor for rule " + rule.id());
  }

  /** SARIF has no "info" level; "note" is its least severe. */
  static String level(LintSeverity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
