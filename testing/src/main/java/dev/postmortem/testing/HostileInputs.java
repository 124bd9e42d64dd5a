package dev.postmortem.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inputs a parser of postmortems written by others must survive, for JSON and Markdown: truncated
 * documents, wrong types everywhere, 50 MB strings, 100 000-row tables and arrays, 10 000-deep
 * nesting, invalid UTF-8, NUL bytes, a byte order mark, CRLF and lone CR line endings, mixed
 * scripts, very long lines, huge numbers, duplicate fields and sections. Small hand-written ones
 * are resources of this module ({@code dev/postmortem/testing/hostile/}); large and derived ones
 * are made on demand, so that a 50 MB input exists only while it is being read.
 *
 * <pre>{@code
 * for (HostileInputs.Input input : HostileInputs.json(validJson)) {
 *   try (InputStream in = input.open()) { parser.parse(in); } catch (PostmortemParseException e) { ... }
 * }
 * }</pre>
 *
 * <p>The derived inputs need one valid document of the format, such as a sample rendered by it:
 * this module does not depend on the formats.
 */
public final class HostileInputs {
  private static final String RESOURCES = "hostile/";
  private static final int BIG_STRING = 50_000_000;
  private static final int MANY = 100_000;
  private static final int DEEP = 10_000;

  private HostileInputs() {}

  /** One hostile input: a name that says what it is, and its bytes, made when asked. */
  public static final class Input {
    private final String name;
    private final Supplier<byte[]> bytes;

    Input(String name, Supplier<byte[]> bytes) {
      this.name = name;
      this.bytes = bytes;
    }

    /** {@return the name, such as {@code json-nested-arrays-10000}} */
    public String name() {
      return name;
    }

    /** {@return the bytes, made afresh on each call (large inputs are not kept)} */
    public byte[] bytes() {
      return bytes.get();
    }

    /** {@return the bytes as text, bytes that are not UTF-8 replaced by U+FFFD as a lenient reader would} */
    public String text() {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Returns the hostile JSON inputs: the hand-written ones, plus ones derived from
   * {@code validDocument} (a compact, one-line document of the format).
   *
   * @param validDocument a valid document of the format, on one line; not null
   * @return the inputs, each with its name
   */
  public static List<Input> json(String validDocument) {
    Objects.requireNonNull(validDocument, "validDocument must not be null");
    List<Input> inputs = new ArrayList<>(resources("json-"));
    String head = "{\"format\":\"postmortem\",\"version\":1,";
    commonDerived(inputs, "json", validDocument);
    inputs.add(text("json-string-50MB", () -> head + "\"title\":\"" + "a".repeat(BIG_STRING) + "\"}"));
    inputs.add(text("json-whitespace-50MB", () -> " ".repeat(BIG_STRING) + validDocument));
    inputs.add(text("json-long-line-900k-title", () -> head + "\"title\":\"" + "b".repeat(900_000) + "\"}"));
    inputs.add(text("json-timeline-100000", () -> repeat(head + "\"title\":\"x\",\"timeline\":[",
        "{\"at\":\"2024-03-14T14:02:00Z\",\"description\":\"e\"}", ",", MANY, "]}")));
    inputs.add(text("json-tags-100000", () -> repeat(head + "\"title\":\"x\",\"tags\":[", "\"t\"", ",",
        MANY, "]}")));
    inputs.add(text("json-attributes-100000", () -> {
      StringBuilder s = new StringBuilder(head + "\"title\":\"x\",\"attributes\":{");
      for (int i = 0; i < MANY; i++) {
        s.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
      }
      return s.append("}}").toString();
    }));
    inputs.add(text("json-nested-arrays-10000", () -> "[".repeat(DEEP) + "]".repeat(DEEP)));
    inputs.add(text("json-nested-arrays-in-field-10000",
        () -> head + "\"title\":\"x\",\"tags\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}"));
    inputs.add(text("json-nested-objects-10000",
        () -> head + "\"title\":\"x\",\"impact\":" + "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP) + "}"));
    inputs.add(text("json-nested-unclosed-10000", () -> head + "\"x\":" + "[{\"a\":".repeat(DEEP)));
    inputs.add(text("json-number-5000-digits", () -> head + "\"version\":" + "9".repeat(5000) + "}"));
    // Wrong types everywhere: every scalar value of the valid document, in turn, as each other type.
    Matcher scalar = Pattern.compile("\"([A-Za-z]+)\":(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false)")
        .matcher(validDocument);
    String[] others = {"0", "-1.5e300", "true", "null", "[]", "{}", "\"\"", "\"x\""};
    int field = 0;
    while (scalar.find()) {
      field++;
      for (String other : others) {
        if (other.equals(scalar.group(2))) {
          continue;
        }
        String mutated = validDocument.substring(0, scalar.start(2)) + other
            + validDocument.substring(scalar.end(2));
        inputs.add(text("json-wrong-type-" + field + "-" + scalar.group(1) + "-" + other, () -> mutated));
      }
    }
    return List.copyOf(inputs);
  }

  /**
   * Returns the hostile Markdown inputs: the hand-written ones, plus ones derived from
   * {@code validDocument} (a document of the format, with tables).
   *
   * @param validDocument a valid document of the format, with tables; not null
   * @return the inputs, each with its name
   */
  public static List<Input> markdown(String validDocument) {
    Objects.requireNonNull(validDocument, "validDocument must not be null");
    List<Input> inputs = new ArrayList<>(resources("md-"));
    commonDerived(inputs, "md", validDocument);
    String timeline = "# T\n\n## Timeline\n\nAll times UTC.\n\n| Time | Kind | Event |\n| --- | --- | --- |\n";
    inputs.add(text("md-string-50MB", () -> "# T\n\n" + "a".repeat(BIG_STRING) + "\n"));
    inputs.add(text("md-title-50MB", () -> "# " + "a".repeat(BIG_STRING) + "\n"));
    inputs.add(text("md-blank-lines-50MB", () -> "# T\n" + "\n".repeat(BIG_STRING)));
    inputs.add(text("md-long-line-900k", () -> "# T\n\n## TL;DR\n\n" + "b".repeat(900_000) + "\n"));
    inputs.add(text("md-long-line-2M", () -> "# T\n\n## TL;DR\n\n" + "c ".repeat(1_000_000) + "\n"));
    inputs.add(text("md-table-100000-rows", () -> repeat(timeline, "| 2024-03-14 14:02 | alerted | e |", "\n", MANY, "\n")));
    inputs.add(text("md-list-100000-items", () -> repeat("# T\n\n## What went well\n\n", "- item", "\n", MANY, "\n")));
    inputs.add(text("md-table-100000-columns", () -> timeline.replace("| --- | --- | --- |\n",
        "| --- | --- | --- |" + " x |".repeat(MANY) + "\n")));
    inputs.add(text("md-nested-lists-10000", () -> "# T\n\n## Custom\n\n" + "- ".repeat(DEEP) + "x\n"));
    inputs.add(text("md-nested-lists-indented-1500", () -> {
      StringBuilder s = new StringBuilder("# T\n\n## Custom\n\n");
      // 1 500 levels: indented deeper, the document would pass 4 MB before it passed the depth.
      for (int i = 0; i < 1500; i++) {
        s.append("  ".repeat(i)).append("- x\n");
      }
      return s.toString();
    }));
    inputs.add(text("md-nested-quotes-10000", () -> "# T\n\n## Custom\n\n" + "> ".repeat(DEEP) + "x\n"));
    inputs.add(text("md-nested-quote-lines-10000", () -> {
      StringBuilder s = new StringBuilder("# T\n\n## Custom\n\n");
      for (int i = 1; i <= DEEP; i++) {
        s.append(">".repeat(i)).append(" x\n");
      }
      return s.toString();
    }));
    inputs.add(text("md-nested-ordered-10000", () -> "# T\n\n## Custom\n\n" + "1. ".repeat(DEEP) + "x\n"));
    inputs.add(text("md-nested-emphasis-10000", () -> "# T\n\n## Custom\n\n" + "*a ".repeat(DEEP) + "x" + " b*".repeat(DEEP) + "\n"));
    inputs.add(text("md-nested-brackets-10000", () -> "# T\n\n## Custom\n\n" + "[".repeat(DEEP) + "x" + "](u)".repeat(DEEP) + "\n"));
    inputs.add(text("md-backticks-100000", () -> "# T\n\n## Custom\n\n" + "`a".repeat(MANY) + "\n"));
    inputs.add(text("md-headings-100000", () -> repeat("# T\n\n", "## Section", "\n\n", MANY, "\n")));
    // Wrong values everywhere: every table cell of the valid document, in turn, as a value of no type.
    String[] lines = validDocument.split("\n", -1);
    int cell = 0;
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("| ") || lines[i].startsWith("| ---")) {
        continue;
      }
      String[] cells = lines[i].split(" \\| ", -1);
      for (int c = 0; c < cells.length; c++) {
        cell++;
        String[] mutatedCells = cells.clone();
        mutatedCells[c] = c == 0 ? "| ~~ \u00a7 ~~" : c == cells.length - 1 ? "~~ \u00a7 ~~ |" : "~~ \u00a7 ~~";
        String[] mutatedLines = lines.clone();
        mutatedLines[i] = String.join(" | ", mutatedCells);
        String mutated = String.join("\n", mutatedLines);
        inputs.add(text("md-wrong-value-cell-" + cell + "-line-" + (i + 1), () -> mutated));
      }
    }
    return List.copyOf(inputs);
  }

  /** Inputs both formats get: truncations, encodings, control characters and line endings. */
  private static void commonDerived(List<Input> inputs, String prefix, String valid) {
    for (int tenth = 0; tenth < 10; tenth++) {
      int end = valid.length() * tenth / 10;
      inputs.add(text(prefix + "-truncated-" + tenth + "0-percent", () -> valid.substring(0, end)));
    }
    inputs.add(text(prefix + "-truncated-one-char-short", () -> valid.substring(0, valid.length() - 1)));
    byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
    int middle = utf8.length / 2;
    byte[][] badSequences = {
        {(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
    String[] badNames = {"ff", "c3-28", "overlong-slash", "encoded-surrogate", "above-max", "truncated-3-byte"};
    for (int i = 0; i < badSequences.length; i++) {
      byte[] bad = badSequences[i];
      inputs.add(new Input(prefix + "-invalid-utf8-" + badNames[i] + "-middle", () -> insert(utf8, middle, bad)));
      inputs.add(new Input(prefix + "-invalid-utf8-" + badNames[i] + "-end", () -> insert(utf8, utf8.length, bad)));
    }
    inputs.add(new Input(prefix + "-nul-byte-middle", () -> insert(utf8, middle, new byte[] {0})));
    inputs.add(new Input(prefix + "-nul-bytes-only", () -> new byte[4096]));
    inputs.add(new Input(prefix + "-utf16-le-bom", () -> withBom(valid.getBytes(StandardCharsets.UTF_16LE),
        new byte[] {(byte) 0xFF, (byte) 0xFE})));
    inputs.add(new Input(prefix + "-utf8-bom", () -> withBom(utf8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
    inputs.add(text(prefix + "-crlf", () -> valid.replace("\n", "\r\n")));
    inputs.add(text(prefix + "-lone-cr", () -> valid.replace("\n", "\r")));
    inputs.add(text(prefix + "-mixed-line-endings", () -> valid.replaceFirst("\n", "\r\n").replaceFirst("\n", "\r")));
    inputs.add(text(prefix + "-control-characters", () -> valid.replaceFirst("t", "\u0001\u0007\u001b[31m")));
    inputs.add(text(prefix + "-rtl-override-and-zero-width", () -> valid.replaceFirst("e", "e\u202e\u200b\u200d\ufeff")));
    inputs.add(text(prefix + "-doubled", () -> valid + valid));
  }

  private static List<Input> resources(String prefix) {
    List<Input> inputs = new ArrayList<>();
    for (String name : read(RESOURCES + "index.txt").split("\n")) {
      if (name.startsWith(prefix)) {
        inputs.add(new Input(name, () -> readBytes(RESOURCES + name)));
      }
    }
    return inputs;
  }

  private static Input text(String name, Supplier<String> text) {
    return new Input(name, () -> text.get().getBytes(StandardCharsets.UTF_8));
  }

  private static String repeat(String head, String element, String separator, int times, String tail) {
    StringBuilder s = new StringBuilder(head.length() + times * (element.length() + separator.length()) + tail.length());
    s.append(head);
    for (int i = 0; i < times; i++) {
      s.append(i == 0 ? "" : separator).append(element);
    }
    return s.append(tail).toString();
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] result = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
    return result;
  }

  private static byte[] withBom(byte[] bytes, byte[] bom) {
    return insert(bytes, 0, bom);
  }

  private static String read(String resource) {
    return new String(readBytes(resource), StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(String resource) {
    try (InputStream in = HostileInputs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
