package dev.postmortem.cli;

import dev.postmortem.testing.NullArguments;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the command line's exported package refuses null in each reference
 * parameter with "<name> must not be null".
 */
class NullArgumentsTest {

  @Test
  void theCommandLineRefusesNullNamingTheParameter() {
    NullArguments.builder()
        .packages("dev.postmortem.cli")
        .sample(PrintWriter.class, new PrintWriter(new StringWriter()))
        .allow("PostmortemCli.main(String[]) args",
            "not called here: main exits the JVM; it passes args to run, which refuses null")
        .build()
        .assertRefused();
  }
}
