package dev.postmortem.markdown.internal;

import static dev.postmortem.markdown.internal.SectionOutput.pair;
import static dev.postmortem.markdown.internal.Vocabulary.*;

import dev.postmortem.CostItem;
import dev.postmortem.Impact;
import dev.postmortem.ImpactMetric;
import dev.postmortem.Postmortem;
import dev.postmortem.markdown.internal.Blocks.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The impact: labeled values (the detailed layout groups them under User, Business and System
 * Impact; the compact one lists them with the duration line its template has), then the services
 * when a name holds a comma, the metrics and the costs as tables.
 */
final class ImpactSection implements SectionHandler {
  @Override
  public Section section() {
    return Section.IMPACT;
  }

  @Override
  public void write(SectionOutput out) {
    Postmortem p = out.postmortem();
    Impact i = p.impact();
    boolean groups = out.style().has(LayoutStyle.Form.IMPACT_GROUPS);
    if (i.isEmpty() && (groups || !DurationLine.present(p))) {
      return;
    }
    out.heading(Section.IMPACT);
    List<String[]> user = List.of(pair(USERS_AFFECTED, i.usersAffected()),
        pair(SERVICE_DEGRADATION, i.serviceDegradation()), pair(GEOGRAPHIC_SCOPE, i.geographicScope()),
        pair(USER_VISIBLE_SYMPTOMS, i.userVisibleSymptoms()), pair(WHAT_WORKED, i.whatWorked()),
        pair(WHAT_DID_NOT_WORK, i.whatDidNotWork()));
    List<String[]> business = List.of(pair(REVENUE_IMPACT, i.revenueImpact()),
        pair(REPUTATION_IMPACT, i.reputationImpact()));
    // The template's "Services affected: Database, Storage": a list, unless a name holds a comma.
    boolean servicesInline = true;
    for (String service : i.affectedServices()) {
      servicesInline &= !service.contains(",");
    }
    List<String[]> system = List.of(pair(SERVICES_AFFECTED, servicesInline && !i.affectedServices().isEmpty()
            ? String.join(Signoffs.LIST_SEPARATOR, i.affectedServices()) : null),
        pair(DATA_INTEGRITY, i.dataIntegrity()), pair(PERFORMANCE_DEGRADATION, i.performanceDegradation()));
    if (groups) {
      out.labeledUnder(Subsection.USER_IMPACT, user);
      out.labeledUnder(Subsection.BUSINESS_IMPACT, business);
      out.labeledUnder(Subsection.SYSTEM_IMPACT, system);
    } else {
      // The compact template's order: users, duration, what worked and did not, money.
      List<String[]> all = new ArrayList<>(user.subList(0, 4));
      all.add(pair(DURATION, DurationLine.present(p) ? DurationLine.compact(p) : null));
      all.addAll(user.subList(4, 6));
      all.add(pair(MONEY_IMPACT, i.revenueImpact()));
      all.addAll(business.subList(1, 2));
      all.addAll(system);
      out.blocks().labeled(all);
    }
    if (!servicesInline) {
      out.subheading(Subsection.SERVICES_AFFECTED);
      out.blocks().bullets(i.affectedServices());
    }
    out.tableUnder(Subsection.IMPACT_METRICS, new Table().alwaysColumn(METRIC).column(QUALIFIER)
        .alwaysColumn(VALUE), i.metrics(), (ImpactMetric m) -> new String[] {m.name(),
            m.qualifier().orElse(null), m.value()});
    out.tableUnder(Subsection.COSTS, new Table().alwaysColumn(KIND).alwaysColumn(AMOUNT)
        .alwaysColumn(CURRENCY).column(DESCRIPTION), i.costs(), (CostItem c) -> new String[] {
            COST_KIND.word(c.kind()), c.amount().toString(), c.currency().getCurrencyCode(),
            c.description().orElse(null)});
  }

  @Override
  public void read(SectionInput in, SectionText s) {
    in.builder().impact(impact -> {
      Map<String, Consumer<String>> labels = new HashMap<>();
      labels.put(USERS_AFFECTED, impact::usersAffected);
      labels.put(SERVICE_DEGRADATION, impact::serviceDegradation);
      labels.put(GEOGRAPHIC_SCOPE, impact::geographicScope);
      labels.put(USER_VISIBLE_SYMPTOMS, impact::userVisibleSymptoms);
      labels.put(WHAT_WORKED, impact::whatWorked);
      labels.put(WHAT_DID_NOT_WORK, impact::whatDidNotWork);
      labels.put(REVENUE_IMPACT, impact::revenueImpact);
      labels.put(MONEY_IMPACT, impact::revenueImpact);
      labels.put(REPUTATION_IMPACT, impact::reputationImpact);
      labels.put(DATA_INTEGRITY, impact::dataIntegrity);
      labels.put(SERVICES_AFFECTED, value -> impact.affectedServices(Signoffs.readList(value)));
      labels.put(PERFORMANCE_DEGRADATION, impact::performanceDegradation);
      int headingLine = s.whole().headingLine();
      labels.put(DURATION, value -> {
        DurationLine.Span span = DurationLine.readCompact(value, in.zone(), in.date()).orElseThrow(() ->
            SourceText.fail(headingLine, 0, "a start and an end such as 14:01 → 14:20 ("
                + ZoneText.format(in.zone()) + ")", SourceText.quoted(value)));
        span.start().ifPresent(in.builder()::startedAt);
        span.end().ifPresent(in.builder()::endedAt);
      });
      in.labeled(s.direct(), labels);
      in.labeled(s.sub(Subsection.USER_IMPACT), labels);
      in.labeled(s.sub(Subsection.BUSINESS_IMPACT), labels);
      in.labeled(s.sub(Subsection.SYSTEM_IMPACT), labels);
      if (s.has(Subsection.SERVICES_AFFECTED)) {
        impact.affectedServices(in.bullets(s.sub(Subsection.SERVICES_AFFECTED)));
      }
      impact.metrics(TableRow.rows(in, s.sub(Subsection.IMPACT_METRICS), List.of(METRIC, QUALIFIER, VALUE),
          r -> ImpactMetric.builder().name(r.required(0)).qualifier(r.optional(1)).value(r.required(2)).build()));
      impact.costs(TableRow.rows(in, s.sub(Subsection.COSTS), List.of(KIND, AMOUNT, CURRENCY, DESCRIPTION),
          r -> CostItem.builder().kind(r.word(0, COST_KIND, "a kind of cost"))
              .amount(r.decimal(1)).currency(r.currency(2)).description(r.optional(3)).build()));
    });
  }

  @Override
  public Optional<SectionHome> home() {
    return Optional.of(SectionHome.IMPACT);
  }

  @Override
  public Optional<String> blank(LayoutStyle style) {
    return Optional.of(style == LayoutStyle.COMPACT ? """
        - **Users affected:** [number / percentage]
        - **Calls affected:** [number, by status]
        - **Duration:** [start] → [end] (UTC)
        - **What worked / didn't work for users.**
        - **Money impact (if any):** [lost revenue, refunds, provider costs]""" : """
        ### User Impact

        - **Users affected:** [Number/percentage of users]
        - **Service degradation:** [What functionality was impacted]
        - **Geographic scope:** [If applicable]
        - **User-visible symptoms:** [What users experienced]

        ### Business Impact

        - **Tracks lost:** [Number of failed submissions/generations]
        - **Revenue impact:** [Estimated lost payments/usage]
        - **Reputation impact:** [User complaints, social media mentions]

        ### System Impact

        - **Services affected:** [Database, Storage, etc.]
        - **Data integrity:** [Any data loss or corruption]
        - **Performance degradation:** [Specific metrics]""");
  }
}
