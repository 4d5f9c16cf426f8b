package org.talentmatch.core.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;

/**
 * The push side of the relevance levels: which seat skill terms an expert can match at all, and how
 * strongly. Immutable and thread-safe.
 *
 * <p>{@link SeatMatcher} stays the one definition of the levels: a term's level is read off it by
 * scoring the expert against a probe demand whose only seat has that one term and whose text holds
 * no thesaurus term (so no demand-text bonus).
 */
final class DemandTermLevels {
  private static final Demand PROBE = Demand.builder("push-probe")
      .program(Program.EXPERT_SERVICE)
      .title("-")
      .hostUnit(HostUnit.of("-", HostUnitType.OTHER))
      .location("370102", 36.67, 117.07)
      .dates("2000-01-01", "2000-01-01")
      .addSeat(Seat.of(SeatRole.MEMBER, 1, "-"))
      .build();

  private final Thesaurus thesaurus;

  DemandTermLevels(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
  }

  /** The level (0 when none) the expert reaches for one seat skill term. */
  double level(Expert expert, String term) {
    Demand probe = PROBE.toBuilder().seats(List.of(Seat.of(SeatRole.MEMBER, 1, term))).build();
    return SeatMatcher.of(thesaurus, probe, 0).score(expert).relevance();
  }

  /** Which normalized seat terms the expert may match; its sets are built once per expert. */
  Reach reach(Expert expert) {
    List<String> tags = expert.skills().stream().map(Terms::normalize).toList();
    String profile = Terms.normalize(expert.profile());
    Set<String> viaThesaurus = new HashSet<>();
    Set<String> meanings = new HashSet<>(tags);
    tags.forEach(tag -> meanings.addAll(thesaurus.synonymsOf(tag)));
    // A seat term whose synonym is the tag, or is broader, narrower or related to the tag or a synonym of it.
    viaThesaurus.addAll(meanings);
    for (String meaning : meanings) {
      addWithSynonyms(viaThesaurus, thesaurus.broaderOf(meaning));
      addWithSynonyms(viaThesaurus, thesaurus.narrowerOf(meaning));
      addWithSynonyms(viaThesaurus, thesaurus.relatedOf(meaning));
    }
    // A seat term whose synonym sits inside a tag or the profile.
    for (String term : thesaurus.vocabulary()) {
      if (Terms.mayMatchInside(term) && (profile.contains(term) || tags.stream().anyMatch(t -> t.contains(term)))) {
        viaThesaurus.addAll(thesaurus.synonymsOf(term));
      }
    }
    Set<String> tagHeads = new HashSet<>(tags);
    tags.forEach(tag -> TermStemmer.matchingHead(tag).ifPresent(tagHeads::add));
    return new Reach(thesaurus, tags, Set.copyOf(tagHeads), profile, Set.copyOf(viaThesaurus));
  }

  private void addWithSynonyms(Set<String> into, Set<String> terms) {
    for (String term : terms) {
      into.add(term);
      into.addAll(thesaurus.synonymsOf(term));
    }
  }

  /**
   * The seat terms an expert may match: those the thesaurus relates to their tags or text, any term
   * found inside a tag or the profile, and any term whose {@linkplain SeatMatcher#evidenceFor
   * evidence} (synonyms, broader, narrower and related terms, siblings, heads) is a tag, a tag's head,
   * or inside a tag or the profile. Every term with a level above 0 passes {@link #mayMatch}; some that
   * pass have level 0.
   *
   * @param tagHeads the normalized tags and their matching heads
   */
  record Reach(Thesaurus thesaurus, List<String> tags, Set<String> tagHeads, String profile, Set<String> viaThesaurus) {
    boolean mayMatch(String normalizedTerm) {
      return viaThesaurus.contains(normalizedTerm)
          || Terms.mayMatchInside(normalizedTerm)
              && (profile.contains(normalizedTerm) || tags.stream().anyMatch(t -> t.contains(normalizedTerm)))
          || SeatMatcher.evidenceFor(thesaurus, normalizedTerm).stream().anyMatch(
              e -> tagHeads.contains(e) || Terms.mayMatchInside(e)
                  && (profile.contains(e) || tags.stream().anyMatch(t -> t.contains(e))));
    }
  }
}
