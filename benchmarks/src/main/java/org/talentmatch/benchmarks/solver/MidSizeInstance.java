package org.talentmatch.benchmarks.solver;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.CandidateGenerator;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;

/**
 * The mid-size generated instance of issue 4 ({@link GeneratorSpec#midSize}: 10,000 experts, 1,000 demands) with the candidate table
 * search gives it, built once so that every solver run of a comparison starts from the same input.
 */
record MidSizeInstance(Problem problem, CandidateTable candidates, Duration preparation) {
  static final long DEFAULT_SEED = 2027;

  MidSizeInstance {
    requireNonNull(problem, "problem");
    requireNonNull(candidates, "candidates");
    requireNonNull(preparation, "preparation");
  }

  static MidSizeInstance generate(long seed) throws Exception {
    long start = System.nanoTime();
    Problem problem = ProblemGenerator.generate(GeneratorSpec.midSize(seed));
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(problem.experts());
      CandidateTable candidates = CandidateGenerator.generate(index, problem, SolveOptions.DEFAULT_CANDIDATES_PER_SLOT);
      return new MidSizeInstance(problem, candidates, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%d experts, %d demands, %d slots (generated and searched in %d s)",
        problem.experts().size(), problem.demands().size(), problem.slotCount(), preparation.toSeconds());
  }
}
