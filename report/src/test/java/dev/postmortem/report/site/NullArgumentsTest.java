package dev.postmortem.report.site;

import dev.postmortem.testing.NullArguments;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the report site's exported package refuses null in each
 * reference parameter with "<name> must not be null".
 */
class NullArgumentsTest {

  @Test
  void theReportSiteRefusesNullNamingTheParameter() {
    NullArguments.builder()
        .packages("dev.postmortem.report.site")
        .sample(ReportSite.class, ReportSite.create())
        .build()
        .assertRefused();
  }
}
