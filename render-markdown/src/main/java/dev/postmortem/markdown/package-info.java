/**
 * Markdown and HTML formats: {@link dev.postmortem.markdown.MarkdownFormat} in either
 * {@link dev.postmortem.markdown.Layout}, and {@link dev.postmortem.markdown.HtmlFormat}.
 */
package dev.postmortem.markdown;
