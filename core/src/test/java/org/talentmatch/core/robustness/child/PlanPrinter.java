package org.talentmatch.core.robustness.child;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.io.PlanJson;

/**
 * Plans one fixed problem with a seed and an evaluation limit; {@code DeterminismTest} compares its
 * plan file across runs, JVMs and thread counts. Usage: {@code PlanPrinter <out>}.
 */
public final class PlanPrinter {
  /**
   * More experts than one indexing thread takes (2,000), so that on several cores the engine's
   * in-memory index is written by several threads, in an order that varies between runs.
   */
  private static final Problem PROBLEM = ProblemGenerator.generate(GeneratorSpec.of(2_100, 40, 7));
  private static final SolveOptions OPTIONS = SolveOptions.builder().seed(42).evaluationLimit(20_000).build();

  private PlanPrinter() {}

  /** The plan file of the fixed problem, as {@link PlanJson#toJson} writes it. */
  public static String planJson() throws IOException, InvalidProblemException {
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      return PlanJson.toJson(engine.plan(PROBLEM, OPTIONS));
    }
  }

  public static void main(String[] args) throws Exception {
    Files.writeString(Path.of(args[0]), planJson(), StandardCharsets.UTF_8);
  }
}
