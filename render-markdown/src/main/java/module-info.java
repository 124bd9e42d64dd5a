/**
 * Markdown for postmortems, in the compact and detailed template layouts, and safe HTML rendered
 * from it; built on commonmark-java. Provides the {@code markdown} and {@code html} formats to
 * {@link dev.postmortem.format.Formats}.
 */
module dev.postmortem.markdown {
  requires transitive dev.postmortem.api;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;

  exports dev.postmortem.markdown;
  // The safe HTML renderer, escaping and stylesheet, shared with the report site; not API.
  exports dev.postmortem.markdown.internal to dev.postmortem.report.site;

  provides dev.postmortem.format.PostmortemFormat with
      dev.postmortem.markdown.MarkdownFormat,
      dev.postmortem.markdown.HtmlFormat;
}
