package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.SectionOutput.pair;
import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.Review;
import dev.postmortem.ReviewMeeting;
import dev.postmortem.Signoff;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The review: sign-offs (the detailed template's {@code **Prepared by:** Name - Date} lines when
 * they read back so, else a table), the distribution, and the review meeting.
 */
final class ReviewSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.REVIEW;
  }

  @Override
  public void write(SectionOutput out) {
    Review r = out.postmortem().review();
    if (r.isEmpty()) {
      return;
    }
    out.heading(Section.REVIEW);
    if (out.style().has(LayoutStyle.Form.SIGNOFF_LINES) && Signoffs.writable(r)) {
      // The detailed template's lines: **Prepared by:** Name - Date, then **Distribution:** a, b.
      List<String[]> signoffs = new ArrayList<>();
      r.preparedBy().ifPresent(s -> signoffs.add(pair(PREPARED_BY, Signoffs.write(s))));
      r.reviewedBy().ifPresent(s -> signoffs.add(pair(REVIEWED_BY, Signoffs.write(s))));
      r.approvedBy().ifPresent(s -> signoffs.add(pair(APPROVED_BY, Signoffs.write(s))));
      out.blocks().labeledLines(signoffs);
      if (!r.distribution().isEmpty()) {
        out.blocks().labeledLines(List.<String[]>of(pair(DISTRIBUTION,
            String.join(Signoffs.LIST_SEPARATOR, r.distribution()))));
      }
    } else {
      Table table = new Table().alwaysColumn(ROLE).alwaysColumn(NAME).column(DATE);
      signoff(table, PREPARED_BY, r.preparedBy());
      signoff(table, REVIEWED_BY, r.reviewedBy());
      signoff(table, APPROVED_BY, r.approvedBy());
      out.blocks().table(table);
      out.bulletsUnder(Subsection.DISTRIBUTION, r.distribution());
    }
    r.meeting().ifPresent(m -> out.labeledUnder(Subsection.REVIEW_MEETING, List.of(
        pair(MEETING_AT, m.at().map(out::full)), pair(FACILITATOR, m.facilitator()),
        pair(NOTES, m.notesLink()), pair(RECORDING, m.recordingLink()))));
  }

  private static void signoff(Table table, String role, Optional<Signoff> signoff) {
    signoff.ifPresent(s -> table.row(role, s.name(), s.date().map(Object::toString).orElse(null)));
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().review(r -> {
      boolean lines = s.direct().nodes().stream().allMatch(Paragraph.class::isInstance);
      if (lines) {
        reviewLines(in, s.direct(), r);
      }
      TableRow.rows(in, lines ? SectionPart.ABSENT : s.direct(), List.of(ROLE, NAME, DATE), row -> {
        Signoff signoff = Signoff.builder().name(row.required(1)).date(row.present(2).map(v -> row.date(2))).build();
        switch (row.text(0).toLowerCase(Locale.ROOT)) {
          case "prepared by" -> r.preparedBy(signoff);
          case "reviewed by" -> r.reviewedBy(signoff);
          case "approved by" -> r.approvedBy(signoff);
          default -> throw SourceText.fail(row.line(0), row.column(0),
              "Prepared by, Reviewed by or Approved by", SourceText.quoted(row.required(0)));
        }
        return signoff;
      });
      if (s.has(Subsection.DISTRIBUTION)) {
        r.distribution(in.bullets(s.sub(Subsection.DISTRIBUTION)));
      }
      SectionPart meeting = s.sub(Subsection.REVIEW_MEETING);
      if (!meeting.nodes().isEmpty()) {
        ReviewMeeting.Builder m = ReviewMeeting.builder();
        in.labeled(meeting, Map.of(MEETING_AT, v -> m.at(in.instant(v, meeting.headingLine(), 0, true)),
            FACILITATOR, m::facilitator, NOTES, m::notesLink, RECORDING, m::recordingLink));
        r.meeting(SectionInput.built(m::build, meeting.headingLine()));
      }
    });
  }

  /** The detailed template's review lines: sign-offs as Name - Date, the distribution as a list. */
  private static void reviewLines(SectionInput in, SectionPart part, Review.Builder r) {
    for (Node node : part.nodes()) {
      int line = SourceText.firstLine(node);
      for (String text : in.source().source(node).split("\n", -1)) {
        String trimmed = text.endsWith("  ") ? text.substring(0, text.length() - 2) : text;
        String[] pair = SectionInput.labeledPair(trimmed);
        int at = line++;
        if (pair == null) {
          throw SourceText.fail(at, 0, "a line such as **Prepared by:** Name - 2024-03-14", SourceText.quoted(text));
        }
        switch (pair[0].toLowerCase(Locale.ROOT)) {
          case "prepared by" -> r.preparedBy(SectionInput.built(() -> Signoffs.read(pair[1]), at));
          case "reviewed by" -> r.reviewedBy(SectionInput.built(() -> Signoffs.read(pair[1]), at));
          case "approved by" -> r.approvedBy(SectionInput.built(() -> Signoffs.read(pair[1]), at));
          case "distribution" -> r.distribution(Signoffs.readList(pair[1]));
          default -> throw SourceText.fail(at, 0, "Prepared by, Reviewed by, Approved by or Distribution",
              SourceText.quoted(pair[0]));
        }
      }
    }
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.REVIEW);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    // Text blocks drop trailing spaces; "\s" keeps the hard breaks after the sign-offs.
    return style == LayoutStyle.COMPACT ? Optional.empty() : Optional.of("""
        **Prepared by:** [Name] - [Date] \s
        **Reviewed by:** [Name] - [Date] \s
        **Approved by:** [Name] - [Date]

        **Distribution:** [Team members, stakeholders to receive copy]""");
  }
}
