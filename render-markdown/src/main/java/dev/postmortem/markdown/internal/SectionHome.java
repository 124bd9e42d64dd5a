package dev.postmortem.markdown.internal;

import dev.postmortem.Horizon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a section of a hand-written document goes in the model. Which headings name which home
 * is data, not code: the list in {@code section-headings.txt} beside this class, one home per line
 * with the heading words that name it, so that adding a spelling is adding a word.
 */
enum SectionHome {
  METADATA("metadata"),
  SUMMARY("summary.tldr"),
  WHAT_HAPPENED("summary.whatHappened"),
  RESPONDERS("responders"),
  IMPACT("impact"),
  SERVICES("impact.affectedServices"),
  TIMELINE("timeline"),
  ROOT_CAUSE("rootCause.primaryCause"),
  TRIGGER("rootCause.trigger"),
  TECHNICAL_DETAILS("rootCause.technicalDetails"),
  CONTRIBUTING("rootCause.contributingFactors"),
  FIVE_WHYS("rootCause.fiveWhys"),
  DETECTION("detection"),
  WENT_WELL("whatWentWell"),
  WENT_POORLY("whatWentPoorly"),
  LUCKY("whereWeGotLucky"),
  RESOLUTION("resolution"),
  SYSTEM_STATE("resolution"),
  ACTION_ITEMS("actionItems"),
  FOLLOW_UP_TRACKING("actionItems"),
  LESSONS("lessons.takeaway"),
  TECHNICAL_LESSONS("lessons.technicalLessons"),
  PROCESS_LESSONS("lessons.processLessons"),
  QUESTIONS("lessons.openQuestions"),
  PREVENTION("preventionMeasures"),
  EVIDENCE("evidence"),
  COMMUNICATIONS("communications"),
  APPENDIX("appendix"),
  CONFIGURATION("appendix"),
  FEATURE_FLAGS("appendix.featureFlags"),
  ENVIRONMENT("appendix.environment"),
  CODE_CHANGES("appendix.codeChanges"),
  SIMILAR_INCIDENTS("appendix.similarIncidents"),
  REVIEW("review"),
  DISTRIBUTION("review.distribution"),
  CUSTOM("customSections");

  private static final Map<String, SectionHome> HEADINGS = load();

  private final String path;

  SectionHome(String path) {
    this.path = path;
  }

  /** Returns the model path this home fills, such as {@code rootCause.primaryCause}. */
  String path() {
    return path;
  }

  /**
   * Returns the home a heading names: looked up by {@link HandWritten#headingKey}, then without a
   * note in parentheses after it ({@code Timeline (UTC)}). Empty when the heading is not known.
   */
  static Optional<SectionHome> of(String heading) {
    String key = HandWritten.headingKey(heading);
    SectionHome home = HEADINGS.get(key);
    if (home == null && key.endsWith(")") && key.lastIndexOf(" (") > 0) {
      home = HEADINGS.get(key.substring(0, key.lastIndexOf(" (")));
    }
    if (home == null && key.endsWith("?")) {
      home = HEADINGS.get(key.substring(0, key.length() - 1).strip());
    }
    return Optional.ofNullable(home);
  }

  /** Returns whether a label such as {@code Root cause} in {@code **Root cause:** …} names a home. */
  static boolean isHeadingWord(String label) {
    return of(label).isPresent();
  }

  /** The horizon a sub-heading of the action items names: {@code Short-term Actions (Within 1 week)}. */
  static Optional<Horizon> horizon(String heading) {
    String key = HandWritten.headingKey(heading);
    if (key.startsWith("immediate")) {
      return Optional.of(Horizon.IMMEDIATE);
    }
    if (key.startsWith("short-term") || key.startsWith("short term")) {
      return Optional.of(Horizon.SHORT_TERM);
    }
    if (key.startsWith("long-term") || key.startsWith("long term")) {
      return Optional.of(Horizon.LONG_TERM);
    }
    return Optional.empty();
  }

  private static Map<String, SectionHome> load() {
    Map<String, SectionHome> headings = new HashMap<>();
    try (InputStream in = SectionHome.class.getResourceAsStream("section-headings.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        int colon = l.indexOf(':');
        SectionHome home = valueOf(l.substring(0, colon).strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        for (String word : l.substring(colon + 1).split(",")) {
          SectionHome before = headings.put(word.strip(), home);
          if (before != null) {
            throw new IllegalStateException("the heading \"" + word.strip() + "\" names both " + before
                + " and " + home + " in section-headings.txt");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return headings;
  }
}
