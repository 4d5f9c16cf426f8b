package org.talentmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateGenerator.SeatCandidates;
import org.talentmatch.core.search.SeatKey;

class CandidatesJsonlProperties {

  /** Any seat whose values carry the file's precision reads back equal, on one line. */
  @Property(tries = 300)
  void aLineReadsBackEqual(@ForAll("seats") SeatCandidates seat) throws InvalidProblemException {
    String line = CandidatesJsonl.line(seat);

    assertThat(line).doesNotContain("\n", "\r");
    assertThat(CandidatesJsonl.parse(line)).isEqualTo(seat);
  }

  @Provide
  Arbitrary<SeatCandidates> seats() {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('!', '~').withChars("专家甲乙\"\\").ofMinLength(1).ofMaxLength(12)
        .filter(id -> !id.isBlank());
    // Any Unicode text, control characters and quotes included: the writer must escape them.
    Arbitrary<String> reasons = Arbitraries.strings().all().ofMaxLength(30);
    Arbitrary<Candidate> candidates = Combinators.combine(ids,
        Arbitraries.integers().between(0, 10_000).map(i -> i / 10_000.0),
        Arbitraries.integers().between(0, 50_000).map(i -> i / 10.0),
        reasons.list().ofMaxSize(4))
        .as(Candidate::new);
    return Combinators.combine(ids, Arbitraries.integers().between(0, 20), candidates.list().ofMaxSize(6))
        .as((demandId, seat, list) -> new SeatCandidates(new SeatKey(demandId, seat), list));
  }
}
