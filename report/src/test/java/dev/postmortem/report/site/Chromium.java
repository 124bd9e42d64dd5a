package dev.postmortem.report.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, run once per page: {@code --dump-dom} gives the DOM it built,
 * {@code --screenshot} a PNG, and its log on stderr the page's console messages. Each run gets
 * a fresh profile folder and a time limit.
 */
final class Chromium {
  static final String INSTALL = "apt-get install -y chromium";
  private static final long TIMEOUT_SECONDS = 60;

  private final Path executable;
  private final Path work;

  private Chromium(Path executable, Path work) {
    this.executable = executable;
    this.work = work;
  }

  /** Returns Chromium if it is on this machine: {@code chromium} on the PATH or in /usr/bin. */
  static Optional<Chromium> find(Path work) {
    List<Path> candidates = new ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, "chromium"));
      }
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    return candidates.stream().filter(Files::isExecutable).findFirst().map(p -> new Chromium(p, work));
  }

  /** What one run gave: the DOM (or nothing, for a screenshot) and stderr. */
  record Run(String dom, String log) {
    /** The lines of the log that carry a console message of the page. */
    List<String> consoleMessages() {
      return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  Run dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, List.of("--dump-dom"));
  }

  Run screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    return run(page, List.of("--hide-scrollbars", "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath()));
  }

  private Run run(Path page, List<String> what) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    Path out = work.resolve(profile.getFileName() + ".out");
    Path err = work.resolve(profile.getFileName() + ".err");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--disable-gpu",
        "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(), "--enable-logging=stderr", "--v=0"));
    if ("root".equals(System.getProperty("user.name"))) {
      command.add("--no-sandbox"); // Chromium refuses to run as root with its sandbox
    }
    command.addAll(what);
    command.add(page.toAbsolutePath().toUri().toString());
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s on " + page);
    }
    String log = Files.readString(err, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new AssertionError("Chromium exited with " + process.exitValue() + " on " + page + ":\n" + log);
    }
    return new Run(Files.readString(out, StandardCharsets.UTF_8), log);
  }
}
