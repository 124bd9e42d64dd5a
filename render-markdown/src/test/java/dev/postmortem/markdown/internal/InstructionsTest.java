package dev.postmortem.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstructionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"_Brief, high-level description of the incident_",
      "*Update this section as action items are completed*", "  _padded_  ",
      "_Two lines\nof one instruction_", "[Name]", "YYYY-MM-DD", "_snake_case inside_"})
  void paragraphsWhollyInItalicsOrPlaceholdersAreInstructions(String paragraph) {
    assertTrue(Instructions.isInstruction(paragraph), paragraph);
  }

  @ParameterizedTest
  @ValueSource(strings = {"We _really_ should have known.", "**Bold is not an instruction**",
      "_Who was paged_ and _when_", "*a* *b*", "_One paragraph_\n\n_another_", "_not closed",
      "_", "__", "snake_case_name", "_ spaced _", "The root cause was a missing index."})
  void otherParagraphsAreNot(String paragraph) {
    assertFalse(Instructions.isInstruction(paragraph), paragraph);
  }
}
