package org.talentmatch.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.io.ProblemJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes a realistic, deterministic Shandong problem file.")
final class GenerateCommand implements Callable<Integer> {
  /** The instances of the province benchmark, so that a batch run can plan exactly what it measures. */
  enum Preset {
    PROVINCE(GeneratorSpec::province),
    MID(GeneratorSpec::midSize);

    private final LongFunction<GeneratorSpec> generatorSpec;

    Preset(LongFunction<GeneratorSpec> generatorSpec) {
      this.generatorSpec = generatorSpec;
    }
  }

  /** The seed when none is given. */
  private static final long DEFAULT_SEED = 2027;
  /** A preset's seed when none is given: the province benchmark's default, so that both make the same instance. */
  private static final long BENCHMARK_SEED = 1;

  @Spec CommandSpec spec;

  @Option(names = "--experts", description = "number of experts (with --demands)")
  Integer experts;

  @Option(names = "--demands", description = "number of demands (with --experts)")
  Integer demands;

  @Option(names = "--preset", description = "instead of --experts and --demands: the province benchmark's instance "
      + "of the same seed, ${COMPLETION-CANDIDATES} (province: 100,000 experts, 5,000 demands, 120 km; mid: 10,000 / 1,000)")
  Preset preset;

  @Option(names = "--seed", description = "random seed (default: " + DEFAULT_SEED + "; with --preset, "
      + BENCHMARK_SEED + ", as the province benchmark)")
  Long seed;

  @Option(names = "--out", required = true, description = "problem file to write")
  Path out;

  @Override
  public Integer call() throws Exception {
    Problem problem = ProblemGenerator.generate(generatorSpec());
    ProblemJson.write(problem, out);
    spec.commandLine().getOut().printf("wrote %s: %d experts, %d demands, %d slots, %d pins%n", out,
        problem.experts().size(), problem.demands().size(), problem.slotCount(), problem.pinned().size());
    return TalentMatchCli.EXIT_OK;
  }

  private GeneratorSpec generatorSpec() throws TalentMatchCli.BadInputException {
    if (preset != null) {
      if (experts != null || demands != null) {
        throw new TalentMatchCli.BadInputException("--preset replaces --experts and --demands: give one or the other");
      }
      return preset.generatorSpec.apply(seed == null ? BENCHMARK_SEED : seed);
    }
    if (experts == null || demands == null) {
      throw new TalentMatchCli.BadInputException("give --experts and --demands, or --preset");
    }
    if (experts < 1 || demands < 1) {
      throw new TalentMatchCli.BadInputException("--experts and --demands must be >= 1");
    }
    return GeneratorSpec.builder().experts(experts).demands(demands).seed(seed == null ? DEFAULT_SEED : seed).build();
  }
}
