package org.talentmatch.core.generator;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.SplittableRandom;

/** Splits a whole number in proportion to weights, and shuffles the result. */
final class Apportion {
  private Apportion() {}

  /** Counts summing to {@code total}, proportional to {@code weights} (largest remainder method). */
  static int[] largestRemainder(int total, double[] weights) {
    checkArgument(total >= 0, "total must be >= 0: %s", total);
    double sum = 0;
    for (double w : weights) {
      checkArgument(w >= 0, "weights must be >= 0");
      sum += w;
    }
    checkArgument(sum > 0, "weights must not all be zero");
    int[] counts = new int[weights.length];
    double[] remainders = new double[weights.length];
    int assigned = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      counts[i] = (int) Math.floor(exact);
      remainders[i] = exact - counts[i];
      assigned += counts[i];
    }
    for (; assigned < total; assigned++) {
      int best = 0;
      for (int i = 1; i < weights.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      counts[best]++;
      remainders[best] = -1;
    }
    return counts;
  }

  static int[] largestRemainder(int total, int[] weights) {
    double[] w = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      w[i] = weights[i];
    }
    return largestRemainder(total, w);
  }

  static int indexOfMax(int[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  /** Fisher–Yates. */
  static <T> void shuffle(T[] items, SplittableRandom rng) {
    for (int i = items.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
  }
}
