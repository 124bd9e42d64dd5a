package dev.postmortem.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmortemGeneratorTest {

  @Test
  void theSameSeedGivesEqualValues() {
    for (Flavour flavour : Flavour.values()) {
      for (long seed = 0; seed < 50; seed++) {
        assertEquals(PostmortemGenerator.create(seed).generate(flavour),
            PostmortemGenerator.create(seed).generate(flavour), "seed " + seed + ", " + flavour);
      }
    }
  }

  @Test
  void differentSeedsGiveDifferentValues() {
    assertNotEquals(PostmortemGenerator.create(1).realistic(), PostmortemGenerator.create(2).realistic());
  }

  @Test
  void theRequestedSizeIsMade() {
    PostmortemGenerator generator = PostmortemGenerator.create(7);
    for (Flavour flavour : Flavour.values()) {
      Postmortem p = generator.generate(flavour, 100, 25);
      assertEquals(100, p.timeline().size());
      assertEquals(25, p.actionItems().size());
      Postmortem empty = generator.generate(flavour, 0, 0);
      assertTrue(empty.timeline().isEmpty() && empty.actionItems().isEmpty());
    }
  }

  @Test
  void negativeSizesAreRefusedWithTheirValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PostmortemGenerator.create(1).generate(Flavour.REALISTIC, -1, 2));
    assertEquals("sizes must not be negative, were events=-1, actionItems=2", e.getMessage());
  }

  @Test
  void adversarialTextReachesTheHardCases() {
    PostmortemGenerator generator = PostmortemGenerator.create(11);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      texts.add(generator.inlineText(Flavour.ADVERSARIAL));
      texts.add(generator.blockText(Flavour.ADVERSARIAL));
    }
    String all = String.join("\n", texts);
    for (String hard : List.of("|", "\\", "<script>", "`", "\u200b", "\u202e", "\ud83d\udd25",
        "\u0645", "\t", "\n> ", "\n- ", "\n1. ", "\n#### ", "javascript:")) {
      assertTrue(all.contains(hard), () -> "no generated text contains " + hard);
    }
    assertTrue(texts.stream().anyMatch(t -> t.length() > 1000), "no very long value");
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("#")), "no text starting with #");
  }

  @Test
  void realisticValuesLookLikeIncidents() {
    Postmortem p = PostmortemGenerator.create(3).generate(Flavour.REALISTIC, 8, 3);
    assertTrue(p.title().matches("[a-z-]+ [a-z0-9 ]+"), p.title());
    for (int i = 1; i < p.timeline().size(); i++) {
      assertTrue(p.timeline().get(i - 1).at().get().isBefore(p.timeline().get(i).at().get()),
          "realistic timelines are in order");
    }
  }
}
