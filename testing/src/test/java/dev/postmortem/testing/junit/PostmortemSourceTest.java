package dev.postmortem.testing.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;

/** Each case of {@link PostmortemSource} is named by its seed and is the generator's for it. */
class PostmortemSourceTest {
  private static final Pattern NAME = Pattern.compile("\\[(\\d+)] seed=(-?\\d+)");
  private static final List<Long> SEEDS = new ArrayList<>();

  @ParameterizedTest
  @PostmortemSource(count = 7, flavour = Flavour.ADVERSARIAL, seed = 42)
  void eachCaseIsTheGeneratorsPostmortemForTheSeedInItsName(Postmortem postmortem, TestInfo info) {
    Matcher name = NAME.matcher(info.getDisplayName());
    assertTrue(name.matches(), info.getDisplayName());
    long seed = Long.parseLong(name.group(2));
    assertEquals(PostmortemGenerator.create(seed).generate(Flavour.ADVERSARIAL), postmortem);
    SEEDS.add(seed);
  }

  @AfterAll
  static void thereWereAsManyCasesAsAskedEachWithItsOwnSeed() {
    // Unless a run asks for one seed alone, as PostmortemSource.SEED_PROPERTY does.
    if (System.getProperty(PostmortemSource.SEED_PROPERTY) == null) {
      assertEquals(7, SEEDS.size(), SEEDS::toString);
      assertEquals(7, SEEDS.stream().distinct().count(), SEEDS::toString);
    }
  }
}
