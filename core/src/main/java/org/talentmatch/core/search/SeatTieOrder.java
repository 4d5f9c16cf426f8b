package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * The order of experts that tie on everything a seat ranks by (relevance, text strength, nearness,
 * distance): a hash of the seat and the expert id ({@link #rank}), then the id. Seats with tied
 * candidates so draw different experts from the tie instead of every seat taking the same smallest
 * ids, which would leave a planner with the same few experts, at their caps, for every seat.
 * Deterministic: the same seat always orders a tie the same way.
 */
final class SeatTieOrder implements Comparator<String> {
  private final HashFunction seatHash;

  private SeatTieOrder(HashFunction seatHash) {
    this.seatHash = seatHash;
  }

  static SeatTieOrder of(String demandId, int seatIndex) {
    requireNonNull(demandId, "demandId");
    int salt = Hashing.murmur3_32_fixed().newHasher()
        .putString(demandId, StandardCharsets.UTF_8).putInt(seatIndex).hash().asInt();
    return new SeatTieOrder(Hashing.murmur3_32_fixed(salt));
  }

  /** The first key of the order; callers sorting many ids compute it once per id. */
  int rank(String expertId) {
    return seatHash.hashString(expertId, StandardCharsets.UTF_8).asInt();
  }

  @Override
  public int compare(String first, String second) {
    int byRank = Integer.compare(rank(first), rank(second));
    return byRank != 0 ? byRank : first.compareTo(second);
  }
}
