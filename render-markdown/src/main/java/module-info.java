/**
 * Markdown for postmortems, in the compact and detailed template layouts, and safe HTML rendered
 * from it; built on commonmark-java. The formats arrive with the Markdown issue.
 */
module dev.postmortem.markdown {
  requires transitive dev.postmortem.api;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
}
