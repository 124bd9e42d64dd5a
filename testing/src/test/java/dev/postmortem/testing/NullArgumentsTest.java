package dev.postmortem.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.postmortem.ActionItem;
import dev.postmortem.InvalidPostmortemException;
import dev.postmortem.Postmortem;
import dev.postmortem.TimelineEvent;
import dev.postmortem.Violation;
import dev.postmortem.format.ParseLocation;
import dev.postmortem.lint.PostmortemLinter;
import dev.postmortem.report.PostmortemReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the API's exported packages, and of this module's,
 * refuses null in each reference parameter with "<name> must not be null", except where null is
 * documented as allowed.
 */
class NullArgumentsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void theApiRefusesNullNamingTheParameter() {
    Postmortem sample = Samples.elevenLabsQuota();
    NullArguments.builder()
        .packages("dev.postmortem", "dev.postmortem.format", "dev.postmortem.lint",
            "dev.postmortem.report")
        .sample(Postmortem.class, sample)
        .sample(ActionItem.class, sample.actionItems().get(0))
        .sample(TimelineEvent.class, sample.timeline().get(0))
        .sample(ParseLocation.class, ParseLocation.at(1, 1))
        .sample(InvalidPostmortemException.class, new InvalidPostmortemException("Postmortem",
            List.of(new Violation("title", "is required"))))
        .sample(PostmortemLinter.class, PostmortemLinter.builder().clock(CLOCK).build())
        .sample(PostmortemReport.class, PostmortemReport.of(List.of(), CLOCK))
        .allow("PostmortemParseException.<init>(Problem,ParseLocation,String,String,Throwable) cause",
            "documented: null when there is no underlying exception")
        .build()
        .assertRefused();
  }

  @Test
  void theTestingModuleRefusesNullNamingTheParameter() {
    NullArguments.builder()
        .packages("dev.postmortem.testing")
        .sample(Postmortem.class, Samples.openAi503s())
        .sample(PostmortemGenerator.class, PostmortemGenerator.create(1))
        .allow("PostmortemAssertions.assertSamePostmortem(Postmortem,Postmortem) expected",
            "two nulls are the same; a null and a postmortem fail the assertion")
        .allow("PostmortemAssertions.assertSamePostmortem(Postmortem,Postmortem) actual",
            "two nulls are the same; a null and a postmortem fail the assertion")
        .allow("PostmortemAssertions.assertSamePostmortem(Postmortem,Postmortem,String) expected",
            "two nulls are the same; a null and a postmortem fail the assertion")
        .allow("PostmortemAssertions.assertSamePostmortem(Postmortem,Postmortem,String) actual",
            "two nulls are the same; a null and a postmortem fail the assertion")
        .allow("PostmortemAssertions.assertSamePostmortem(Postmortem,Postmortem,String) message",
            "no message: the failure is the diff alone")
        .build()
        .assertRefused();
  }

  @Test
  void aParameterThatAcceptsNullIsReported() {
    List<String> problems = NullArguments.builder().types(Lenient.class).build().problems();
    assertEquals(List.of("NullArgumentsTest.Lenient.<init>(String) name: accepted null"), problems);
    assertThrows(AssertionError.class,
        () -> NullArguments.builder().types(Lenient.class).build().assertRefused());
  }

  @Test
  void anAllowedParameterThatDoesNotExistIsReported() {
    List<String> problems = NullArguments.builder().types(Lenient.class)
        .allow("NullArgumentsTest.Lenient.<init>(String) name", "documented")
        .allow("NullArgumentsTest.Lenient.gone(String) name", "documented").build().problems();
    assertEquals(List.of("NullArgumentsTest.Lenient.gone(String) name: allowed, but no such parameter"),
        problems);
    assertTrue(NullArguments.builder().types(Lenient.class)
        .allow("NullArgumentsTest.Lenient.<init>(String) name", "documented").build()
        .problems().isEmpty());
  }

  /** Takes null without a word: what the check must catch. */
  public static final class Lenient {
    private final String name;

    /**
     * Keeps {@code name}, null or not.
     *
     * @param name any name
     */
    public Lenient(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return "Lenient " + name;
    }
  }
}
