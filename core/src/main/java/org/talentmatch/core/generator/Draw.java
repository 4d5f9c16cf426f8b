package org.talentmatch.core.generator;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.SplittableRandom;

/** Random choices the generator makes; every one takes the caller's seeded random source. */
final class Draw {
  private Draw() {}

  static <T> T one(List<T> items, SplittableRandom rng) {
    checkArgument(!items.isEmpty(), "nothing to draw from");
    return items.get(rng.nextInt(items.size()));
  }

  /** Draws from a list ordered by frequency: the first quarter comes up about half the time. */
  static <T> T skewed(List<T> items, SplittableRandom rng) {
    checkArgument(!items.isEmpty(), "nothing to draw from");
    double u = rng.nextDouble();
    return items.get((int) (items.size() * u * u));
  }

  static boolean chance(double probability, SplittableRandom rng) {
    return rng.nextDouble() < probability;
  }

  /** A uniform integer in {@code [low, high]}, both included. */
  static int between(int low, int high, SplittableRandom rng) {
    return rng.nextInt(low, high + 1);
  }

  /** Index {@code i} with probability {@code weights[i] / sum(weights)}. */
  static int weighted(int[] weights, SplittableRandom rng) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    checkArgument(total > 0, "weights must not all be zero");
    int r = rng.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError("unreachable");
  }
}
