package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * The order of experts that tie on everything a seat ranks by (relevance, text strength, nearness,
 * distance): a hash of the seat and the expert id, then the id. Seats with tied candidates so draw
 * different experts from the tie instead of every seat taking the same smallest ids, which would
 * leave a planner with the same few experts, at their caps, for every seat. Deterministic: the same
 * seat always orders a tie the same way.
 */
final class SeatTieOrder {
  private SeatTieOrder() {}

  static Comparator<String> of(String demandId, int seatIndex) {
    requireNonNull(demandId, "demandId");
    int salt = Hashing.murmur3_32_fixed().newHasher()
        .putString(demandId, StandardCharsets.UTF_8).putInt(seatIndex).hash().asInt();
    return Comparator.<String>comparingInt(id -> Hashing.murmur3_32_fixed(salt)
            .hashString(id, StandardCharsets.UTF_8).asInt())
        .thenComparing(Comparator.naturalOrder());
  }
}
