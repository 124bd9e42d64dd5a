package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value semantics: equality, immutability, order, copying. */
class ValuesTest {

  @Test
  void valuesAreEqualByValue() {
    TimelineEvent a = TimelineEvent.at(Instant.EPOCH, EventKind.ALERTED, "Alert");
    TimelineEvent b = TimelineEvent.builder().at(Instant.EPOCH).kind(EventKind.ALERTED)
        .description("Alert").build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, TimelineEvent.at(Instant.EPOCH, "Alert"));
  }

  @Test
  void listsAndMapsKeepInsertionOrderAndCannotBeChanged() {
    Postmortem p = Postmortem.builder().title("t").addTags("zeta", "alpha", "mu")
        .putAttribute("region", "eu").putAttribute("team", "audio").putAttribute("app", "x")
        .build();
    assertEquals(List.of("zeta", "alpha", "mu"), p.tags());
    assertEquals(List.of("region", "team", "app"), List.copyOf(p.attributes().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> p.tags().add("more"));
    assertThrows(UnsupportedOperationException.class, () -> p.attributes().put("k", "v"));
  }

  @Test
  void fromCopiesEveryFieldAndChangesOnlyWhatIsSet() {
    Postmortem original = Postmortem.builder().title("t").owner("@alice").addTag("db").build();
    Postmortem changed = Postmortem.builder().from(original).owner("@bob").build();
    assertEquals("@bob", changed.owner().get());
    assertEquals(original.tags(), changed.tags());
    assertEquals(original, Postmortem.builder().from(changed).owner("@alice").build());
  }

  @Test
  void theZoneDefaultsToUtcAndEmptySectionsToTheirEmptyValues() {
    Postmortem p = Postmortem.builder().title("t").build();
    assertEquals(ZoneOffset.UTC, p.zone());
    assertEquals(p, Postmortem.builder().title("t").zone(ZoneOffset.UTC).impact(i -> { })
        .review(Review.empty()).build());
    assertNotEquals(p, Postmortem.builder().title("t").zone(ZoneId.of("Europe/Berlin")).build());
  }

  @Test
  void zonesWithFixedRulesAreKeptAsTheirOffset() {
    assertEquals(ZoneOffset.UTC, Postmortem.builder().title("t").zone(ZoneId.of("UTC")).build().zone());
    assertEquals(ZoneOffset.ofHours(2),
        Postmortem.builder().title("t").zone(ZoneId.of("Etc/GMT-2")).build().zone());
    assertEquals(ZoneId.of("Europe/Berlin"),
        Postmortem.builder().title("t").zone(ZoneId.of("Europe/Berlin")).build().zone());
  }

  @Test
  void severitiesKeepTheirLabelsAndOrderWorstFirst() {
    Severity p1 = Severity.of("P1", 1);
    assertNotEquals(Severity.SEV_1, p1);
    assertNotEquals(Severity.SEV_1, Severity.CRITICAL);
    assertEquals(List.of(Severity.CRITICAL, Severity.SEV_1, Severity.LOW),
        List.of(Severity.LOW, Severity.SEV_1, Severity.CRITICAL).stream().sorted().toList());
    assertEquals("sev-2 (rank 2)", Severity.SEV_2.toString());
  }
}
