package org.talentmatch.core.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Problem;

class GeneratorProperties {

  @Property(tries = 40)
  void everyGeneratedProblemIsValid(@ForAll long seed, @ForAll @IntRange(max = 400) int experts,
      @ForAll @IntRange(max = 80) int demands, @ForAll @IntRange(max = 5) int pins) {
    GeneratorSpec spec = GeneratorSpec.builder().experts(experts).demands(demands).seed(seed).pins(pins).build();
    ProblemInvariants.assertValid(ProblemGenerator.generate(spec), spec);
  }

  @Property(tries = 15)
  void anyPeriodHoldsItsDemands(@ForAll long seed, @ForAll @IntRange(min = 2024, max = 2030) int year,
      @ForAll @IntRange(min = 1, max = 400) int days) {
    DateRange period = DateRange.of(LocalDate.of(year, 1, 1).plusDays(seed & 0xff),
        LocalDate.of(year, 1, 1).plusDays((seed & 0xff) + days - 1));
    GeneratorSpec spec = GeneratorSpec.builder().experts(150).demands(40).seed(seed).period(period).build();
    ProblemInvariants.assertValid(ProblemGenerator.generate(spec), spec);
  }

  @Property(tries = 10)
  void sameSpecSameProblem(@ForAll long seed, @ForAll @IntRange(max = 200) int experts, @ForAll @IntRange(max = 50) int demands) {
    GeneratorSpec spec = GeneratorSpec.of(experts, demands, seed);
    Problem first = ProblemGenerator.generate(spec);
    assertThat(ProblemGenerator.generate(spec)).isEqualTo(first);
  }
}
