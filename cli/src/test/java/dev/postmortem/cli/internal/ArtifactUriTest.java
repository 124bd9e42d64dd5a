package dev.postmortem.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactUriTest {
  @TempDir
  Path base;

  @Test
  void aFileUnderTheBaseIsARelativeReference() {
    assertEquals("docs/pm/2024-03-14.md", ArtifactUri.of(base.resolve("docs/pm/2024-03-14.md"), base));
    assertEquals("a.md", ArtifactUri.of(base.resolve("x/../a.md"), base));
  }

  @Test
  void whatAUriMayNotHoldIsPercentEncoded() {
    assertEquals("my%20notes/incident%20%231.md", ArtifactUri.of(base.resolve("my notes/incident #1.md"), base));
    assertEquals("caf%C3%A9.md", ArtifactUri.of(base.resolve("café.md"), base));
  }

  @Test
  void aColonInTheFirstSegmentIsNotAScheme() {
    assertEquals("./c:notes.md", ArtifactUri.of(base.resolve("c:notes.md"), base));
    assertEquals("a/b:c.md", ArtifactUri.of(base.resolve("a/b:c.md"), base));
  }

  @Test
  void aFileElsewhereIsAnAbsoluteFileUri() {
    Path elsewhere = base.getParent().resolve("elsewhere.md");
    assertEquals(elsewhere.toUri().toASCIIString(), ArtifactUri.of(elsewhere, base));
    assertEquals(base.toUri().toASCIIString(), ArtifactUri.of(base, base));
  }
}
