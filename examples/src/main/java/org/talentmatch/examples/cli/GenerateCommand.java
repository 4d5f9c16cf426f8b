package org.talentmatch.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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
  @Spec CommandSpec spec;

  @Option(names = "--experts", required = true, description = "number of experts")
  int experts;

  @Option(names = "--demands", required = true, description = "number of demands")
  int demands;

  @Option(names = "--seed", defaultValue = "2027", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", required = true, description = "problem file to write")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (experts < 1 || demands < 1) {
      throw new TalentMatchCli.BadInputException("--experts and --demands must be >= 1");
    }
    Problem problem = ProblemGenerator.generate(GeneratorSpec.builder().experts(experts).demands(demands).seed(seed).build());
    ProblemJson.write(problem, out);
    spec.commandLine().getOut().printf("wrote %s: %d experts, %d demands, %d slots, %d pins%n", out,
        problem.experts().size(), problem.demands().size(), problem.slotCount(), problem.pinned().size());
    return TalentMatchCli.EXIT_OK;
  }
}
