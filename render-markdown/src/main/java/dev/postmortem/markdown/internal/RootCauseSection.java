package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.SectionOutput.pair;
import static dev.postmortem.markdown.internal.Vocabulary.FACTOR;
import static dev.postmortem.markdown.internal.Vocabulary.TRIGGER;
import static dev.postmortem.markdown.internal.Vocabulary.WHY_SAFEGUARDS_FAILED;

import dev.postmortem.Postmortem;
import dev.postmortem.RootCause;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The root cause: the primary cause as block text, the trigger, technical details, contributing
 * factors and five whys; in a layout without sections for them, also what went well, poorly and
 * by luck, which the detailed template asks for here.
 */
final class RootCauseSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.ROOT_CAUSE;
  }

  @Override
  public void write(SectionOutput out) {
    Postmortem p = out.postmortem();
    RootCause r = p.rootCause();
    boolean responseNotes = !out.style().writes(Section.WENT_WELL) && !(p.whatWentWell().isEmpty()
        && p.whatWentPoorly().isEmpty() && p.whereWeGotLucky().isEmpty());
    if (r.isEmpty() && !responseNotes) {
      return;
    }
    out.heading(Section.ROOT_CAUSE);
    // The detailed template keeps the technical details in the primary cause, after a bold line;
    // the reader cuts the primary cause at the first such line, so one in its text is fenced.
    boolean primaryHeading = out.style().has(LayoutStyle.Form.PRIMARY_CAUSE);
    boolean inPrimary = primaryHeading && r.technicalDetails().isPresent();
    if (r.primaryCause().isPresent() || inPrimary) {
      if (primaryHeading) {
        out.subheading(Subsection.PRIMARY_CAUSE);
      }
      r.primaryCause().ifPresent(text -> out.blocks().paragraph(!primaryHeading || TechnicalDetails.canFollow(text)
          ? BlockText.contain(text) : BlockText.fence(text)));
    }
    if (inPrimary) {
      out.blocks().paragraph(TechnicalDetails.MARKER);
      out.blocks().blockText(r.technicalDetails().get());
    }
    out.labeledUnder(Subsection.TRIGGER, List.of(pair(TRIGGER, r.trigger()),
        pair(WHY_SAFEGUARDS_FAILED, r.whySafeguardsFailed())));
    if (r.technicalDetails().isPresent() && !inPrimary) {
      out.subheading(Subsection.TECHNICAL_DETAILS);
      out.blocks().blockText(r.technicalDetails().get());
    }
    out.topics(Subsection.CONTRIBUTING_FACTORS, FACTOR, r.contributingFactors());
    out.bulletsUnder(Subsection.FIVE_WHYS, r.fiveWhys());
    if (!out.style().writes(Section.WENT_WELL)) {
      // The detailed template asks what worked well here; what did not and luck sit beside it.
      out.bulletsUnder(Subsection.WENT_WELL, p.whatWentWell());
      out.bulletsUnder(Subsection.WENT_POORLY, p.whatWentPoorly());
      out.bulletsUnder(Subsection.LUCKY, p.whereWeGotLucky());
    }
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    Postmortem.Builder b = in.builder();
    b.rootCause(root -> {
      Optional<String> primary = in.blockText(s.direct());
      if (primary.isEmpty()) {
        SectionPart part = s.sub(Subsection.PRIMARY_CAUSE);
        Optional<Node> marker = part.nodes().stream().filter(node -> node instanceof Paragraph
            && in.source().source(node).equals(TechnicalDetails.MARKER)).findFirst();
        if (marker.isPresent()) {
          int line = SourceText.firstLine(marker.get());
          primary = in.blockText(new SectionPart(part.headingLine(), part.bodyStart(), line, List.of()));
          in.blockText(new SectionPart(part.headingLine(), line + 1, part.bodyEnd(), List.of()))
              .ifPresent(root::technicalDetails);
        } else {
          primary = in.blockText(part);
        }
      }
      primary.ifPresent(root::primaryCause);
      in.labeled(s.sub(Subsection.TRIGGER), Map.of(TRIGGER, root::trigger,
          WHY_SAFEGUARDS_FAILED, root::whySafeguardsFailed));
      in.blockText(s.sub(Subsection.TECHNICAL_DETAILS)).ifPresent(root::technicalDetails);
      root.contributingFactors(in.topics(s.sub(Subsection.CONTRIBUTING_FACTORS), FACTOR));
      root.fiveWhys(in.bullets(s.sub(Subsection.FIVE_WHYS)));
      // The detailed layout keeps what went well, poorly and by luck here, as its template does.
      if (s.has(Subsection.WENT_WELL)) {
        b.whatWentWell(in.bullets(s.sub(Subsection.WENT_WELL)));
      }
      if (s.has(Subsection.WENT_POORLY)) {
        b.whatWentPoorly(in.bullets(s.sub(Subsection.WENT_POORLY)));
      }
      if (s.has(Subsection.LUCKY)) {
        b.whereWeGotLucky(in.bullets(s.sub(Subsection.LUCKY)));
      }
    });
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.ROOT_CAUSE);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return Optional.of(style == LayoutStyle.COMPACT
        ? "_The mechanical cause and the contributing factors. **Avoid blame.** Look for systemic issues._"
        : """
        ### Primary Cause

        _The fundamental issue that caused the incident_

        **Technical details:**
        - [Specific system/component that failed]
        - [Configuration issue, code bug, infrastructure problem]
        - [Why existing safeguards didn't prevent it]

        ### Contributing Factors

        _Secondary issues that made the incident worse or delayed resolution_

        1. **[Factor 1]:** [Description and impact]
        2. **[Factor 2]:** [Description and impact]
        3. **[Factor 3]:** [Description and impact]

        ### What Worked Well

        _Positive aspects of the incident response_

        - [Quick detection/alerting]
        - [Effective communication]
        - [Successful rollback/mitigation]""");
  }
}
