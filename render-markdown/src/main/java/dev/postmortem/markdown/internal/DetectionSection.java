package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.SectionOutput.pair;
import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.Detection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the incident was detected: four labeled values. Neither template has it. */
final class DetectionSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.DETECTION;
  }

  @Override
  public void write(SectionOutput out) {
    Detection d = out.postmortem().detection();
    if (d.isEmpty()) {
      return;
    }
    out.heading(Section.DETECTION);
    out.blocks().labeled(List.of(pair(METHOD, d.method().map(DETECTION_METHOD::word)), pair(DETAIL, d.detail()),
        pair(DETECTED_BY, d.detectedBy()), pair(WHY_NOT_SOONER, d.whyNotSooner())));
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().detection(d -> in.labeled(s.direct(), Map.of(
        METHOD, v -> d.method(SectionInput.word(DETECTION_METHOD, v, s.whole().headingLine(), "a detection method")),
        DETAIL, d::detail, DETECTED_BY, d::detectedBy, WHY_NOT_SOONER, d::whyNotSooner)));
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.DETECTION);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return Optional.empty();
  }
}
