package dev.postmortem.testing.properties;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.postmortem.format.PostmortemParser;
import dev.postmortem.format.PostmortemRenderer;
import dev.postmortem.testing.PostmortemGenerator.Flavour;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Random character, line and byte mutations of a valid document, for the mutation properties of
 * every format. A mutation is three numbers, so QuickTheories shrinks a failing case towards
 * fewer, earlier and simpler edits; its {@code toString} says what it did.
 */
public final class Mutations {
  /** What may be typed in: metacharacters of both formats, white space, and awkward Unicode. */
  private static final String[] TYPED = {"|", "\\", "`", "*", "_", "#", ">", "-", "+", "[", "]",
      "(", ")", "{", "}", "<", "&", "!", "\"", "'", ":", ",", "\n", "\r", "\t", " ", "0", "9", "a",
      "Z", ".", "\u00a0", "\u200b", "\u202e", "\ud83d\udd25", "\u00e9", "\u4e2d", "\ud800", "\u0000",
      "# ", "## ", "- ", "1. ", "> ", "| --- |", "```", "null", "true", "-1e999", "\"x\":", "[]", "{}"};

  private static final String[] KINDS = {"replace char", "insert text", "delete char",
      "delete line", "duplicate line", "swap lines", "cut from", "flip bit", "set byte"};

  private Mutations() {}

  /** One edit: which kind, where (taken modulo the length), and with what. */
  public record Mutation(int kind, int position, int value) {
    /** Returns whether this edit works on bytes rather than characters. */
    public boolean onBytes() {
      return kind >= 7;
    }

    @Override
    public String toString() {
      return KINDS[kind] + " at " + position + (kind <= 1 ? " with " + quoted(TYPED[value % TYPED.length])
          : kind == 8 ? " to 0x" + Integer.toHexString(value % 256) : kind == 7 ? " bit " + value % 8 : "");
    }
  }

  /** Returns one to five mutations. */
  public static Gen<List<Mutation>> mutations() {
    Gen<Mutation> one = integers().between(0, KINDS.length - 1)
        .zip(integers().between(0, Integer.MAX_VALUE), integers().between(0, Integer.MAX_VALUE),
            Mutation::new);
    return lists().of(one).ofSizeBetween(1, 5);
  }

  /** Applies the character and line mutations to {@code text}, in order. */
  public static String applyToText(String text, List<Mutation> mutations) {
    String t = text;
    for (Mutation m : mutations) {
      if (!m.onBytes()) {
        t = apply(t, m);
      }
    }
    return t;
  }

  /** Applies the byte mutations to {@code bytes}, in order. */
  public static byte[] applyToBytes(byte[] bytes, List<Mutation> mutations) {
    byte[] b = bytes.clone();
    for (Mutation m : mutations) {
      if (m.onBytes() && b.length > 0) {
        int at = m.position() % b.length;
        b[at] = m.kind() == 7 ? (byte) (b[at] ^ (1 << (m.value() % 8))) : (byte) m.value();
      }
    }
    return b;
  }

  /** Applies all mutations: characters and lines first, then the UTF-8 bytes. */
  public static byte[] apply(String text, List<Mutation> mutations) {
    return applyToBytes(applyToText(text, mutations).getBytes(StandardCharsets.UTF_8), mutations);
  }

  private static String apply(String t, Mutation m) {
    int at = t.isEmpty() ? 0 : m.position() % t.length();
    String typed = TYPED[m.value() % TYPED.length];
    switch (m.kind()) {
      case 0:
        return t.isEmpty() ? typed : t.substring(0, at) + typed + t.substring(at + 1);
      case 1:
        return t.substring(0, at) + typed + t.substring(at);
      case 2:
        return t.isEmpty() ? t : t.substring(0, at) + t.substring(at + 1);
      case 6:
        return t.substring(0, at);
      default:
        List<String> lines = new ArrayList<>(Arrays.asList(t.split("\n", -1)));
        int line = m.position() % lines.size();
        if (m.kind() == 3) {
          lines.remove(line);
        } else if (m.kind() == 4) {
          lines.add(line, lines.get(line));
        } else if (line + 1 < lines.size()) {
          lines.add(line + 1, lines.remove(line));
        }
        return String.join("\n", lines);
    }
  }

  private static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", c)
        : String.valueOf((char) c)));
    return out.append('"').toString();
  }

  /**
   * The mutation property: a document rendered by one of {@code renderers} from a generated
   * postmortem of {@code flavour}, mutated, gives {@code parser} a postmortem that passes the
   * invariants or the parse exception; anything else fails with the smallest case and the seed.
   * Runs {@link #tries()} cases and counts their outcomes into {@code outcomes}.
   */
  public static void checkProperty(Flavour flavour, List<PostmortemRenderer> renderers,
      PostmortemParser parser, ParseOutcomes outcomes) {
    PostmortemGens.theory().withExamples(tries())
        .forAll(PostmortemGens.postmortems(flavour), mutations())
        .checkAssert((p, edits) -> {
          String valid = renderers.get(edits.get(0).position() % renderers.size()).render(p);
          byte[] mutated = apply(valid, edits);
          try {
            outcomes.count(ParseOutcomes.outcome(() -> parser.parse(new ByteArrayInputStream(mutated))));
          } catch (Exception e) {
            throw new AssertionError("neither a postmortem nor the parse exception", e);
          }
        });
  }

  /** Returns the mutations per property this build runs. */
  public static int tries() {
    return Integer.getInteger("postmortem.properties.mutations", 5000);
  }
}
