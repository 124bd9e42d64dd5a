/**
 * The report site: a static site over a folder of Markdown postmortems, with an index, charts and
 * a page per postmortem, rendered with the Markdown module's safe HTML.
 */
module dev.postmortem.report.site {
  requires transitive dev.postmortem.api;
  requires transitive dev.postmortem.markdown;

  exports dev.postmortem.report.site;
}
