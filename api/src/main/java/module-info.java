/**
 * Postmortem Kit's API: the immutable postmortem model with its builders and rules, derived
 * facts, lint, and the service-provider interface through which formats plug in.
 */
module dev.postmortem.api {
  requires static org.immutables.value.annotations;

  exports dev.postmortem;
  exports dev.postmortem.format;
  exports dev.postmortem.lint;
  exports dev.postmortem.report;
  // What the formats share (strict UTF-8 decoding, text rules, how an amount is written); not API.
  exports dev.postmortem.internal to dev.postmortem.markdown, dev.postmortem.json;

  uses dev.postmortem.format.PostmortemFormat;
}
