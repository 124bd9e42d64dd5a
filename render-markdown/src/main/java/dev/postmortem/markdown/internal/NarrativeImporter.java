package dev.postmortem.markdown.internal;

import dev.postmortem.lint.Placeholders;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;

/**
 * Reads the sections of prose and lists: summary, what happened, root cause (with its trigger,
 * technical details, contributing factors and five whys), what went well or poorly, where we got
 * lucky, and the lessons learned with their technical and process lessons and open questions.
 */
final class NarrativeImporter {
  private final ImportState state;

  NarrativeImporter(ImportState state) {
    this.state = state;
  }

  void read(SourcePart part) {
    ModelBuilders m = state.model;
    switch (part.home) {
      case SUMMARY -> state.eachNode(part, "summary", (node, item) -> {
        String[] pair = item == null ? null : ImportState.label(item);
        InlineField field = pair == null ? null : switch (HandWritten.headingKey(pair[0])) {
          case "what happened" -> InlineField.WHAT_HAPPENED;
          case "impact" -> InlineField.SUMMARY_IMPACT;
          case "root cause" -> InlineField.SUMMARY_ROOT_CAUSE;
          case "resolution" -> InlineField.SUMMARY_RESOLUTION;
          default -> null;
        };
        if (field != null && !pair[1].isEmpty()) {
          state.setInline(field, pair[1], SourceText.firstLine(node), () -> m.tldr.add(state.raw(node)));
        } else {
          m.tldr.add(state.raw(node));
        }
        return true;
      });
      case WHAT_HAPPENED, TRIGGER -> {
        InlineField field = part.home == SectionHome.TRIGGER ? InlineField.TRIGGER : InlineField.WHAT_HAPPENED;
        if (part.nodes.size() == 1 && part.nodes.get(0) instanceof Paragraph p && !m.isSet(field)
            && !Placeholders.isInstruction(state.src.source(p)) && !Templates.isInstruction(state.src.source(p))) {
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
