/** The commands' implementation; not API. */
package dev.postmortem.cli.internal;
