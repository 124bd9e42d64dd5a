package dev.postmortem.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.ActionStatus;
import dev.postmortem.Audience;
import dev.postmortem.CodeChange;
import dev.postmortem.Communication;
import dev.postmortem.CostItem;
import dev.postmortem.CostKind;
import dev.postmortem.CustomSection;
import dev.postmortem.Evidence;
import dev.postmortem.ImpactMetric;
import dev.postmortem.PastIncident;
import dev.postmortem.Postmortem;
import dev.postmortem.PreventionArea;
import dev.postmortem.PreventionMeasure;
import dev.postmortem.Priority;
import dev.postmortem.ResolutionAction;
import dev.postmortem.Responder;
import dev.postmortem.ReviewMeeting;
import dev.postmortem.Severity;
import dev.postmortem.Signoff;
import dev.postmortem.TimelineEvent;
import dev.postmortem.Topic;
import dev.postmortem.format.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** XSS payloads in every text field never reach the HTML as script, handler or unsafe URL. */
class HtmlSafetyTest {
  private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>");
  private static final Pattern URL_ATTRIBUTE =
      Pattern.compile("\\b(href|src|action|formaction|xlink:href|data)\\s*=\\s*\"([^\"]*)\"");
  private static final List<String> SAFE_TAGS = List.of("html", "head", "meta", "title", "body",
      "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
      "strong", "em", "code", "pre", "blockquote", "a", "img", "hr", "br", "del");

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "<svg onload=alert(1)>",
      "[click](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      "![x](javascript:alert(1))",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<iframe src=\"javascript:alert(1)\"></iframe>",
      "[x](vbscript:msgbox(1))",
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "<body onload=alert(1)>",
      "\"><script>alert(1)</script>",
      "<style>*{background:url(javascript:alert(1))}</style>",
      "<object data=\"javascript:alert(1)\">",
      "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
      "[x](&#106;avascript:alert(1))",
      "<javascript:alert(1)>",
      "[x](<javascript:alert(1)>)",
      "<details open ontoggle=alert(1)>",
      "<input autofocus onfocus=alert(1)>",
      "[x](java&#x09;script:alert(1))",
      "<a href=\" javascript:alert(1)\">x</a>",
      "<!--<script>alert(1)</script>-->",
      "[ref][xss] and ![img][xss]",
      "<scr<script>ipt>alert(1)</script>",
      "`<script>alert(1)</script>` in code"})
  void noPayloadInAnyFieldReachesTheHtml(String payload) {
    Postmortem postmortem = everyField(payload);
    for (Layout layout : Layout.values()) {
      for (boolean fragment : new boolean[] {true, false}) {
        String html = HtmlFormat.builder().layout(layout).fragment(fragment).build().renderer()
            .render(postmortem);
        assertSafe(html, payload);
      }
    }
  }

  private static void assertSafe(String html, String payload) {
    if (html.startsWith("<!DOCTYPE")) {
      // A page has one <style>, the fixed stylesheet in its head: no payload can reach it.
      String style = "<style>\n" + dev.postmortem.markdown.internal.SafeHtml.STYLESHEET + "\n</style>\n";
      assertEquals(1, html.split("<style", -1).length - 1, payload);
      assertTrue(html.indexOf(style) > 0 && html.indexOf(style) < html.indexOf("</head>"), payload);
      html = html.replace(style, "");
    }
    Matcher tags = TAG.matcher(html);
    int count = 0;
    while (tags.find()) {
      count++;
      String name = tags.group(1).toLowerCase(Locale.ROOT);
      String attributes = tags.group(2);
      assertTrue(SAFE_TAGS.contains(name), () -> "tag <" + name + "> from " + payload);
      assertFalse(attributes.toLowerCase(Locale.ROOT).matches("(?s).*\\bon[a-z]+\\s*=.*"),
          () -> "event handler in <" + name + attributes + "> from " + payload);
      Matcher url = URL_ATTRIBUTE.matcher(attributes);
      while (url.find()) {
        String value = decode(url.group(2)).replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
        assertTrue(value.isEmpty() || value.startsWith("http:") || value.startsWith("https:")
                || value.startsWith("mailto:") || !value.matches("[a-z][a-z0-9+.-]*:.*"),
            () -> "unsafe URL " + url.group(2) + " from " + payload);
      }
    }
    assertTrue(count > 20, "the page has its structure");
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), payload);
  }

  private static String decode(String attribute) {
    return attribute.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<")
        .replace("&gt;", ">").replaceAll("&#x?0*9;", "\t");
  }

  @Test
  void htmlIsFoundThroughTheServiceLoaderAndHasNoParser() {
    assertEquals("html", Formats.named("html").name());
    assertTrue(Formats.named("html").parser().isEmpty());
    assertTrue(HtmlFormat.create().renderer().render(Postmortem.builder().title("a < b").build())
        .contains("<title>a &lt; b</title>"));
  }

  /** A postmortem with {@code payload} in every text field (links get it without spaces). */
  static Postmortem everyField(String payload) {
    String link = payload.replaceAll("\\s", "");
    String block = payload + "\n\n[xss]: javascript:alert(1)";
    Instant t = Instant.parse("2024-03-14T14:02:00Z");
    List<String> one = List.of(payload);
    return Postmortem.builder()
        .incidentId(payload).title(payload).date(LocalDate.of(2024, 3, 14)).tags(one)
        .putAttribute(payload, payload).severity(Severity.of(payload, 2)).owner(payload)
        .authors(one).addResponder(Responder.of(payload, payload)).startedAt(t).endedAt(t)
        .summary(s -> s.tldr(block).whatHappened(payload).impact(payload).rootCause(payload)
            .resolution(payload))
        .impact(i -> i.usersAffected(payload).serviceDegradation(payload).geographicScope(payload)
            .userVisibleSymptoms(payload).whatWorked(payload).whatDidNotWork(payload)
            .revenueImpact(payload).reputationImpact(payload).affectedServices(one)
            .dataIntegrity(payload).performanceDegradation(payload)
            .addCost(CostItem.builder().kind(CostKind.REFUND).amount(BigDecimal.ONE)
                .currency(Currency.getInstance("EUR")).description(payload).build())
            .addMetric(ImpactMetric.of(payload, payload, payload)))
        .addEvent(TimelineEvent.builder().at(t).description(payload).actionTaken(payload)
            .actor(payload).dataLink(link).build())
        .rootCause(r -> r.primaryCause(block).trigger(payload).technicalDetails(block)
            .whySafeguardsFailed(payload).addContributingFactor(Topic.of(payload, payload))
            .fiveWhys(one))
        .detection(d -> d.detail(payload).detectedBy(payload).whyNotSooner(payload))
        .whatWentWell(one).whatWentPoorly(one).whereWeGotLucky(one)
        .resolution(r -> r.addImmediateAction(ResolutionAction.builder().at(t).title(payload)
                .result(payload).build())
            .healthChecks(payload).dataConsistency(payload).performance(payload)
            .userExperience(payload))
        .addActionItem(a -> a.description(payload).owner(payload).priority(Priority.of(payload, 1))
            .status(ActionStatus.DONE).completedOn(LocalDate.of(2024, 3, 15)).ticket(link)
            .notes(payload))
        .addPreventionMeasure(PreventionMeasure.of(PreventionArea.PROCESS, payload, payload))
        .lessons(l -> l.takeaway(block).addTechnicalLesson(Topic.of(payload, payload))
            .addProcessLesson(Topic.of(payload, payload)).openQuestions(one))
        .addEvidence(Evidence.builder().label(payload).link(link).detail(payload).build())
        .addCommunication(Communication.builder().audience(Audience.EXTERNAL).subject(payload)
            .channel(payload).detail(payload).build())
        .appendix(a -> a.putFeatureFlag(payload, payload).putEnvironment(payload, payload)
            .addCodeChange(CodeChange.builder().commit(payload).description(payload)
                .author(payload).build())
            .addSimilarIncident(PastIncident.builder().description(payload).link(link).build()))
        .review(r -> r.preparedBy(Signoff.of(payload, LocalDate.of(2024, 3, 16)))
            .distribution(new ArrayList<>(one))
            .meeting(ReviewMeeting.builder().facilitator(payload).notesLink(link).recordingLink(link)
                .build()))
        .addCustomSection(CustomSection.of(payload, block))
        .build();
  }
}
