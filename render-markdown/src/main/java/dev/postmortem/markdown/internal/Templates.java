package dev.postmortem.markdown.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The instructions of the templates people fill in, kept as data in
 * {@code template-instructions.txt}: a paragraph or value identical to one of them was not filled
 * in, however it is emphasised ({@code _…_}, {@code **…**}) or quoted ({@code > …}).
 */
final class Templates {
  private static final Set<String> INSTRUCTIONS = load();

  private Templates() {}

  /** Returns whether {@code text} is one of the templates' instructions, as written there. */
  static boolean isInstruction(String text) {
    return INSTRUCTIONS.contains(key(text));
  }

  private static String key(String text) {
    String t = HandWritten.oneLine(text.replaceAll("(?m)^[ \\t]*>[ \\t]?", ""));
    t = t.replaceAll("[*_`]", "").toLowerCase(Locale.ROOT).strip();
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  private static Set<String> load() {
    Set<String> texts = new HashSet<>();
    try (InputStream in = Templates.class.getResourceAsStream("template-instructions.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          texts.add(key(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(texts);
  }
}
