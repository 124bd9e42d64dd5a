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

  provides dev.postmortem.format.PostmortemFormat with
      dev.postmortem.markdown.MarkdownFormat,
      dev.postmortem.markdown.HtmlFormat;
}
