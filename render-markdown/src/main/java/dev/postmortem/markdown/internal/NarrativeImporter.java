package dev.postmortem.markdown.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;

/**
 * Reads the sections of prose and lists: summary, what happened, root cause (with its trigger,
 * technical details, contributing factors and five whys), what went well or poorly, where we got
 * lucky, and the lessons learned with their technical and process lessons and open questions.
 */
final class NarrativeImporter {
  /** A question of the five whys and its answer on one line: {@code Why …? - answer}. */
  private static final java.util.regex.Pattern WHY_ITEM = java.util.regex.Pattern.compile(
      "(Why\\b[^?\\n]*\\?)[ \\t]*(?:[-—–:→]|->)?[ \\t]+(\\S.*)", java.util.regex.Pattern.DOTALL);

  private final ImportState state;
  private final MetadataImporter metadata;

  NarrativeImporter(ImportState state, MetadataImporter metadata) {
    this.state = state;
    this.metadata = metadata;
  }

  /**
   * A summary paragraph of {@code **Label:** value} lines where some label names another section
   * ({@code **Root Causes:** …}): those lines go to their sections, the others to the summary.
   */
  private boolean sectionLines(Paragraph p) {
    String[] lines = state.src.source(p).split("\n");
    boolean any = false;
    for (String line : lines) {
      any |= known(line) != null;
    }
    if (!any) {
      return false;
    }
    int n = SourceText.firstLine(p);
    for (String line : lines) {
      String[] pair = known(line);
      Optional<SectionHome> home = pair == null ? Optional.empty() : SectionHome.of(pair[0]);
      if (home.isPresent() && home.get() != SectionHome.SUMMARY) {
        metadata.sectionLine(home.get(), pair[0], pair[1], n);
      } else if (pair != null && home.isEmpty()) {
        metadata.metadata(pair[0], pair[1], n);
      } else if (!line.isBlank()) {
        state.model.tldr.add(HandWritten.trim(line));
      }
      n++;
    }
    return true;
  }

  /** A line {@code Label: value} whose label names another section or a metadata field; else null. */
  private static String[] known(String line) {
    String[] pair = ImportState.label(HandWritten.trim(line).replaceAll("(?i)[ \\t]*<br[ \\t]*/?>$", ""));
    if (pair == null || pair[1].isEmpty()) {
      return null;
    }
    String key = HandWritten.headingKey(pair[0]);
    boolean section = SectionHome.of(key).filter(h -> h != SectionHome.SUMMARY).isPresent();
    return section || MetadataImporter.field(key) != null ? pair : null;
  }

  void read(SourcePart part) {
    ModelBuilders m = state.model;
    switch (part.home) {
      case SUMMARY -> state.eachNode(part, "summary", (node, item) -> {
        if (node instanceof Paragraph p && state.src.source(p).contains("\n") && sectionLines(p)) {
          return true;
        }
        String[] pair = item == null ? null : ImportState.label(item);
        InlineField field = pair == null ? null : switch (HandWritten.headingKey(pair[0])) {
          case "what happened" -> InlineField.WHAT_HAPPENED;
          case "impact" -> InlineField.SUMMARY_IMPACT;
          case "root cause" -> InlineField.SUMMARY_ROOT_CAUSE;
          case "resolution" -> InlineField.SUMMARY_RESOLUTION;
          default -> null;
        };
        Optional<SectionHome> other = pair == null || pair[1].isEmpty() || field != null ? Optional.empty()
            : SectionHome.of(pair[0]).filter(h -> h != SectionHome.SUMMARY);
        if (field != null && !pair[1].isEmpty()) {
          state.setInline(field, pair[1], SourceText.firstLine(node), () -> m.tldr.add(state.raw(node)));
        } else if (other.isPresent()) {
          // "Root Causes: …" inside the summary belongs to the section it names.
          metadata.sectionLine(other.get(), pair[0], pair[1], SourceText.firstLine(node));
        } else {
          m.tldr.add(state.raw(node));
        }
        return true;
      });
      case WHAT_HAPPENED, TRIGGER -> {
        InlineField field = part.home == SectionHome.TRIGGER ? InlineField.TRIGGER : InlineField.WHAT_HAPPENED;
        if (part.nodes.size() == 1 && part.nodes.get(0) instanceof Paragraph p && !m.isSet(field)
            && !Instructions.isInstruction(state.src.source(p)) && !Templates.isInstruction(state.src.source(p))) {
          state.setInline(field, HandWritten.oneLine(state.src.source(p)), SourceText.firstLine(p),
              () -> part.leftovers.add(state.raw(p)));
        } else if (field == InlineField.WHAT_HAPPENED) {
          // A narrative of several blocks belongs to the summary, where block text can go.
          state.eachNode(part, "summary", (node, item) -> m.tldr.add(state.raw(node)));
        } else {
          state.eachNode(part, field.path(), (node, item) -> false);
        }
      }
      case ROOT_CAUSE -> state.eachNode(part, "rootCause", (node, item) -> {
        String[] pair = item == null ? null : ImportState.label(item);
        String key = pair == null ? "" : HandWritten.headingKey(pair[0]);
        if (pair != null && !pair[1].isEmpty() && (key.equals("trigger") || key.startsWith("why"))) {
          InlineField field = key.equals("trigger") ? InlineField.TRIGGER : InlineField.WHY_SAFEGUARDS_FAILED;
          state.setInline(field, pair[1], SourceText.firstLine(node), () -> m.primaryCause.add(state.raw(node)));
        } else if (item != null && node instanceof ListItem && WHY_ITEM.matcher(item).matches()) {
          // "1. Why were downloads failing? - The pods could not …": the five whys, in the
          // question-and-answer form the Five Whys sections keep.
          Matcher why = WHY_ITEM.matcher(item);
          why.matches();
          m.rootCause.addFiveWhy(why.group(1) + " " + why.group(2));
        } else {
          m.primaryCause.add(state.raw(node));
        }
        return true;
      });
      case TECHNICAL_DETAILS -> state.eachNode(part, "rootCause.technicalDetails",
          (node, item) -> m.technicalDetails.add(state.raw(node)));
      case CONTRIBUTING -> state.eachNode(part, "rootCause.contributingFactors",
          (node, item) -> state.topic(node, item, m.rootCause::addContributingFactor));
      case FIVE_WHYS -> state.eachNode(part, "rootCause.fiveWhys", (node, item) -> {
        if (item == null || !(node instanceof ListItem)) {
          return false;
        }
        m.rootCause.addFiveWhy(item);
        return true;
      });
      case WENT_WELL -> state.listField(part, "whatWentWell", m.postmortem::addWhatWentWell);
      case WENT_POORLY -> state.listField(part, "whatWentPoorly", m.postmortem::addWhatWentPoorly);
      case LUCKY -> state.listField(part, "whereWeGotLucky", m.postmortem::addWhereWeGotLucky);
      case LESSONS -> state.eachNode(part, "lessons.takeaway", (node, item) -> m.takeaway.add(state.raw(node)));
      case TECHNICAL_LESSONS -> state.eachNode(part, "lessons.technicalLessons",
          (node, item) -> state.topic(node, item, m.lessons::addTechnicalLesson));
      case PROCESS_LESSONS -> state.eachNode(part, "lessons.processLessons",
          (node, item) -> state.topic(node, item, m.lessons::addProcessLesson));
      case QUESTIONS -> state.eachNode(part, "lessons.openQuestions", (node, item) -> {
        if (item == null || !(node instanceof ListItem || node instanceof Paragraph)) {
          return false;
        }
        m.lessons.addOpenQuestion(item);
        return true;
      });
      default -> throw new IllegalArgumentException("not a narrative section: " + part.home);
    }
  }
}
