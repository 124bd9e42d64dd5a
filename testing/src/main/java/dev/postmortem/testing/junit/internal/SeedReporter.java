package dev.postmortem.testing.junit.internal;

import dev.postmortem.testing.junit.PostmortemSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Adds to the failure of a {@link PostmortemSource} case how to run it alone. The case's name
 * carries its seed, but Maven's console names a failed case by its index only; a suppressed note
 * puts the seed in the stack trace that every runner prints. Made by JUnit through reflection,
 * hence public:
 *
 * <pre>{@code
 * Suppressed: …SeedReporter$ReRunHint: @PostmortemSource case seed=-17: run it alone with -Dpostmortem.fixtures.seed=-17
 * }</pre>
 */
public final class SeedReporter implements TestExecutionExceptionHandler {
  private static final Pattern SEED = Pattern.compile("seed=(-?[0-9]+)");

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    Matcher seed = SEED.matcher(context.getDisplayName());
    if (seed.find()) {
      failure.addSuppressed(new ReRunHint("@PostmortemSource case seed=" + seed.group(1)
          + ": run it alone with -D" + PostmortemSource.SEED_PROPERTY + "=" + seed.group(1)));
    }
    throw failure;
  }

  /** A note, not an error: it has no stack trace of its own. */
  static final class ReRunHint extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReRunHint(String message) {
      super(message, null, false, false);
    }
  }
}
