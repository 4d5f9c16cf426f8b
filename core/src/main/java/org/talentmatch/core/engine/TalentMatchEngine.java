package org.talentmatch.core.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.util.IOUtils;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.MatchingEngine;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.change.Replan;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanExplanation;
import org.talentmatch.api.plan.SupplyReport;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.api.search.DemandMatch;
import org.talentmatch.api.session.PlanningSession;
import org.talentmatch.core.search.DemandIndex;
import org.talentmatch.core.search.DemandRecommender;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.solver.MatchingWeights;
import org.talentmatch.core.solver.PlanSolver;

/**
 * The {@link MatchingEngine} of talentmatch: Lucene indexes of the live expert pool and of the open
 * demands (in memory, or on disk under {@link Builder#indexDirectory}) for search and push, and the
 * {@link PlanningPipeline} for plans.
 *
 * <p>Thread-safe: any number of threads may search and push while others put and remove; each
 * index serializes its writes and every write is committed and visible when it returns.
 *
 * <pre>{@code
 * try (MatchingEngine engine = TalentMatchEngine.builder().indexDirectory(Path.of("index")).build()) {
 *   engine.putExperts(experts);
 *   List<Candidate> top = engine.searchCandidates(demand, 0, Policy.defaults(), 20);
 *   Plan plan = engine.plan(problem, SolveOptions.ofSeconds(30));
 * }
 * }</pre>
 */
public final class TalentMatchEngine implements MatchingEngine {
  /** Subdirectory of the index directory that holds the expert pool. */
  public static final String EXPERTS_DIRECTORY = "experts";
  /** Subdirectory of the index directory that holds the open demands. */
  public static final String DEMANDS_DIRECTORY = "demands";

  private final ExpertIndex pool;
  private final DemandIndex openDemands;
  private final DemandRecommender recommender;
  private final PlanningPipeline pipeline;

  private TalentMatchEngine(ExpertIndex pool, DemandIndex openDemands, PlanningPipeline pipeline) {
    this.pool = pool;
    this.openDemands = openDemands;
    this.recommender = new DemandRecommender(openDemands);
    this.pipeline = pipeline;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The pipeline behind {@link #plan}, with stage timings, for batch jobs and benchmarks. */
  public PlanningPipeline pipeline() {
    return pipeline;
  }

  @Override
  public void putExpert(Expert expert) {
    pool.put(requireNonNull(expert, "expert"));
  }

  @Override
  public void putExperts(Collection<Expert> experts) {
    pool.putAll(List.copyOf(experts));
  }

  @Override
  public boolean removeExpert(String expertId) {
    return pool.remove(requireNonNull(expertId, "expertId"));
  }

  @Override
  public int expertCount() {
    return pool.size();
  }

  @Override
  public void putDemand(Demand demand) {
    openDemands.put(requireNonNull(demand, "demand"));
  }

  @Override
  public boolean removeDemand(String demandId) {
    return openDemands.remove(requireNonNull(demandId, "demandId"));
  }

  /** Number of open demands. */
  public int demandCount() {
    return openDemands.size();
  }

  @Override
  public List<Candidate> searchCandidates(Demand demand, int seatIndex, Policy policy, int limit) {
    requireNonNull(demand, "demand");
    requireNonNull(policy, "policy");
    Objects.checkIndex(seatIndex, demand.seats().size());
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    return pool.search(demand, seatIndex, policy, limit);
  }

  @Override
  public List<DemandMatch> recommendDemands(String expertId, Policy policy, int limit) {
    requireNonNull(policy, "policy");
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    Expert expert = pool.get(requireNonNull(expertId, "expertId"))
        .orElseThrow(() -> new NoSuchElementException("no expert \"" + expertId + "\" in the pool"));
    return recommender.recommend(expert, policy, limit);
  }

  @Override
  public SupplyReport checkSupply(Problem problem) throws InvalidProblemException {
    return pipeline.checkSupply(requireNonNull(problem, "problem"), SolveOptions.DEFAULT_CANDIDATES_PER_SLOT);
  }

  @Override
  public Plan plan(Problem problem, SolveOptions options) throws InvalidProblemException {
    return pipeline.plan(requireNonNull(problem, "problem"), requireNonNull(options, "options")).plan();
  }

  @Override
  public PlanExplanation explain(Problem problem, Plan plan) throws InvalidProblemException {
    return pipeline.explain(requireNonNull(problem, "problem"), requireNonNull(plan, "plan"),
        SolveOptions.DEFAULT_CANDIDATES_PER_SLOT);
  }

  @Override
  public Replan replan(Problem problem, Plan previous, List<PlanChange> changes, SolveOptions options)
      throws InvalidProblemException {
    return pipeline.replan(requireNonNull(problem, "problem"), requireNonNull(previous, "previous"),
        List.copyOf(changes), requireNonNull(options, "options")).replan();
  }

  @Override
  public PlanningSession startSession(Problem problem, SolveOptions options) throws InvalidProblemException {
    return pipeline.startSession(requireNonNull(problem, "problem"), requireNonNull(options, "options"));
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(pool, openDemands);
  }

  /** Builder; by default the pool lives in memory with the bundled thesaurus and default weights. */
  public static final class Builder {
    private Optional<Path> indexDirectory = Optional.empty();
    private SearchConfig searchConfig = SearchConfig.defaults();
    private MatchingWeights weights = MatchingWeights.defaults();

    private Builder() {}

    /**
     * Keeps the indexes on disk there, the experts in {@value #EXPERTS_DIRECTORY}/ and the open
     * demands in {@value #DEMANDS_DIRECTORY}/; existing indexes are reopened without a rebuild.
     */
    public Builder indexDirectory(Path directory) {
      this.indexDirectory = Optional.of(requireNonNull(directory, "directory"));
      return this;
    }

    public Builder searchConfig(SearchConfig config) {
      this.searchConfig = requireNonNull(config, "config");
      return this;
    }

    /** The soft-goal weights of the solver, tunable per engine. */
    public Builder weights(MatchingWeights weights) {
      this.weights = requireNonNull(weights, "weights");
      return this;
    }

    public TalentMatchEngine build() throws IOException {
      ExpertIndex pool = indexDirectory.isPresent()
          ? ExpertIndex.open(indexDirectory.get().resolve(EXPERTS_DIRECTORY), searchConfig)
          : ExpertIndex.inMemory(searchConfig);
      DemandIndex demands;
      try {
        demands = indexDirectory.isPresent()
            ? DemandIndex.open(indexDirectory.get().resolve(DEMANDS_DIRECTORY), searchConfig)
            : DemandIndex.inMemory(searchConfig);
      } catch (RuntimeException e) {
        IOUtils.closeWhileHandlingException(pool);
        throw e;
      }
      return new TalentMatchEngine(pool, demands, new PlanningPipeline(searchConfig, new PlanSolver(weights)));
    }
  }
}
