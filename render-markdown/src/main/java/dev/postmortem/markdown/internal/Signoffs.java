package dev.postmortem.markdown.internal;

import dev.postmortem.Review;
import dev.postmortem.Signoff;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The detailed template's review lines: {@code **Prepared by:** Name - 2024-03-14} and
 * {@code **Distribution:** team, stakeholders}. A name that would read back otherwise (one that
 * ends in {@code - } and a date) or a recipient holding a comma makes the writer use a table.
 */
final class Signoffs {
  static final String LIST_SEPARATOR = ", ";
  private static final String DATE_SEPARATOR = " - ";

  private Signoffs() {}

  static String write(Signoff s) {
    return s.name() + s.date().map(date -> DATE_SEPARATOR + date).orElse("");
  }

  /** Reads what {@link #write} writes; the date is the text after the last separator, if one. */
  static Signoff read(String text) {
    int separator = text.lastIndexOf(DATE_SEPARATOR);
    if (separator > 0) {
      try {
        LocalDate date = LocalDate.parse(text.substring(separator + DATE_SEPARATOR.length()));
        return Signoff.builder().name(text.substring(0, separator)).date(date).build();
      } catch (DateTimeException notADate) {
        // then it is part of the name
      }
    }
    return Signoff.builder().name(text).build();
  }

  static List<String> readList(String text) {
    return List.of(text.split(LIST_SEPARATOR, -1));
  }

  /** Returns whether every sign-off and the distribution read back from the template's lines. */
  static boolean writable(Review r) {
    for (Optional<Signoff> s : List.of(r.preparedBy(), r.reviewedBy(), r.approvedBy())) {
      if (s.isPresent() && (s.get().name().contains(NumberedTopics.END_OF_TITLE)
          || !read(write(s.get())).equals(s.get()))) {
        return false;
      }
    }
    return r.distribution().stream().noneMatch(recipient -> recipient.contains(","));
  }
}
