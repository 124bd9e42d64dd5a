package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.Vocabulary.LESSON;

import dev.postmortem.Lessons;
import java.util.Optional;

/** The lessons: the takeaway as block text, technical and process lessons, open questions. */
final class LessonsSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.LESSONS;
  }

  @Override
  public void write(SectionOutput out) {
    Lessons l = out.postmortem().lessons();
    if (l.isEmpty()) {
      return;
    }
    out.heading(Section.LESSONS);
    l.takeaway().ifPresent(out.blocks()::blockText);
    out.topics(Subsection.TECHNICAL_LESSONS, LESSON, l.technicalLessons());
    out.topics(Subsection.PROCESS_LESSONS, LESSON, l.processLessons());
    out.bulletsUnder(Subsection.QUESTIONS, l.openQuestions());
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().lessons(l -> {
      in.blockText(s.direct()).ifPresent(l::takeaway);
      l.technicalLessons(in.topics(s.sub(Subsection.TECHNICAL_LESSONS), LESSON));
      l.processLessons(in.topics(s.sub(Subsection.PROCESS_LESSONS), LESSON));
      l.openQuestions(in.bullets(s.sub(Subsection.QUESTIONS)));
    });
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.LESSONS);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return Optional.of(style == LayoutStyle.COMPACT
        ? "_A short, opinionated takeaway worth remembering on future on-call shifts._" : """
        ### Technical Lessons

        1. **[Lesson 1]:** [What we learned about the system]
        2. **[Lesson 2]:** [Technical insight gained]
        3. **[Lesson 3]:** [Architecture/design consideration]

        ### Process Lessons

        1. **[Lesson 1]:** [Communication/coordination insight]
        2. **[Lesson 2]:** [Incident response improvement]
        3. **[Lesson 3]:** [Monitoring/alerting lesson]

        ### Questions for Further Investigation

        - [Question 1 that needs research]
        - [Question 2 about system behavior]
        - [Question 3 about architecture decisions]""");
  }
}
