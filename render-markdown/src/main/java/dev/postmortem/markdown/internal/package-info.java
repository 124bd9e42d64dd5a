/**
 * The Markdown format's implementation: writer, strict reader, blank templates, importer and HTML.
 *
 * <p><b>A section is one class.</b> Each level-2 section of the format has one
 * {@code SectionHandler} (listed in {@code SectionRegistry}, one per {@code Section}) that keeps
 * side by side how the section is written ({@code write} into a {@code SectionOutput}), how the
 * strict reader reads it back ({@code read} from a {@code SectionInput}), which of the importer's
 * {@code SectionHome}s its heading names, and its part of each blank template. Writing and
 * reading sit together because each reads the other's forms: a form one side gains and the other
 * lacks is then a visible gap in one file, not a mismatch between two switches.
 *
 * <p><b>A layout is data.</b> {@code LayoutStyle} says what each {@code Layout} is: its sections
 * in order, the heading it gives each (kept in {@code Section}), whether sections are ruled off,
 * and which of the detailed template's own forms it writes where they read back exactly. Handlers
 * ask the style, never the layout; the writer, the blank templates and the handlers' choices
 * (the response notes in the root cause where the layout has no section for them, the action
 * checklists where it has a tracking table) all follow the one order.
 *
 * <p>The drivers are short: {@code MarkdownWriter} writes the title, {@code MetadataBlock}, each
 * section of the order and the custom sections; {@code MarkdownReader} cuts the document into
 * {@code SectionText}s, reads the metadata and the zone first (times depend on them) and hands
 * each known section to its handler. The importer of hand-written documents
 * ({@code ImportPipeline}, {@code DocumentImporter} and its readers) is a separate path that
 * shares only the headings and the blocks parser.
 */
package dev.postmortem.markdown.internal;
