package dev.postmortem.json.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * Lets Jackson's generator, which writes to a {@link Writer}, write to any {@link Appendable}
 * without copying through an intermediate string. Flushing and closing are left to the owner of
 * the {@code Appendable}.
 */
final class AppendableWriter extends Writer {
  private final Appendable out;

  private AppendableWriter(Appendable out) {
    this.out = out;
  }

  static Writer of(Appendable out) {
    return out instanceof Writer writer ? writer : new AppendableWriter(out);
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    if (out instanceof StringBuilder builder) {
      builder.append(buffer, offset, length);
    } else {
      out.append(CharBuffer.wrap(buffer, offset, length));
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out.append(text, offset, offset + length);
  }

  @Override
  public void flush() {
    // The Appendable's owner decides when to flush.
  }

  @Override
  public void close() {
    // The Appendable's owner decides when to close.
  }
}
