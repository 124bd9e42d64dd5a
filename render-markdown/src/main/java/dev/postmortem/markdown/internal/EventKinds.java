package dev.postmortem.markdown.internal;

import dev.postmortem.EventKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The milestone a hand-written timeline event marks, from its words: a bold marker that names a
 * kind ({@code **MITIGATED**}), else the first rule of this table whose pattern the text contains.
 * The rules are tried in order, so the more specific come first.
 */
final class EventKinds {
  /**
   * One rule: its pattern, its kind, and stems of which every match of the pattern contains one.
   * A text with none of them cannot match, and most descriptions name no milestone: a
   * {@code contains} per stem is far cheaper than a search for every alternative of the pattern
   * at every position (a third of the import's time, by flight recording, before the stems).
   * {@code EventKindsStemsTest} holds each rule's stems to its pattern.
   */
  record Rule(Pattern words, EventKind kind, List<String> stems) {
    /** Returns whether the lower-case {@code text} contains a match of the pattern. */
    boolean matches(String text) {
      for (String stem : stems) {
        if (text.contains(stem)) {
          return words.matcher(text).find();
        }
      }
      return false;
    }
  }

  private static final Pattern MARKER = Pattern.compile("\\*\\*([^*]+)\\*\\*");
  private static final List<Rule> RULES = List.of(
      rule("\\b(outage|incident|impact|issue|problem|degradation|errors?)s? (begins|began|starts|started)\\b"
          + "|\\b(deploy|rollout|change) (begins|began|starts|started)\\b"
          + "|\\bstart of (the )?(outage|incident|impact|data loss|errors|degradation)\\b"
          + "|\\b(latency|lag|errors?|error rates?|backlog|queue|timeouts?|failures)\\b[^.;]{0,20}\\b(starts?|started"
          + "|begins?|began) (to climb|climbing|to rise|rising|to grow|growing|to increase|increasing|to spike)\\b|\\bles premi(ers|ères) [^ ]+ échouent\\b"
          // Users' traffic failing starts the incident; a job failing may only lead up to it.
          + "|\\b(requests|responses|logins|payments|calls|writes|reads|queries|checkouts|uploads|downloads)"
          + " (start|started|begin|began) (failing|to fail)\\b"
          // Italian, Portuguese, Dutch: "Inizio dei rifiuti", "Início das falhas", "Begin van de storing".
          // A success rate that starts to drop is the incident starting; errors that drop end it.
          + "|\\b(success|connection|availability|delivery) rates?\\b[^.]{0,40}\\b(starts?|started|begins?|began)"
          + " (to drop|dropping|to fall|falling)\\b"
          + "|^(inizio|início|begin van) (de[il]?|dell[ae']|degli|d[oa]s?|de) |\\bstoring begint\\b",
          EventKind.STARTED, "start", "beg", "échouent", "inizio", "início"),
      // Someone taking command, even when the same line says who was paged for it.
      rule("\\bbrought in as (the )?incident commander\\b|\\bdeclar(e|es|ed|ing) (a )?sev[ -]?[0-9]", EventKind.ESCALATED,
          "brought in", "declar"),
      rule("\\balerts? (\\S+ )?(fire|fires|fired|triggered|went off)\\b|\\bpaged\\b|\\bpages?\\b (the )?on-?call"
          + "|^alerte?\\b|\\balert(ed)? (on|for)\\b|\\balerted (us|the|our|on-?call)\\b|\\balerts? pages?\\b|:rotating_light:"
          + "|\\bscatta l'allarme|\\ballarme (scattato|attivato)|^allarme\\b|\\balerta (disparou|disparado|dispara)"
          + "|\\balarm (gaat|ging) af\\b", EventKind.ALERTED, "alert", "page", ":rotating_light:", "allarme", "alarm"),
      rule("\\b(ack|acked|acknowledged|acknowledges)\\b|prend l'alerte en compte|\\bpick(s|ed)? up the (bug|page|alert|ticket|incident)\\b|\\bprende in carico\\b"
          + "|\\bpresa in carico\\b|\\b(reconhece|assume) o alerta\\b|\\bbevestigt de (melding|alert)\\b",
          EventKind.ACKNOWLEDGED, "ack", "prend l'alerte", "pick", "in carico", "o alerta", "bevestigt"),
      rule("\\bescalat|\\bescalad|\\bpag(e|es|ed|ing) (the |our )?[^.,;]{0,30}\\bteam\\b|\\bopgeschaald\\b|^coinvolt[oaie] |\\b(acionad[oa]s?|chamad[oa]s?) (a|o) (equipe|time)\\b",
          EventKind.ESCALATED, "escala", "pag", "opgeschaald", "coinvolt", "acionad", "chamad"),
      rule("\\bverif(y|ied|ies|ication)\\b|\\bconfirmed (recovery|resolved|healthy)|^verificat[oaie]\\b"
          + "|^verificad[oa]s?\\b|^geverifieerd\\b", EventKind.VERIFIED, "verif", "confirmed"),
      rule("\\b(outage|incident|impact) (ends|ended|over)\\b|\\bresolved\\b|\\ball clear\\b"
          + "|\\bfully recovered\\b|\\bback to normal\\b|\\b(service|services|resolution|access|traffic) "
          + "(is |was |were )?(fully )?restored\\b|\\brestored (everywhere|for all|fully)\\b|\\bincident closed\\b|\\bincident résolu"
          + "|\\bincidente (risolto|resolvido|resuelto)\\b|\\bincident opgelost\\b",
          EventKind.RESOLVED, "end", "over", "resolved", "all clear", "recovered", "back to normal", "restored",
          "closed", "résolu", "risolto", "resolvido", "resuelto", "opgelost"),
      rule("\\bmitigat(ed|ion|es|o|a)\\b|\\breverted\\b|\\brevert (complete|completed|finished|done)\\b"
          + "|\\b(work|works) again\\b|\\bmitigad[oa]\\b|\\bgemitigeerd\\b|\\brolled back\\b|\\brollback (complete|completed|finished)\\b"
          + "|\\b(succeed|succeeds|succeeding|working) again\\b|\\bswapped back\\b"
          + "|\\b(start|starts|started|begin|begins|began) (succeeding|to succeed|working again)\\b"
          + "|\\bno (further|more|new) (duplicate|errors?|failures?|crashes)"
          + "|\\b(starts?|started|begins?) (falling|dropping|draining|recovering)\\b",
          EventKind.MITIGATED, "mitig", "revert", "again", "rolled back", "rollback", "swapped back", "succe",
          "no further", "no more", "no new", "falling", "dropping", "draining", "recovering"),
      rule("\\b(root cause )?identified\\b|\\broot cause (found|determined)\\b"
          + "|\\bthat'?s the (root )?cause\\b|\\bfound the (root )?cause\\b|\\bcause identifi|\\bidentif(y|ies|ied) [^.]{0,60}\\bas the (root )?cause\\b"
          + "|\\btraced (back )?to\\b|\\b(finds|found) that\\b"
          + "|\\bindividuata la causa\\b|\\bcausa (individuata|identificada|encontrada)\\b|\\boorzaak (gevonden|geïdentificeerd)\\b",
          EventKind.IDENTIFIED, "identified", "caus", "traced", "finds that", "found that", "oorzaak"),
      rule("\\b(detected|noticed|notices|spotted|reported by|first reports?|reports? from)\\b"
          + "|\\bfirst (customer |user )?(tickets?|complaints?|reports?)\\b"
          + "|^\\S+(?: \\S+){0,2} (reports|reported|flags|flagged)\\b", EventKind.DETECTED,
          "detected", "notice", "spotted", "report", "ticket", "complaint", "flag"));

  private EventKinds() {}

  private static Rule rule(String words, EventKind kind, String... stems) {
    if (stems.length == 0) {
      throw new IllegalArgumentException("a rule without stems never matches: " + kind);
    }
    return new Rule(Pattern.compile(words), kind, List.of(stems));
  }

  /** Returns the rules, in the order they are tried. */
  static List<Rule> rules() {
    return RULES;
  }

  /** Returns the kind a description marks, if any. */
  static Optional<EventKind> of(String description) {
    Matcher marker = MARKER.matcher(description);
    boolean marked = marker.find();
    if (marked) {
      // A marker that is a kind's own name, "**Alerted**:" or "**MITIGATED**", is that kind.
      String name = marker.group(1).replaceAll("[:.]+$", "").strip().toUpperCase(Locale.ROOT)
          .replace(' ', '_');
      for (EventKind kind : EventKind.values()) {
        if (kind.name().equals(name)) {
          return Optional.of(kind);
        }
      }
      if (name.equals("MONITORING")) {
        return Optional.of(EventKind.MITIGATED); // a status page's "a fix is in, we are watching"
      }
    }
    String text = (marked ? marker.group(1) : description).toLowerCase(Locale.ROOT);
    for (Rule rule : RULES) {
      if (rule.matches(text)) {
        return Optional.of(rule.kind());
      }
    }
    return Optional.empty();
  }
}
