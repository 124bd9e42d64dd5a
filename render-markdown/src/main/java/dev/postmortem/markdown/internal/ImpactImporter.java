package dev.postmortem.markdown.internal;

import dev.postmortem.CostItem;
import dev.postmortem.CostKind;
import dev.postmortem.ImpactMetric;
import dev.postmortem.lint.Placeholders;
import dev.postmortem.markdown.internal.TableRows.Cell;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Reads the impact: {@code **Label:** value} bullets into their fields ({@code Users affected},
 * {@code Geographic scope}...), other labels and metric / value table rows into impact metrics,
 * a {@code Duration} line into the start and end, and the affected services.
 */
final class ImpactImporter {
  private static final Pattern MONEY = Pattern.compile(
      "(?<symbol>[$€£])[ ]?(?<amount>[0-9][0-9,]*(?:\\.[0-9]+)?)|(?<amount2>[0-9][0-9,]*(?:\\.[0-9]+)?)[ ]?(?<code>USD|EUR|GBP|CHF|JPY|CAD|AUD)\\b");

  private final ImportState state;
  private final SpanReader spans;

  ImpactImporter(ImportState state, SpanReader spans) {
    this.state = state;
    this.spans = spans;
  }

  void read(SourcePart part) {
    if (part.home == SectionHome.SERVICES) {
      state.eachNode(part, "impact.affectedServices", (node, item) -> {
        if (item == null || !(node instanceof ListItem)) {
          return false;
        }
        state.model.impact.addAffectedService(item);
        return true;
      });
      return;
    }
    state.eachNode(part, "impact", (node, item) -> {
      if (node instanceof TableBlock) {
        return table(node);
      }
      return item != null && line(item, SourceText.firstLine(node));
    });
  }

  /** Reads {@code **Label:** value}; false when the item is not labelled. */
  boolean line(String item, int line) {
    String[] pair = ImportState.label(item);
    if (pair == null || pair[1].isEmpty()) {
      return false;
    }
    String key = HandWritten.headingKey(pair[0]).replaceAll("[ ]*\\(.*\\)$", "");
    if (MetadataImporter.field(key) != null && MetadataImporter.field(key).equals("span")) {
      if (Templates.isInstruction(pair[1]) || Placeholders.isPlaceholder(pair[1])) {
        state.dropped("startedAt", line, pair[1]);
      } else {
        spans.span(pair[0], pair[1], line);
      }
      return true;
    }
    if (Templates.isInstruction(pair[1])) {
      state.dropped("impact", line, item);
      return true;
    }
    InlineField field = field(key);
    if (field == InlineField.REVENUE_IMPACT) {
      cost(pair[1]);
    }
    if (SERVICE_LABELS.contains(key)) {
      MetadataImporter.splitList(pair[1]).forEach(s -> state.model.impact.addAffectedService(HandWritten.unwrap(s)));
    } else if (field != null) {
      state.setInline(field, pair[1], line, () -> state.model.impact.addMetric(ImpactMetric.of(pair[0], pair[1])));
    } else {
      if (isProductName(pair[0])) {
        // "**Cloud Run:** services in us-west1 saw …": a product the incident reached; what it
        // saw stays beside it as a metric.
        state.model.impact.addAffectedService(HandWritten.unwrap(pair[0]));
      }
      state.model.impact.addMetric(ImpactMetric.of(pair[0], pair[1]));
    }
    return true;
  }

  /**
   * Whether a label is a product's name, as a cloud's report lists what it reached: capitalised
   * words ({@code Cloud Load Balancing}, {@code App Engine Flexible}) that do not name a measure.
   */
  static boolean isProductName(String label) {
    String l = HandWritten.unwrap(label);
    return PRODUCT.matcher(l).matches() && !MEASURE.matcher(l).find();
  }

  /**
   * A money line with one amount, {@code $2,340 in refunds}, is also a cost item: its kind from
   * its words (refund, lost revenue, provider), its currency from the symbol or code.
   */
  private void cost(String text) {
    Matcher m = MONEY.matcher(text);
    if (!m.find()) {
      return;
    }
    String symbol = m.group("symbol") != null ? m.group("symbol") : m.group("code");
    String code = switch (symbol) {
      case "$" -> "USD";
      case "€" -> "EUR";
      case "£" -> "GBP";
      default -> symbol.toUpperCase(Locale.ROOT);
    };
    String amount = (m.group("symbol") != null ? m.group("amount") : m.group("amount2")).replace(",", "");
    if (m.find()) {
      return; // several amounts: the text says more than one cost item could
    }
    try {
      String lower = text.toLowerCase(Locale.ROOT);
      CostKind kind = lower.contains("refund") ? CostKind.REFUND
          : lower.contains("revenue") || lower.contains("sales") ? CostKind.LOST_REVENUE
          : lower.contains("provider") || lower.contains("vendor") || lower.contains("cloud") ? CostKind.PROVIDER_COST
          : CostKind.OTHER;
      state.model.impact.addCost(CostItem.builder().kind(kind).amount(new BigDecimal(amount))
          .currency(Currency.getInstance(code)).description(HandWritten.oneLine(text)).build());
    } catch (IllegalArgumentException e) {
      // not a currency this JVM knows, or not a number: the text stays the revenue impact
    }
  }

  private static final java.util.Set<String> SERVICE_LABELS = java.util.Set.of("services affected",
      "affected services", "services", "servizi coinvolti", "servizi impattati", "serviços afetados",
      "getroffen diensten", "services touchés", "servicios afectados", "betroffene dienste");
  private static final Pattern PRODUCT = Pattern.compile("\\p{Lu}[\\p{L}0-9.+-]*(?: \\p{Lu}[\\p{L}0-9.+-]*){0,4}");
  private static final Pattern MEASURE = Pattern.compile("(?i)\\b(rate|rates|latency|errors?|requests?|users?|"
      + "customers?|count|duration|time|times|availability|throughput|revenue|cost|costs|impact|peak|total|"
      + "p[0-9]{2}|percent|percentage|sla|slo|uptime|downtime|calls?|orders?|tickets?|minutes|hours|region|regions)\\b");

  private static InlineField field(String key) {
    return switch (key) {
      case "users affected", "affected users", "customers affected", "users impacted", "affected customers",
          "impacted users", "number of users affected", "users", "utilisateurs touchés", "clients touchés",
          "usuarios afectados", "betroffene nutzer", "utenti coinvolti", "clienti coinvolti", "utenti impattati",
          "usuários afetados", "clientes afetados", "getroffen gebruikers", "getroffen klanten" -> InlineField.USERS_AFFECTED;
      case "service degradation", "degradation" -> InlineField.SERVICE_DEGRADATION;
      case "geographic scope", "regions", "region", "regions affected", "affected regions", "geography" ->
          InlineField.GEOGRAPHIC_SCOPE;
      case "user-visible symptoms", "symptoms", "user visible symptoms", "customer-visible symptoms" ->
          InlineField.USER_VISIBLE_SYMPTOMS;
      case "what worked", "what worked for users" -> InlineField.WHAT_WORKED;
      case "what didn't work", "what didn't work for users", "what did not work" -> InlineField.WHAT_DID_NOT_WORK;
      case "revenue impact", "revenue", "money impact", "financial impact", "cost", "lost revenue",
          "perte de chiffre d'affaires", "perte de chiffre d'affaires estimée", "impact financier",
          "impacto financiero", "umsatzverlust", "mancato incasso", "mancato incasso stimato", "impatto economico",
          "perda de receita", "impacto financeiro", "omzetverlies", "financiële impact" -> InlineField.REVENUE_IMPACT;
      case "reputation impact", "reputation" -> InlineField.REPUTATION_IMPACT;
      case "data integrity", "data loss" -> InlineField.DATA_INTEGRITY;
      case "performance degradation" -> InlineField.PERFORMANCE_DEGRADATION;
      default -> null;
    };
  }

  /** An impact table: metric / value rows, or the two columns of key and value. */
  private boolean table(Node node) {
    TableRows table = TableRows.read(state.src, SourceText.firstLine(node), SourceText.lastLine(node));
    if (table.header().size() < 2) {
      return false;
    }
    int name = Columns.find(table, "metric", "measure", "name", "what", "item", "area", "kpi");
    int value = Columns.find(table, "value", "count", "amount", "number", "impact", "result");
    int qualifier = Columns.find(table, "qualifier", "status", "kind");
    if (name < 0 || value < 0) {
      if (table.header().size() != 2) {
        return false;
      }
      name = 0;
      value = 1;
    }
    for (List<Cell> row : table.rows()) {
      String n = HandWritten.oneLine(Columns.cell(row, name));
      String v = HandWritten.oneLine(Columns.cell(row, value));
      int line = row.isEmpty() ? table.firstLine() : row.get(0).line();
      if (n.isEmpty() && v.isEmpty()) {
        continue;
      }
      if (Placeholders.isPlaceholder(v) || Placeholders.isPlaceholder(n)) {
        state.dropped("impact.metrics", line, n + " | " + v);
        continue;
      }
      String q = HandWritten.oneLine(Columns.cell(row, qualifier));
      // A metric table's rows are metrics; a "Users affected" row is the users affected.
      if (q.isEmpty() && field(HandWritten.headingKey(n)) == InlineField.USERS_AFFECTED
          && !state.model.isSet(InlineField.USERS_AFFECTED)) {
        state.setInline(InlineField.USERS_AFFECTED, v, line, () -> { });
        continue;
      }
      // A row with one cell filled is a value without a name: the table's header names it.
      String metric = n.isEmpty() || v.isEmpty() ? table.header().get(n.isEmpty() ? name : value) : n;
      state.model.impact.addMetric(ImpactMetric.builder().name(HandWritten.oneLine(metric).isEmpty() ? "Impact" : HandWritten.oneLine(metric))
          .qualifier(q.isEmpty() ? Optional.empty() : Optional.of(q)).value(v.isEmpty() ? n : v).build());
    }
    return true;
  }
}
