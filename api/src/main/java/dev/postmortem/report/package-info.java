/**
 * Reports over a collection of postmortems, such as every file of a folder:
 * {@link dev.postmortem.report.PostmortemReport} computes the figures and writes them as a
 * Markdown index or as one self-contained HTML page with inline SVG charts.
 */
package dev.postmortem.report;
