package dev.postmortem.markdown.internal;

import dev.postmortem.Audience;
import dev.postmortem.Communication;
import dev.postmortem.Evidence;
import dev.postmortem.EvidenceCategory;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.PreventionArea;
import dev.postmortem.PreventionMeasure;
import dev.postmortem.markdown.internal.LabeledItems.Item;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The detailed template's grouped {@code - **Label:** value} lists: prevention measures under
 * Monitoring / Code and Configuration / Process / Infrastructure improvements, evidence under
 * Logs and Traces / Monitoring Data / External Dependencies, communications under Internal /
 * External Communication. Each says how one value becomes a label and a rest, and back.
 */
final class TemplateLists {
  private static final String LINK_SCHEME = "://";
  private static final String DETAIL_SEPARATOR = " - ";
  private static final String VIA = " (via ";

  private TemplateLists() {}

  /** {@code - **Topic:** detail} per measure, under its area. */
  static final LabeledItems<PreventionMeasure, PreventionArea> PREVENTION = new LabeledItems<>(
      PreventionMeasure::area, area -> switch (area) {
        case MONITORING -> Subsection.MONITORING_IMPROVEMENTS;
        case CODE_AND_CONFIGURATION -> Subsection.CODE_CONFIGURATION_CHANGES;
        case PROCESS -> Subsection.PROCESS_IMPROVEMENTS;
        case INFRASTRUCTURE -> Subsection.INFRASTRUCTURE_IMPROVEMENTS;
      },
      m -> new Item(m.topic(), m.detail().orElse("")),
      (area, label, rest) -> valid(() -> PreventionMeasure.builder().area(area).topic(label)
          .detail(optional(rest)).build()));

  /**
   * {@code - **Label:** link - detail} per piece of evidence, under its category; a link is told
   * from a detail by its scheme ({@code https://…}), so a link without one makes a table.
   */
  static final LabeledItems<Evidence, EvidenceCategory> EVIDENCE = new LabeledItems<>(
      Evidence::category, category -> switch (category) {
        case LOGS_AND_TRACES -> Subsection.LOGS_AND_TRACES;
        case MONITORING -> Subsection.MONITORING_DATA;
        case EXTERNAL_DEPENDENCIES -> Subsection.EXTERNAL_DEPENDENCIES;
        case OTHER -> Subsection.OTHER_EVIDENCE;
      },
      e -> new Item(e.label(), e.link().map(link -> e.detail().map(d -> link + DETAIL_SEPARATOR + d).orElse(link))
          .orElse(e.detail().orElse(""))),
      (category, label, rest) -> {
        int space = rest.indexOf(' ');
        String first = space < 0 ? rest : rest.substring(0, space);
        boolean linked = first.contains(LINK_SCHEME)
            && (space < 0 || rest.startsWith(DETAIL_SEPARATOR, space));
        String detail = !linked ? rest : space < 0 ? "" : rest.substring(space + DETAIL_SEPARATOR.length());
        return valid(() -> Evidence.builder().category(category).label(label)
            .link(linked ? Optional.of(first) : Optional.empty()).detail(optional(detail)).build());
      });

  /** {@code - **Subject:** 2024-03-14 14:02 - detail (via channel)} per message, under its audience. */
  static LabeledItems<Communication, Audience> communications(ZoneId zone) {
    return new LabeledItems<>(Communication::audience, audience -> switch (audience) {
      case INTERNAL -> Subsection.INTERNAL_COMMUNICATION;
      case EXTERNAL -> Subsection.EXTERNAL_COMMUNICATION;
    }, c -> new Item(c.subject().orElse(""), c.at().map(at -> TimeText.formatFull(at, zone) + DETAIL_SEPARATOR)
        .orElse("") + c.detail() + c.channel().map(channel -> VIA + channel + ")").orElse("")),
        (audience, label, rest) -> {
          Optional<Instant> at = Optional.empty();
          String detail = rest;
          int separator = detail.indexOf(DETAIL_SEPARATOR);
          if (separator > 0) {
            at = TimeText.parse(detail.substring(0, separator), zone, Optional.empty());
            detail = at.isPresent() ? detail.substring(separator + DETAIL_SEPARATOR.length()) : detail;
          }
          Optional<String> channel = Optional.empty();
          int via = detail.lastIndexOf(VIA);
          if (via > 0 && detail.endsWith(")")) {
            channel = Optional.of(detail.substring(via + VIA.length(), detail.length() - 1));
            detail = detail.substring(0, via);
          }
          Optional<Instant> when = at;
          Optional<String> through = channel;
          String text = detail;
          return valid(() -> Communication.builder().audience(audience).subject(label).at(when)
              .channel(through).detail(text).build());
        });
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The value, or empty when the model refuses what was read. */
  private static <T> Optional<T> valid(Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (InvalidPostmortemException e) {
      return Optional.empty();
    }
  }
}
