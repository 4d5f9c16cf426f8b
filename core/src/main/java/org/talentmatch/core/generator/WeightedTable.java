package org.talentmatch.core.generator;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Items with weights, drawn in O(log n) by binary search over cumulative weights. */
final class WeightedTable<T> {
  private final List<T> items;
  private final double[] cumulative;

  private WeightedTable(List<T> items, double[] cumulative) {
    this.items = items;
    this.cumulative = cumulative;
  }

  /** Items of weight zero are left out; at least one item must weigh more. */
  static <T> WeightedTable<T> of(List<T> candidates, ToDoubleFunction<T> weight) {
    List<T> items = new ArrayList<>();
    double[] cumulative = new double[candidates.size()];
    double total = 0;
    for (T candidate : candidates) {
      double w = weight.applyAsDouble(candidate);
      checkArgument(w >= 0 && Double.isFinite(w), "weight must be finite and >= 0: %s", w);
      if (w > 0) {
        total += w;
        cumulative[items.size()] = total;
        items.add(candidate);
      }
    }
    checkArgument(!items.isEmpty(), "no item has a positive weight");
    return new WeightedTable<>(List.copyOf(items), Arrays.copyOf(cumulative, items.size()));
  }

  T draw(SplittableRandom rng) {
    double r = rng.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, r);
    int index = i >= 0 ? i + 1 : -i - 1;
    return items.get(Math.min(index, items.size() - 1));
  }
}
