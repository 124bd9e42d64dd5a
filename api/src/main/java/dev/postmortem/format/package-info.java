/**
 * The format service-provider interface: {@link dev.postmortem.format.PostmortemRenderer},
 * {@link dev.postmortem.format.PostmortemParser}, {@link dev.postmortem.format.PostmortemFormat}
 * pairing them under a name, {@link dev.postmortem.format.Formats} finding formats through
 * {@link java.util.ServiceLoader}, and the one exception parsers throw,
 * {@link dev.postmortem.format.PostmortemParseException}.
 */
package dev.postmortem.format;
