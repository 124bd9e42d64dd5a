package dev.postmortem.json.internal;

import dev.postmortem.format.ParseLimits;
import dev.postmortem.format.ParseLimits.Limit;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * {@link ParseLimits} as Jackson's stream limits (document length, string length, nesting depth),
 * beside Jackson's default number, name and token limits. Past one of ours, the exception says
 * which {@link Limit} it was: Jackson's own says it only in its message text.
 */
final class LimitConstraints extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  LimitConstraints(ParseLimits limits) {
    super(limits.maxNestingDepth(), limits.maxDocumentChars(), defaults().getMaxTokenCount(),
        defaults().getMaxNumberLength(), limits.maxFieldLength(), defaults().getMaxNameLength());
  }

  @Override
  public void validateNestingDepth(int depth) {
    try {
      super.validateNestingDepth(depth);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.MAX_NESTING_DEPTH, "an array or object at depth " + depth, e);
    }
  }

  @Override
  public void validateDocumentLength(long length) {
    try {
      super.validateDocumentLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.MAX_DOCUMENT_CHARS, "more", e);
    }
  }

  @Override
  public void validateStringLength(int length) {
    try {
      super.validateStringLength(length);
    } catch (StreamConstraintsException e) {
      throw stringTooLong(length, e);
    }
  }

  @Override
  public void validateStringLengthLong(long length) {
    try {
      super.validateStringLengthLong(length);
    } catch (StreamConstraintsException e) {
      throw stringTooLong(length, e);
    }
  }

  private static Exceeded stringTooLong(long length, StreamConstraintsException e) {
    // Jackson checks as its buffer grows: the length is what it had read of the string so far.
    return new Exceeded(Limit.MAX_FIELD_LENGTH, "a string of at least " + length + " characters",
        e);
  }

  /** Jackson's exception for one of our limits, naming it and what the parser found. */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    private final Limit limit;
    private final String found;

    Exceeded(Limit limit, String found, StreamConstraintsException jackson) {
      super(jackson.getOriginalMessage(), jackson.getLocation());
      this.limit = limit;
      this.found = found;
    }

    Limit limit() {
      return limit;
    }

    String found() {
      return found;
    }
  }
}
