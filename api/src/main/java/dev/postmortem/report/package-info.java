/**
 * Figures over a collection of postmortems, such as every file of a folder:
 * {@link dev.postmortem.report.PostmortemReport} computes them. The {@code postmortem-report}
 * module writes them as a static site.
 */
package dev.postmortem.report;
