package dev.postmortem.testing.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.postmortem.Postmortem;
import dev.postmortem.testing.PostmortemGenerator;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * With {@value PostmortemSource#SEED_PROPERTY} set, a {@link PostmortemSource} gives the case of
 * that seed alone. JUnit reads a configuration parameter from the system properties when it is
 * asked for, and the source asks when the test method starts, after {@code @BeforeAll}.
 */
class PostmortemSourceReRunTest {
  private static final long SEED = -4962768465676381896L;
  private static final List<String> NAMES = new ArrayList<>();
  private static String before;

  @BeforeAll
  static void askForOneSeed() {
    before = System.setProperty(PostmortemSource.SEED_PROPERTY, Long.toString(SEED));
  }

  @ParameterizedTest
  @PostmortemSource(count = 50, flavour = Flavour.REALISTIC)
  void onlyTheCaseOfThatSeedRuns(Postmortem postmortem, TestInfo info) {
    assertEquals(PostmortemGenerator.create(SEED).realistic(), postmortem);
    NAMES.add(info.getDisplayName());
  }

  @AfterAll
  static void ranOnceAndRestoreTheProperty() {
    if (before == null) {
      System.clearProperty(PostmortemSource.SEED_PROPERTY);
    } else {
      System.setProperty(PostmortemSource.SEED_PROPERTY, before);
    }
    assertEquals(List.of("[1] seed=" + SEED), NAMES);
  }
}
