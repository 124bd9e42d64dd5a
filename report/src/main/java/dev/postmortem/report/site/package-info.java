/**
 * A static report site over a folder of Markdown postmortems: {@link
 * dev.postmortem.report.site.ReportSite} imports the folder and writes {@code index.html} and
 * {@code index.md} with a page per postmortem beside them.
 */
package dev.postmortem.report.site;
