package dev.postmortem.markdown.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every section handler, one per {@link Section}, in the order of the enum. The writer, the
 * strict reader and the blank templates find a section's handler here and nowhere else, so that
 * adding a section is adding its handler to this list (and its place to a {@link LayoutStyle}).
 */
final class SectionRegistry {
  /** The handlers, one per section. */
  static final List<SectionHandler> HANDLERS = List.of(new SummarySection(), new RespondersSection(),
      new AttributesSection(), new ImpactSection(), new TimelineSection(), new RootCauseSection(),
      new DetectionSection(), BulletsSection.WENT_WELL, BulletsSection.WENT_POORLY, BulletsSection.LUCKY,
      new ResolutionSection(), new ActionItemsSection(), new PreventionSection(), new LessonsSection(),
      new EvidenceSection(), new CommunicationsSection(), new AppendixSection(), new ReviewSection(),
      new ActionTrackingSection());

  private static final Map<Section, SectionHandler> BY_SECTION = new EnumMap<>(Section.class);

  static {
    for (SectionHandler handler : HANDLERS) {
      if (BY_SECTION.put(handler.section(), handler) != null) {
        throw new IllegalStateException("two handlers for " + handler.section());
      }
    }
  }

  /** Each layout's handlers in its order, looked up once rather than per section written. */
  private static final Map<LayoutStyle, List<SectionHandler>> BY_STYLE = new EnumMap<>(LayoutStyle.class);

  static {
    for (LayoutStyle style : LayoutStyle.values()) {
      BY_STYLE.put(style, style.order().stream().map(SectionRegistry::handler).toList());
    }
  }

  private SectionRegistry() {}

  /** Returns the handlers of the sections {@code style} writes, in its order. */
  static List<SectionHandler> handlers(LayoutStyle style) {
    return BY_STYLE.get(style);
  }

  /** Returns the handler of {@code section}. */
  static SectionHandler handler(Section section) {
    SectionHandler handler = BY_SECTION.get(section);
    if (handler == null) {
      throw new IllegalStateException("no handler for " + section);
    }
    return handler;
  }
}
