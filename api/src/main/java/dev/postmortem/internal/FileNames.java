package dev.postmortem.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes the file names teams keep postmortems under ({@code 2024-03-14-openai-503s.md}): the date
 * and a slug of the title that is safe on every file system and in every URL.
 */
public final class FileNames {
  /** Long enough to tell incidents apart, short enough for a directory listing. */
  private static final int MAX_SLUG_LENGTH = 60;

  private FileNames() {}

  /**
   * Returns {@code DATE-SLUG.md}, or {@code undated-SLUG.md} without a date. The slug is the title
   * in lower-case ASCII letters and digits joined by hyphens, accents removed; when the title
   * has none, the incident id's, and else {@code postmortem}.
   */
  public static String suggest(Optional<LocalDate> date, String title, Optional<String> incidentId) {
    String slug = slug(title);
    if (slug.isEmpty()) {
      slug = incidentId.map(FileNames::slug).orElse("");
    }
    if (slug.isEmpty()) {
      slug = "postmortem";
    }
    return date.map(LocalDate::toString).orElse("undated") + "-" + slug + ".md";
  }

  static String slug(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder slug = new StringBuilder();
    boolean pendingHyphen = false;
    for (int i = 0; i < decomposed.length() && slug.length() < MAX_SLUG_LENGTH; i++) {
      char c = Character.toLowerCase(decomposed.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingHyphen && slug.length() > 0) {
          slug.append('-');
        }
        pendingHyphen = false;
        slug.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK
          && c != '\'' && c != '\u2019') {
        pendingHyphen = true;
      }
    }
    return slug.toString().toLowerCase(Locale.ROOT);
  }
}
