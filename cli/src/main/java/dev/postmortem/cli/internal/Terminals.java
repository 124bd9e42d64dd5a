package dev.postmortem.cli.internal;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the tool runs in an interactive terminal, where a progress line helps a person. */
final class Terminals {
  private Terminals() {}

  /**
   * Returns whether the standard streams are a terminal. Before JDK 22 a console exists only
   * then; from JDK 22 {@link System#console()} also returns one when the output is redirected,
   * and {@code Console.isTerminal()}, not in Java 17's API, tells the two apart.
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Unknown: stay quiet, which never corrupts output that a program reads.
      return false;
    }
  }
}
