/**
 * The {@code postmortem} command: {@link dev.postmortem.cli.PostmortemCli} runs it from
 * {@code main} or in-process with the output captured.
 */
package dev.postmortem.cli;
