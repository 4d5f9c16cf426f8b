package org.talentmatch.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.talentmatch.api.model.Expert;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;

/**
 * Time to index a whole generated pool of experts into a fresh in-memory index with one {@link
 * ExpertIndex#putAll} (analysis, one commit, searcher refresh), as the planning pipeline does for
 * every problem. Target at 100,000 experts: under 60 s. Each iteration is one full build, so the
 * score is seconds per pool; experts per second is the pool size divided by it.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Indexing}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class IndexingBenchmark {

  @Param({"100000"})
  int experts;

  private List<Expert> pool;
  private ExpertIndex index;

  @Setup(Level.Trial)
  public void generatePool() {
    // Demands are not indexed; a few keep the generator's proportions realistic.
    pool = ProblemGenerator.generate(GeneratorSpec.of(experts, 100, 2027)).experts();
  }

  @Setup(Level.Iteration)
  public void emptyIndex() {
    index = ExpertIndex.inMemory(SearchConfig.defaults());
  }

  @TearDown(Level.Iteration)
  public void close() throws Exception {
    index.close();
  }

  @Benchmark
  public int indexPool() {
    index.putAll(pool);
    return index.size();
  }
}
