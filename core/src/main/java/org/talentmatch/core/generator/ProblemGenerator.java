package org.talentmatch.core.generator;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.SplittableRandom;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;

/**
 * Generates believable Shandong matching problems for tests, demos and benchmarks: real counties
 * and institutions, the seven programs in their real shapes, Chinese skills, profiles and demand
 * texts, history before the period, and valid pins.
 *
 * <p>Deterministic: equal specs give equal problems, on any machine. Each stage (demands, experts,
 * history, pins) draws from its own random stream split from the seed, so changing, say, the
 * history share leaves the experts and demands as they were.
 *
 * <pre>{@code
 * Problem problem = ProblemGenerator.generate(GeneratorSpec.of(100_000, 5_000, 42));
 * }</pre>
 */
public final class ProblemGenerator {
  private ProblemGenerator() {}

  public static Problem generate(GeneratorSpec spec) {
    requireNonNull(spec, "spec");
    Catalog catalog = Catalog.bundled();
    SplittableRandom root = new SplittableRandom(spec.seed());
    SplittableRandom demandRandom = root.split();
    SplittableRandom expertRandom = root.split();
    SplittableRandom historyRandom = root.split();
    SplittableRandom pinRandom = root.split();

    List<Demand> demands = new DemandFactory(catalog, spec.period(), spec.teamScale()).create(spec.demands(), demandRandom);
    List<Expert> experts = new ExpertFactory(catalog, spec).create(demands, expertRandom);
    ExpertsBySkill index = ExpertsBySkill.of(experts, catalog.vocabulary());
    return Problem.builder(spec.period())
        .policy(spec.policy())
        .experts(experts)
        .demands(demands)
        .history(new HistoryFactory(catalog, spec).create(experts, demands, index, historyRandom))
        .pinned(new PinPicker(catalog.vocabulary(), spec.policy()).pick(spec.pinCount(), experts, demands, index, pinRandom))
        .build();
  }
}
