package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.DETECTION_METHOD;

import dev.postmortem.DetectionMethod;
import dev.postmortem.EventKind;
import dev.postmortem.ResolutionAction;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads how the incident was detected and resolved: the detection's labelled lines or paragraph
 * (whose words give the method: an alert, a customer report...), the immediate actions
 * ({@code **Action:** time - result}) and the system state after resolution.
 */
final class ResolutionImporter {
  private static final Pattern ACTION_TIME = Pattern.compile(
      "(?<time>" + WrittenTime.TIME + ")(?:[ \\t]*(?<zone>UTC|[A-Z]{2,5}))?[ \\t]*[-—–:][ \\t]*(?<rest>.+)");

  private static final java.util.Set<String> DETECTION_LABELS = java.util.Set.of("method", "detection method",
      "how", "detail", "details", "detected by", "who", "reported by", "noticed by", "why not sooner",
      "why not detected sooner", "why wasn't it detected sooner", "time to detect", "detection delay");

  private final ImportState state;
  private final TimelineImporter timeline;

  ResolutionImporter(ImportState state, TimelineImporter timeline) {
    this.state = state;
    this.timeline = timeline;
  }

  void read(SourcePart part) {
    if (part.home == SectionHome.DETECTION) {
      state.eachNode(part, "detection", this::detectionLine);
    } else {
      state.eachNode(part, "resolution", this::resolutionLine);
    }
  }

  private boolean detectionLine(Node node, String item) {
    String[] pair = item == null ? null : ImportState.label(item);
    int line = SourceText.firstLine(node);
    if (pair != null && node instanceof Paragraph && !DETECTION_LABELS.contains(HandWritten.headingKey(pair[0]))) {
      pair = null; // "A customer report was the first signal: …" is a sentence, not a label
    }
    if (pair == null || pair[1].isEmpty()) {
      if (node instanceof Paragraph && item != null && !state.model.isSet(InlineField.DETECTION_DETAIL)) {
        state.setInline(InlineField.DETECTION_DETAIL, item, line, () -> { });
        method(item);
        return true;
      }
      return false;
    }
    String[] labelled = pair;
    String key = HandWritten.headingKey(labelled[0]);
    if (key.equals("method") || key.equals("detection method") || key.equals("how")) {
      Optional<DetectionMethod> method = DETECTION_METHOD.read(HandWritten.unwrap(labelled[1])).or(() -> guess(labelled[1]));
      if (method.isPresent() && state.model.take(ModelBuilders.Once.DETECTION_METHOD)) {
        state.model.detection.method(method.get());
        if (DETECTION_METHOD.read(HandWritten.unwrap(labelled[1])).isPresent()) {
          return true;
        }
      }
    }
    InlineField field = switch (key) {
      case "detail", "details", "how", "method", "detection method" -> InlineField.DETECTION_DETAIL;
      case "detected by", "who", "reported by", "noticed by" -> InlineField.DETECTED_BY;
      case "why not sooner", "why not detected sooner", "why wasn't it detected sooner",
          "time to detect", "detection delay" -> InlineField.WHY_NOT_SOONER;
      default -> null;
    };
    if (field == null || state.model.isSet(field)) {
      return false;
    }
    state.setInline(field, labelled[1], line, () -> { });
    return true;
  }

  /** Sets the method the words of a detection paragraph name, when it is not set. */
  private void method(String text) {
    guess(text).ifPresent(m -> {
      if (state.model.take(ModelBuilders.Once.DETECTION_METHOD)) {
        state.model.detection.method(m);
      }
    });
  }

  /**
   * A means of detection the text says was missing ("we had no alert on …", "nothing paged"):
   * it names the gap, not how the incident was found.
   */
  private static final Pattern ABSENT = Pattern.compile("\\b(no|not|never|nothing|without|lacked|"
      + "missing|didn't|did not|wasn't|weren't|failed to)\\b[^.;,]{0,40}?\\b(alerts?|alerting|alerted|"
      + "paged|page|alarms?|dashboards?|monitoring|tests?)\\b");
  /** An alert that reached nobody did not find the incident. */
  private static final Pattern UNHEEDED = Pattern.compile("(?i)\\b(nobody|no one|no-one) (was )?paged\\b"
      + "|\\bnot paged\\b|\\bunnoticed\\b|\\bignored\\b|\\bpaged nobody\\b");
  private static final Pattern CUSTOMER = Pattern.compile(".*\\b((customer|user|client|seller|merchant"
      + "|partner|tenant)s?('s?)? (report|complain|ticket|email|tweet)[a-z]*|reported by (a |an |several "
      + "|multiple |some )?(customer|user|client|seller|merchant|partner|tenant)s?|support tickets?"
      + "|reports? to (our )?support|support (reports?|reported|tickets?|calls?))\\b.*");

  /**
   * Sets the method from the timeline when no section says how the incident was found: the first
   * alert is an alert; a first report is whatever its words say (a customer's, an engineer's).
   */
  void methodFromTimeline() {
    state.model.events.stream()
        .filter(e -> e.kind() == EventKind.ALERTED || e.kind() == EventKind.DETECTED)
        .filter(e -> e.at().isPresent() && !UNHEEDED.matcher(e.description()).find())
        .min(java.util.Comparator.comparing(e -> e.at().get()))
        .flatMap(e -> e.kind() == EventKind.ALERTED ? Optional.of(DetectionMethod.ALERT) : guess(e.description()))
        .filter(m -> state.model.take(ModelBuilders.Once.DETECTION_METHOD))
        .ifPresent(state.model.detection::method);
  }

  static Optional<DetectionMethod> guess(String text) {
    String t = ABSENT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (CUSTOMER.matcher(t).matches()) {
      return Optional.of(DetectionMethod.CUSTOMER_REPORT);
    }
    if (t.matches(".*\\b(alert|alerts|alerting|paged|page|pagerduty|opsgenie|alarm)\\b.*")) {
      return Optional.of(DetectionMethod.ALERT);
    }
    if (t.matches(".*\\b(dashboard|monitoring|graph|metrics)\\b.*")) {
      return Optional.of(DetectionMethod.MONITORING);
    }
    if (t.matches(".*\\b(test|tests|canary|synthetic|ci)\\b.*")) {
      return Optional.of(DetectionMethod.AUTOMATED_TEST);
    }
    if (t.matches(".*\\b(engineer|employee|teammate|colleague|staff|internal)\\b.*")) {
      return Optional.of(DetectionMethod.INTERNAL_REPORT);
    }
    return Optional.empty();
  }

  private boolean resolutionLine(Node node, String item) {
    if (item == null || !(node instanceof ListItem)) {
      return false;
    }
    int line = SourceText.firstLine(node);
    String[] pair = ImportState.label(item);
    if (pair != null && !pair[1].isEmpty()) {
      InlineField field = switch (HandWritten.headingKey(pair[0])) {
        case "health check status", "health checks" -> InlineField.HEALTH_CHECKS;
        case "data consistency" -> InlineField.DATA_CONSISTENCY;
        case "performance metrics", "performance" -> InlineField.PERFORMANCE;
        case "user experience" -> InlineField.USER_EXPERIENCE;
        default -> null;
      };
      if (field != null && !state.model.isSet(field)) {
        state.setInline(field, pair[1], line, () -> { });
        return true;
      }
      ResolutionAction.Builder action = ResolutionAction.builder().title(pair[0]);
      Matcher timed = ACTION_TIME.matcher(pair[1]);
      if (timed.matches()) {
        Optional<java.time.Instant> at = timeline.duringIncident(timed.group("time"), timed.group("zone"));
        if (at.isPresent()) {
          action.at(at.get());
          action.result(HandWritten.trim(timed.group("rest")));
          state.model.resolution.addImmediateAction(action.build());
          return true;
        }
      }
      state.model.resolution.addImmediateAction(action.result(pair[1]).build());
      return true;
    }
    state.model.resolution.addImmediateAction(ResolutionAction.builder().title(HandWritten.unwrap(item)).build());
    return true;
  }
}
