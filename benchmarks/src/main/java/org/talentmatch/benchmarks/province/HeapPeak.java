package org.talentmatch.benchmarks.province;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap use of one phase: the peaks of the heap pools, summed, since the last {@link #reset}. */
final class HeapPeak {
  private HeapPeak() {}

  /** Collects garbage so a phase does not inherit the last one's, then starts a new peak. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /**
   * Bytes: the sum of each heap pool's peak since {@link #reset}. The pools peak at different
   * moments, so this slightly overstates the true peak; it never understates it.
   */
  static long bytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
