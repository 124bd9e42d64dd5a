package dev.postmortem.markdown.internal;

import java.util.Locale;
import java.util.Optional;

/** The level-3 headings inside known sections; the same in both layouts. */
enum Subsection {
  KEY_POINTS("Key Points"),
  USER_IMPACT("User Impact"),
  BUSINESS_IMPACT("Business Impact"),
  SYSTEM_IMPACT("System Impact"),
  SERVICES_AFFECTED("Services Affected"),
  IMPACT_METRICS("Impact Metrics"),
  COSTS("Costs"),
  PRIMARY_CAUSE("Primary Cause"),
  TRIGGER("Trigger and Safeguards"),
  TECHNICAL_DETAILS("Technical Details"),
  CONTRIBUTING_FACTORS("Contributing Factors"),
  FIVE_WHYS("Five Whys"),
  WENT_WELL("What Worked Well"),
  WENT_POORLY("What Went Poorly"),
  LUCKY("Where We Got Lucky"),
  IMMEDIATE_ACTIONS("Immediate Actions Taken"),
  SYSTEM_STATE("System State After Resolution"),
  TECHNICAL_LESSONS("Technical Lessons"),
  PROCESS_LESSONS("Process Lessons"),
  QUESTIONS("Questions for Further Investigation"),
  SYSTEM_CONFIGURATION("System Configuration at Time of Incident"),
  FEATURE_FLAGS("Feature Flags"),
  ENVIRONMENT("Environment"),
  CODE_CHANGES("Code Changes"),
  RECENT_CODE_CHANGES("Code Changes in Past 24 Hours"),
  SIMILAR_INCIDENTS("Similar Past Incidents"),
  IMMEDIATE("Immediate Actions (Within 24 hours)"),
  SHORT_TERM("Short-term Actions (Within 1 week)"),
  LONG_TERM("Long-term Actions (Within 1 month)"),
  MONITORING_IMPROVEMENTS("Monitoring Improvements"),
  CODE_CONFIGURATION_CHANGES("Code/Configuration Changes"),
  PROCESS_IMPROVEMENTS("Process Improvements"),
  INFRASTRUCTURE_IMPROVEMENTS("Infrastructure Improvements"),
  LOGS_AND_TRACES("Logs and Traces"),
  MONITORING_DATA("Monitoring Data"),
  EXTERNAL_DEPENDENCIES("External Dependencies"),
  OTHER_EVIDENCE("Other Evidence"),
  INTERNAL_COMMUNICATION("Internal Communication"),
  EXTERNAL_COMMUNICATION("External Communication"),
  DISTRIBUTION("Distribution"),
  REVIEW_MEETING("Review Meeting");

  private final String heading;

  Subsection(String heading) {
    this.heading = heading;
  }

  String heading() {
    return heading;
  }

  static Optional<Subsection> named(String heading) {
    String wanted = heading.trim().toLowerCase(Locale.ROOT);
    for (Subsection subsection : values()) {
      if (subsection.heading.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(subsection);
      }
    }
    return Optional.empty();
  }
}
