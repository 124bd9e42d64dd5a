/**
 * The postmortem model: {@link dev.postmortem.Postmortem} and the values it is made of, their
 * builders and rules, and the facts derived from them.
 *
 * <p>Every value is immutable, equal by value, and built through a fluent builder
 * ({@code Postmortem.builder()}, {@code ActionItem.builder()}, …) or a short factory
 * ({@code TimelineEvent.at(instant, "Alert fired")}); {@code from(existing)} copies one to change
 * it. Building checks the invariants and throws one {@link dev.postmortem.InvalidPostmortemException}
 * listing every {@link dev.postmortem.Violation} with its path. Builders refuse what a format
 * could not carry: besides the text rules, instants from {@code -999999999-01-02T00:00:00Z} to
 * {@code +999999999-12-30T23:59:59.999999999Z} only (each has a date and time in every zone),
 * and map keys of at most 10 000 characters (JSON readers limit names). Lint is in
 * {@link dev.postmortem.lint}, the format SPI in {@link dev.postmortem.format}.
 *
 * <h2>Where each template field lives</h2>
 *
 * <p>Both postmortem templates, the compact and the detailed one, field by field; a blank copy of
 * either comes from the Markdown module ({@code MarkdownFormat}'s {@code blankTemplate()} in
 * either layout). Paths are accessor chains from {@code Postmortem}.
 *
 * <h3>Compact template</h3>
 * <table>
 * <caption>Compact template fields</caption>
 * <tr><th>template</th><th>model</th></tr>
 * <tr><td>Date</td><td>{@code date()}</td></tr>
 * <tr><td>Severity (sev-1 / sev-2 / sev-3)</td><td>{@code severity()}: {@code Severity.SEV_1}…</td></tr>
 * <tr><td>Owner (@incident-commander)</td><td>{@code owner()}</td></tr>
 * <tr><td>Status (draft / final)</td><td>{@code documentStatus()}</td></tr>
 * <tr><td>TL;DR</td><td>{@code summary().tldr()}</td></tr>
 * <tr><td>Impact: Users affected</td><td>{@code impact().usersAffected()}</td></tr>
 * <tr><td>Impact: Calls affected (number, by status)</td><td>{@code impact().metrics()}:
 *     {@code ImpactMetric} name, qualifier (the status), value</td></tr>
 * <tr><td>Impact: Duration (start → end)</td><td>{@code startedAt()}, {@code endedAt()};
 *     {@code duration()} is derived</td></tr>
 * <tr><td>Impact: What worked / didn't work for users</td><td>{@code impact().whatWorked()},
 *     {@code impact().whatDidNotWork()}</td></tr>
 * <tr><td>Impact: Money impact (lost revenue, refunds, provider costs)</td><td>{@code impact().costs()}:
 *     {@code CostItem} with {@code CostKind} LOST_REVENUE, REFUND, PROVIDER_COST;
 *     {@code impact().costTotals()} derived</td></tr>
 * <tr><td>Timeline: Time, Event ("All times UTC")</td><td>{@code timeline()}: {@code TimelineEvent.at()},
 *     {@code description()}; the zone is {@code zone()}</td></tr>
 * <tr><td>What went well</td><td>{@code whatWentWell()}</td></tr>
 * <tr><td>What went poorly</td><td>{@code whatWentPoorly()}</td></tr>
 * <tr><td>Where we got lucky</td><td>{@code whereWeGotLucky()}</td></tr>
 * <tr><td>Root cause (mechanical cause and contributing factors)</td><td>{@code rootCause().primaryCause()},
 *     {@code rootCause().contributingFactors()}</td></tr>
 * <tr><td>Action items: Action, Owner, Priority, Due</td><td>{@code actionItems()}: {@code description()},
 *     {@code owner()}, {@code priority()} ({@code Priority.HIGH}…), {@code dueDate()}</td></tr>
 * <tr><td>Lessons learned</td><td>{@code lessons().takeaway()}</td></tr>
 * </table>
 *
 * <h3>Detailed template</h3>
 * <table>
 * <caption>Detailed template fields</caption>
 * <tr><th>template</th><th>model</th></tr>
 * <tr><td>Title (Incident Postmortem …)</td><td>{@code title()}</td></tr>
 * <tr><td>Date</td><td>{@code date()}</td></tr>
 * <tr><td>Incident ID</td><td>{@code incidentId()}</td></tr>
 * <tr><td>Severity (Critical/High/Medium/Low)</td><td>{@code severity()}: {@code Severity.CRITICAL}…</td></tr>
 * <tr><td>Duration: Start Time - End Time (Total Duration)</td><td>{@code startedAt()},
 *     {@code endedAt()}; {@code duration()} derived</td></tr>
 * <tr><td>Status (Resolved/Investigating/Ongoing)</td><td>{@code incidentStatus()}</td></tr>
 * <tr><td>Executive Summary paragraph</td><td>{@code summary().tldr()}</td></tr>
 * <tr><td>What happened / Impact / Root cause / Resolution</td><td>{@code summary().whatHappened()},
 *     {@code impact()}, {@code rootCause()}, {@code resolution()}</td></tr>
 * <tr><td>User Impact: Users affected, Service degradation, Geographic scope, User-visible
 *     symptoms</td><td>{@code impact().usersAffected()}, {@code serviceDegradation()},
 *     {@code geographicScope()}, {@code userVisibleSymptoms()}</td></tr>
 * <tr><td>Business Impact: Tracks lost</td><td>{@code impact().metrics()} ({@code ImpactMetric})</td></tr>
 * <tr><td>Business Impact: Revenue impact</td><td>{@code impact().revenueImpact()} in words,
 *     {@code impact().costs()} as amounts</td></tr>
 * <tr><td>Business Impact: Reputation impact</td><td>{@code impact().reputationImpact()}</td></tr>
 * <tr><td>System Impact: Services affected, Data integrity, Performance degradation</td>
 *     <td>{@code impact().affectedServices()}, {@code dataIntegrity()},
 *     {@code performanceDegradation()}</td></tr>
 * <tr><td>Timeline: Time, Event, Action Taken, Actor</td><td>{@code timeline()}: {@code at()},
 *     {@code description()}, {@code actionTaken()}, {@code actor()}; also {@code dataLink()} and
 *     {@code kind()} (Incident begins = STARTED, Alert fired = ALERTED, Root cause identified =
 *     IDENTIFIED, Incident resolved = RESOLVED, …)</td></tr>
 * <tr><td>Primary Cause</td><td>{@code rootCause().primaryCause()}, {@code rootCause().trigger()}</td></tr>
 * <tr><td>Technical details (component, configuration issue)</td><td>{@code rootCause().technicalDetails()}</td></tr>
 * <tr><td>Why existing safeguards didn't prevent it</td><td>{@code rootCause().whySafeguardsFailed()}</td></tr>
 * <tr><td>Contributing Factors: Factor, Description</td><td>{@code rootCause().contributingFactors()}:
 *     {@code Topic} title, detail</td></tr>
 * <tr><td>What Worked Well</td><td>{@code whatWentWell()}</td></tr>
 * <tr><td>(how it was detected)</td><td>{@code detection()}: method, detail, detected by, why not
 *     sooner</td></tr>
 * <tr><td>Immediate Actions Taken: Action, Time, Description and result</td>
 *     <td>{@code resolution().immediateActions()}: {@code ResolutionAction} title, at, result</td></tr>
 * <tr><td>System State After Resolution: Health check status, Data consistency, Performance
 *     metrics, User experience</td><td>{@code resolution().healthChecks()},
 *     {@code dataConsistency()}, {@code performance()}, {@code userExperience()}</td></tr>
 * <tr><td>Action Items: Immediate / Short-term / Long-term, checkbox, Owner, Due</td>
 *     <td>{@code actionItems()}: {@code horizon()} IMMEDIATE / SHORT_TERM / LONG_TERM,
 *     {@code status()}, {@code owner()}, {@code dueDate()}</td></tr>
 * <tr><td>Prevention Measures: Monitoring / Code-Configuration / Process / Infrastructure,
 *     each "topic: detail"</td><td>{@code preventionMeasures()}: {@code PreventionMeasure} area
 *     ({@code PreventionArea}), topic, detail</td></tr>
 * <tr><td>Technical Lessons, Process Lessons</td><td>{@code lessons().technicalLessons()},
 *     {@code lessons().processLessons()} ({@code Topic})</td></tr>
 * <tr><td>Questions for Further Investigation</td><td>{@code lessons().openQuestions()}</td></tr>
 * <tr><td>Supporting Evidence: Logs and Traces / Monitoring Data / External Dependencies, each
 *     "label: link or detail"</td><td>{@code evidence()}: {@code Evidence} category
 *     ({@code EvidenceCategory}), label, link, detail</td></tr>
 * <tr><td>Communication Log: Internal / External, each "subject: when and how"</td>
 *     <td>{@code communications()}: {@code Communication} audience, subject, channel, at,
 *     detail</td></tr>
 * <tr><td>Appendix: Feature Flags</td><td>{@code appendix().featureFlags()}</td></tr>
 * <tr><td>Appendix: Environment (Node version, Database version, Deployment, Traffic volume)</td>
 *     <td>{@code appendix().environment()}</td></tr>
 * <tr><td>Code Changes in Past 24 Hours: Commit, description, Author, Time</td>
 *     <td>{@code appendix().codeChanges()}: {@code CodeChange}</td></tr>
 * <tr><td>Similar Past Incidents: Date, description and link</td>
 *     <td>{@code appendix().similarIncidents()}: {@code PastIncident}</td></tr>
 * <tr><td>Prepared by / Reviewed by / Approved by, each with a date</td>
 *     <td>{@code review().preparedBy()}, {@code reviewedBy()}, {@code approvedBy()}:
 *     {@code Signoff}</td></tr>
 * <tr><td>Distribution</td><td>{@code review().distribution()}</td></tr>
 * <tr><td>Follow-up Actions Tracking: Action Item, Owner, Due Date, Status, Completion Date,
 *     Notes</td><td>the same {@code actionItems()}: {@code status()}, {@code completedOn()},
 *     {@code notes()}</td></tr>
 * </table>
 *
 * <p>Beyond the templates, the model adds: {@code tags()}, {@code attributes()}, {@code authors()},
 * {@code responders()} with roles, the review {@code meeting()}, {@code ActionItem.type()} and
 * {@code ticket()}, {@code rootCause().fiveWhys()}, and {@code customSections()} for every other
 * section, in order.
 */
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = BuilderVisibility.PUBLIC,
    // Each value's public Builder is a hand-written, documented face over the generated one,
    // named Generated; no user class is taken for a base of the generated builder.
    typeBuilder = "Generated",
    builder = "new",
    typeInnerBuilder = "GeneratedBase",
    defaults = @Value.Immutable(copy = false),
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"event:timeline", "why:whys", "evidence:evidence"},
    validationMethod = ValidationMethod.NONE,
    allowedClasspathAnnotations = {Override.class})
package dev.postmortem;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;
import org.immutables.value.Value.Style.ValidationMethod;
