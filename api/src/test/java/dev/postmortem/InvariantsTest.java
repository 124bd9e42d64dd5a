package dev.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvariantsTest {

  @Test
  void everyViolationOfTheTreeIsListedInOneExceptionWithItsPath() {
    Postmortem.Builder builder = Postmortem.builder()
        .owner("@alice\n@bob")
        .startedAt(Instant.parse("2024-03-14T14:00:00Z"))
        .endedAt(Instant.parse("2024-03-14T13:00:00Z"))
        .summary(s -> s.tldr("OpenAI returned 503s\u0000 for 18 minutes."))
        .addActionItem(a -> a.description("Add backoff").completedOn(LocalDate.of(2024, 3, 20)));

    InvalidPostmortemException e = assertThrows(InvalidPostmortemException.class, builder::build);

    assertEquals(List.of(
            new Violation("title", "is required"),
            new Violation("owner", "must be one line, found a line break U+000A at column 7"),
            new Violation("endedAt", "must not be before startedAt, but endedAt is "
                + "2024-03-14T13:00:00Z and startedAt is 2024-03-14T14:00:00Z"),
            new Violation("summary.tldr",
                "must not contain control character U+0000 at line 1, column 21"),
            new Violation("actionItems[0].completedOn", "only a DONE item has a completion date, "
                + "but status is OPEN and completedOn is 2024-03-20")),
        e.violations());
    System.out.println(e.getMessage());
  }
}
