package dev.postmortem.cli.internal;

/** A failure the user can act on, reported as one line and exit code 2. */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the line to print. */
  public CliException(String message) {
    super(message);
  }

  /** Creates the exception with the line to print and its cause, shown with {@code --debug}. */
  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
