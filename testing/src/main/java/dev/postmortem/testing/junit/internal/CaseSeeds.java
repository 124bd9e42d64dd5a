package dev.postmortem.testing.junit.internal;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/** The seeds of the cases of one {@code @PostmortemSource}, drawn from its seed. */
final class CaseSeeds {
  private CaseSeeds() {}

  /**
   * Returns {@code count} seeds drawn from {@code seed}. Each case gets its own, rather than all
   * drawing from one generator in turn, so that a case can be made again from its seed alone.
   */
  static LongStream of(long seed, int count) {
    return new SplittableRandom(seed).longs(count);
  }
}
