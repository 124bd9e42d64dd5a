package dev.postmortem.testing.properties;

import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Lets {@link dev.postmortem.testing.PostmortemGenerator} draw from QuickTheories. Every bounded
 * choice becomes one constrained draw, which QuickTheories records and shrinks towards zero; as
 * the generator makes its first choices the simplest ones (no element, empty optional, first
 * option), a shrunk draw sequence is a smaller postmortem.
 */
final class SourceRandom implements RandomGenerator {
  private final RandomnessSource source;

  SourceRandom(RandomnessSource source) {
    this.source = source;
  }

  @Override
  public long nextLong() {
    return source.next(Constraint.none());
  }

  @Override
  public int nextInt(int bound) {
    return (int) nextLong(0, bound);
  }

  @Override
  public int nextInt(int origin, int bound) {
    return (int) nextLong(origin, bound);
  }

  @Override
  public long nextLong(long bound) {
    return nextLong(0, bound);
  }

  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("bound must be greater than origin");
    }
    long shrinkPoint = origin <= 0 && 0 < bound ? 0 : origin;
    return source.next(Constraint.between(origin, bound - 1).withShrinkPoint(shrinkPoint));
  }

  @Override
  public boolean nextBoolean() {
    return source.next(Constraint.between(0, 1)) == 1;
  }
}
