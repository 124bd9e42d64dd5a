package dev.postmortem.report.site.internal;

/**
 * What the site adds to the pages' stylesheet: the navigation bar, the figures at the top of the
 * index, charts and their legends, lint findings. Colours come from the stylesheet's variables,
 * so the charts follow the reader's light or dark preference and print in black on white.
 */
final class SiteStyle {
  private SiteStyle() {}

  static final String CSS = String.join("\n",
      "nav.crumbs{display:flex;gap:1.5rem;font-size:.92rem;margin-bottom:1.5rem;padding-bottom:.6rem;"
          + "border-bottom:1px solid var(--border)}",
      ".lede{color:var(--muted);margin-top:-.5rem}",
      ".tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(10.5rem,1fr));gap:.8rem;margin:1.5rem 0}",
      ".tile{background:var(--card);border:1px solid var(--border);border-radius:8px;padding:.7rem .9rem}",
      ".tile b{display:block;font-size:1.6rem;line-height:1.2;font-variant-numeric:tabular-nums}",
      ".tile span{color:var(--muted);font-size:.88rem}",
      ".tile.alert b{color:#cf222e}",
      "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}",
      "td.nowrap{white-space:nowrap}",
      "figure{margin:1rem 0 2rem}",
      "figure svg{display:block;width:100%;height:auto;max-width:46rem}",
      "figcaption{color:var(--muted);font-size:.9rem;margin-top:.3rem}",
      "svg text{fill:var(--muted);font:12px system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif}",
      "svg .grid{stroke:var(--border);stroke-width:1}",
      "svg .axis{stroke:var(--muted);stroke-width:1}",
      "svg .trend{fill:none;stroke:var(--muted);stroke-width:1.5;stroke-dasharray:4 3}",
      "svg circle{stroke:var(--bg);stroke-width:2}",
      ".legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.88rem;color:var(--muted);margin:.4rem 0 0;padding:0;list-style:none}",
      ".legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.35rem;vertical-align:-.05rem}",
      ".badge{display:inline-block;padding:0 .45rem;border-radius:999px;font-size:.82rem;font-weight:600;color:#fff;white-space:nowrap}",
      ".muted{color:var(--muted)}",
      ".sev{font-weight:600}.sev-warning{color:#9a6700}.sev-error{color:#cf222e}",
      "@media (prefers-color-scheme:dark){.sev-warning{color:#d29922}.tile.alert b{color:#ff7b72}}",
      "aside.findings{margin-top:2.5rem}",
      "@media print{.tile{border-color:#999}.badge{color:#000;border:1px solid #999;background:none!important}}");
}
