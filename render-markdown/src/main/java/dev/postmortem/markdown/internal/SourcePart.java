package dev.postmortem.markdown.internal;

import dev.postmortem.Horizon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/** A run of a hand-written document under one heading, and the model home it was given. */
final class SourcePart {
  final String heading;
  /** The heading's 0-based line. */
  final int line;
  final int level;
  final SectionHome home;
  final Optional<Horizon> horizon;
  final SourcePart parent;
  final List<Node> nodes = new ArrayList<>();
  /** Text the section's reader did not take, in order: it becomes a custom section. */
  final List<String> leftovers = new ArrayList<>();
  /** The 0-based last line of the part, its sub-parts excluded; set once the outline is read. */
  int lastLine;

  SourcePart(String heading, int line, int level, SectionHome home, Optional<Horizon> horizon,
      SourcePart parent) {
    this.heading = heading;
    this.line = line;
    this.lastLine = line;
    this.level = level;
    this.home = home;
    this.horizon = horizon;
    this.parent = parent;
  }

  /** Returns this part's blocks under another home, for a section that turns out to be that. */
  SourcePart as(SectionHome other) {
    SourcePart part = new SourcePart(heading, line, level, other, horizon, parent);
    part.nodes.addAll(nodes);
    part.lastLine = lastLine;
    return part;
  }

  /** Returns whether this part or one above it has {@code home}. */
  boolean within(SectionHome home) {
    for (SourcePart p = this; p != null; p = p.parent) {
      if (p.home == home) {
        return true;
      }
    }
    return false;
  }
}
