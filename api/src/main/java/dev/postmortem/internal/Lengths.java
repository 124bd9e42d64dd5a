package dev.postmortem.internal;

import dev.postmortem.ActionItem;
import dev.postmortem.Postmortem;
import dev.postmortem.TimelineEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * About how many characters a long postmortem's timeline and action items take when written, for
 * sizing an output buffer once: a buffer that doubles as it goes copies a long document about
 * twice over. Each format adds the characters it writes around each entry. A long list is
 * measured on at most {@value #SAMPLES} entries spread over it, because measuring every one
 * touched every string of the document an extra time; an estimate short of the truth costs one
 * more copy, never a wrong document.
 */
public final class Lengths {
  /** How many entries a list is measured on at most, and how many a document needs to be long. */
  public static final int SAMPLES = 256;

  private Lengths() {}

  /**
   * {@return whether {@code p} has at least {@value #SAMPLES} events and action items together;
   * a shorter document is cheaper to grow as it is written than to measure}
   *
   * @param p the postmortem
   */
  public static boolean isLong(Postmortem p) {
    return p.timeline().size() + p.actionItems().size() >= SAMPLES;
  }

  /**
   * {@return the text of the timeline's events, plus {@code perEvent} characters for each}
   *
   * @param p the postmortem
   * @param perEvent what the format writes around one event's text, its time included
   */
  public static long timeline(Postmortem p, int perEvent) {
    return sampled(p.timeline(), (TimelineEvent e) -> perEvent + e.description().length() + of(e.actionTaken())
        + of(e.actor()) + of(e.dataLink()));
  }

  /**
   * {@return the text of the action items, plus {@code perItem} characters for each}
   *
   * @param p the postmortem
   * @param perItem what the format writes around one item's text, its labels and date included
   */
  public static long actionItems(Postmortem p, int perItem) {
    return sampled(p.actionItems(), (ActionItem a) -> perItem + a.description().length() + of(a.owner())
        + of(a.ticket()) + of(a.notes()));
  }

  private static int of(Optional<String> text) {
    return text.isPresent() ? text.get().length() : 0;
  }

  /** The summed length of {@code values}, measured on at most {@value #SAMPLES} of them. */
  private static <T> long sampled(List<T> values, ToIntFunction<T> length) {
    int n = values.size();
    int step = Math.max(1, (n + SAMPLES - 1) / SAMPLES);
    long measured = 0;
    int count = 0;
    for (int i = 0; i < n; i += step) {
      measured += length.applyAsInt(values.get(i));
      count++;
    }
    return count == 0 ? 0 : measured * n / count;
  }
}
