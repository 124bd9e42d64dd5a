/**
 * The {@code postmortem} command line: creates postmortems from the templates, lints a folder of
 * them for CI (text, GitHub annotations, JSON or SARIF), converts between the formats, writes the
 * report site and shows what the importer made of a document. Built on picocli; run it
 * through {@link dev.postmortem.cli.PostmortemCli#main(String[])}.
 */
module dev.postmortem.cli {
  requires dev.postmortem.api;
  requires dev.postmortem.markdown;
  requires dev.postmortem.json;
  requires dev.postmortem.report.site;
  requires info.picocli;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports dev.postmortem.cli;
  // picocli reads the commands' annotated fields by reflection.
  opens dev.postmortem.cli.internal to info.picocli;
}
