package dev.postmortem.report.site.internal;

import dev.postmortem.Postmortem;
import dev.postmortem.report.ReportEntry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where each file of the site goes and how pages link to one another: the index at the top, the
 * postmortem pages and their Markdown sources in {@link #PAGES}. Links are relative and
 * percent-encoded, so a file name never reads as a URL scheme, a query or a fragment.
 */
public final class SitePaths {
  /** The folder of the postmortem pages and their sources. */
  public static final String PAGES = "postmortems";

  private SitePaths() {}

  /** Returns the file name of the page of the postmortem read from {@code name}. */
  public static String pageFile(String name) {
    return (name.endsWith(".md") ? name.substring(0, name.length() - 3) : name) + ".html";
  }

  /** Returns the link from the index to the page of {@code name}. */
  public static String pageFromIndex(String name) {
    return PAGES + "/" + encode(pageFile(name));
  }

  /** Returns the link from the index to the Markdown source of {@code name}. */
  public static String sourceFromIndex(String name) {
    return PAGES + "/" + encode(name);
  }

  /** Returns the link from a postmortem page to its Markdown source beside it. */
  public static String sourceFromPage(String name) {
    return encode(name);
  }

  /** Returns the link from a postmortem page to the index. */
  public static String indexFromPage(String index) {
    return "../" + index;
  }

  /** Returns the day a postmortem is listed under: its date, else the day it started in its zone. */
  public static Optional<LocalDate> day(Postmortem postmortem) {
    return postmortem.date().or(() -> postmortem.startedAt().map(s -> s.atZone(postmortem.zone()).toLocalDate()));
  }

  /** Returns {@code entries} newest first; undated last; ties in name order. */
  public static List<ReportEntry> newestFirst(List<ReportEntry> entries) {
    Comparator<ReportEntry> byDay = Comparator.comparing((ReportEntry e) -> day(e.postmortem()).orElse(null),
        Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
    return entries.stream().sorted(byDay.thenComparing(ReportEntry::name)).toList();
  }

  /** Percent-encodes one path segment: everything but unreserved characters, as UTF-8. */
  static String encode(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
