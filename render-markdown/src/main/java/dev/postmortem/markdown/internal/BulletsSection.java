package dev.postmortem.markdown.internal;

import dev.postmortem.Postmortem;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A section that is one bullet list of inline texts: what went well, what went poorly, where we
 * got lucky. The compact layout writes them as sections; the detailed one as subsections of the
 * root cause analysis ({@link RootCauseSection}), where its template asks what worked well.
 */
final class BulletsSection implements SectionHandler {
  /** What went well. */
  static final BulletsSection WENT_WELL = new BulletsSection(Section.WENT_WELL, SectionHome.WENT_WELL,
      Postmortem::whatWentWell, Postmortem.Builder::whatWentWell, "- ...\n- ...");
  /** What went poorly. */
  static final BulletsSection WENT_POORLY = new BulletsSection(Section.WENT_POORLY, SectionHome.WENT_POORLY,
      Postmortem::whatWentPoorly, Postmortem.Builder::whatWentPoorly, "- ...\n- ...");
  /** Where we got lucky. */
  static final BulletsSection LUCKY = new BulletsSection(Section.LUCKY, SectionHome.LUCKY,
      Postmortem::whereWeGotLucky, Postmortem.Builder::whereWeGotLucky, "- ...");

  private final Section section;
  private final SectionHome home;
  private final Function<Postmortem, List<String>> items;
  private final BiConsumer<Postmortem.Builder, List<String>> set;
  private final String compactBlank;

  private BulletsSection(Section section, SectionHome home, Function<Postmortem, List<String>> items,
      BiConsumer<Postmortem.Builder, List<String>> set, String compactBlank) {
    this.section = section;
    this.home = home;
    this.items = items;
    this.set = set;
    this.compactBlank = compactBlank;
  }

  @Override
  public Section section() {
    return section;
  }

  @Override
  public void write(SectionOutput out) {
    out.bullets(section, items.apply(out.postmortem()));
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    set.accept(in.builder(), in.bullets(s.direct()));
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(home);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return style.writes(section) ? Optional.of(compactBlank) : Optional.empty();
  }
}
