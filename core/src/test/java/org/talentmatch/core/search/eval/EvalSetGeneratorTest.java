package org.talentmatch.core.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The committed files are exactly what the generator makes of the concept list. */
class EvalSetGeneratorTest {

  @Test
  void theCommittedSetIsTheGeneratorsOutput() {
    EvalSetGenerator.generate().files().forEach((name, text) ->
        assertThat(EvalSet.resource(name)).as("%s: regenerate it with EvalSetGenerator", name).isEqualTo(text));
  }

  @Test
  void theSetReadBackEqualsTheSetGenerated() {
    EvalSet generated = EvalSetGenerator.generate();
    EvalSet loaded = EvalSet.load();
    assertThat(loaded.experts()).isEqualTo(generated.experts());
    assertThat(loaded.queries()).isEqualTo(generated.queries());
    assertThat(loaded.grades()).isEqualTo(generated.grades());
  }
}
