package dev.postmortem.markdown.internal;

import dev.postmortem.ActionItem;
import dev.postmortem.Appendix;
import dev.postmortem.CustomSection;
import dev.postmortem.Detection;
import dev.postmortem.Impact;
import dev.postmortem.Lessons;
import dev.postmortem.Postmortem;
import dev.postmortem.Resolution;
import dev.postmortem.Review;
import dev.postmortem.RootCause;
import dev.postmortem.Summary;
import dev.postmortem.TimelineEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the postmortem an import fills, kept open until the end: block text is gathered
 * from several places before it is joined, action items from a tracking table merge into the items
 * read before them, and the timeline is ordered across midnight once all of it is read.
 */
final class ModelBuilders {
  final Postmortem.Builder postmortem = Postmortem.builder();
  final Summary.Builder summary = Summary.builder();
  final Impact.Builder impact = Impact.builder();
  final RootCause.Builder rootCause = RootCause.builder();
  final Detection.Builder detection = Detection.builder();
  final Resolution.Builder resolution = Resolution.builder();
  final Lessons.Builder lessons = Lessons.builder();
  final Appendix.Builder appendix = Appendix.builder();
  final Review.Builder review = Review.builder();

  final List<String> tldr = new ArrayList<>();
  final List<String> primaryCause = new ArrayList<>();
  final List<String> technicalDetails = new ArrayList<>();
  final List<String> takeaway = new ArrayList<>();
  final List<TimelineEvent> events = new ArrayList<>();
  final List<ActionItem> actionItems = new ArrayList<>();
  final List<CustomSection> customs = new ArrayList<>();
  private final Map<InlineField, String> inline = new EnumMap<>(InlineField.class);
  /** The typed fields that take the first value a document gives. */
  enum Once { SEVERITY, DOCUMENT_STATUS, INCIDENT_STATUS, DETECTION_METHOD }

  private final java.util.Set<Once> taken = java.util.EnumSet.noneOf(Once.class);

  /** Returns whether {@code field} is still free, and takes it: the first value read wins. */
  boolean take(Once field) {
    return taken.add(field);
  }

  /** Sets {@code field} unless it is set already; returns whether it took the value. */
  boolean setIfAbsent(InlineField field, String value) {
    return inline.putIfAbsent(field, value) == null;
  }

  boolean isSet(InlineField field) {
    return inline.containsKey(field);
  }

  /** Builds the postmortem; the model's rules apply as for any builder. */
  Postmortem build() {
    inline.forEach((field, value) -> field.set(this, value));
    block(tldr).ifPresent(summary::tldr);
    block(primaryCause).ifPresent(rootCause::primaryCause);
    block(technicalDetails).ifPresent(rootCause::technicalDetails);
    block(takeaway).ifPresent(lessons::takeaway);
    events.forEach(postmortem::addEvent);
    actionItems.forEach(postmortem::addActionItem);
    customs.forEach(postmortem::addCustomSection);
    return postmortem.summary(summary.build()).impact(impact.build()).rootCause(rootCause.build())
        .detection(detection.build()).resolution(resolution.build()).lessons(lessons.build())
        .appendix(appendix.build()).review(review.build()).build();
  }

  private static Optional<String> block(List<String> blocks) {
    List<String> present = blocks.stream().map(HandWritten::trim).filter(s -> !s.isEmpty()).toList();
    return present.isEmpty() ? Optional.empty() : Optional.of(HandWritten.contained(String.join("\n\n", present)));
  }
}
