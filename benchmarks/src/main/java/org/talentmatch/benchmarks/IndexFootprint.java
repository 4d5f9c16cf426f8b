package org.talentmatch.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import org.talentmatch.api.model.Expert;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;

/**
 * Heap held by an in-memory index of a generated pool: used heap after full collections with the
 * index open, minus the same without it (the experts themselves are live in both measurements).
 * Not a JMH benchmark because it measures a size, not a time.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar org.talentmatch.benchmarks.IndexFootprint 100000}
 */
public final class IndexFootprint {
  private static final double MB = 1024.0 * 1024.0;

  private IndexFootprint() {}

  public static void main(String[] args) throws Exception {
    int experts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<Expert> pool = ProblemGenerator.generate(GeneratorSpec.of(experts, 100, 2027)).experts();
    long before = usedAfterGc();
    ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults());
    index.putAll(pool);
    long withIndex = usedAfterGc();
    int indexed = index.size();
    index.close();
    long afterClose = usedAfterGc();
    System.out.printf(Locale.ROOT, "experts %d; heap used after GC: without index %.1f MB, with index %.1f MB, "
        + "after close %.1f MB; index holds %.1f MB (%.0f bytes per expert)%n", indexed, before / MB, withIndex / MB,
        afterClose / MB, (withIndex - before) / MB, (withIndex - before) / (double) indexed);
    // Keeps the pool reachable until every measurement is taken.
    System.out.println("pool " + pool.size());
  }

  /** Used heap once repeated full collections stop freeing memory. */
  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int round = 0; round < 10; round++) {
      System.gc();
      Thread.sleep(100);
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
