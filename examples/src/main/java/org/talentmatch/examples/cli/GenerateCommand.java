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

    private final LongFunction<GeneratorSpec> spec;

    Preset(LongFunction<GeneratorSpec> spec) {
      this.spec = spec;
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--experts", description = "number of experts (with --demands)")
  Integer experts;

  @Option(names = "--demands", description = "number of demands (with --experts)")
  Integer demands;

  @Option(names = "--preset", description = "instead of --experts and --demands: the province benchmark's instance, "
      + "province (100,000 experts, 5,000 demands, 120 km) or mid (10,000 / 1,000); the benchmark's --seed 1 is --seed 1 here")
  Preset preset;

  @Option(names = "--seed", defaultValue = "2027", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

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
      return preset.spec.apply(seed);
    }
    if (experts == null || demands == null) {
      throw new TalentMatchCli.BadInputException("give --experts and --demands, or --preset");
    }
    if (experts < 1 || demands < 1) {
      throw new TalentMatchCli.BadInputException("--experts and --demands must be >= 1");
    }
    return GeneratorSpec.builder().experts(experts).demands(demands).seed(seed).build();
  }
}
