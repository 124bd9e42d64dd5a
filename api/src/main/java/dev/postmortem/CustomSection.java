package dev.postmortem;

import dev.postmortem.internal.TextRules;
import dev.postmortem.internal.Violations;
import org.immutables.value.Value;

/**
 * Any section the model has no field for: a heading and its body, kept in order. This is the
 * extension point, and what lets an imported document keep every part of its text.
 */
@Value.Immutable
public abstract class CustomSection {
  CustomSection() {}

  /** Returns the heading without its {@code #} marks: inline text, required. */
  public abstract String heading();

  /** Returns the body: block text, or empty for a section with a heading only. */
  @Value.Default
  public String body() {
    return "";
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a section. */
  public static CustomSection of(String heading, String body) {
    return builder().heading(heading).body(body).build();
  }

  void check(Violations out) {
    out.requiredInline("heading", heading());
    if (body() == null) {
      out.add("body", "must not be null (use \"\" for a section with a heading only)");
    } else if (!body().isEmpty()) {
      out.block("body", body());
    }
  }

  @Value.Check
  final CustomSection normalize() {
    String body = TextRules.normalizeLineEndings(body());
    if (body != null && !body.equals(body())) {
      return builder().from(this).body(body).build();
    }
    Violations out = Violations.root();
    check(out);
    out.throwIfAny("CustomSection");
    return this;
  }

  /** Builds a {@link CustomSection}. */
  public static class Builder extends ImmutableCustomSection.Builder {
    Builder() {}
  }
}
