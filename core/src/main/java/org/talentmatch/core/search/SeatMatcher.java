package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.RamUsageEstimator;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;

/**
 * The relevance of experts to one seat of one demand, computed once per seat and applied to many
 * experts. Relevance, in [0, 1]:
 *
 * <ol>
 *   <li>each seat skill term scores the strongest {@link MatchLevel} the expert reaches for it
 *       (1.0 exact tag … 0.12 related term in profile, 0 when nothing matches);
 *   <li>the seat's score is the mean over its terms;
 *   <li>plus a bonus of at most {@value #MAX_BONUS}: the share of thesaurus terms found in the
 *       demand's title and description (at most {@value #MAX_DEMAND_TERMS}) that the expert's skills
 *       or profile mention, times {@value #MAX_BONUS};
 *   <li>capped at 1 and rounded to four decimals.
 * </ol>
 *
 * Every number comes from fixed levels, none from corpus statistics, so a relevance means the same
 * across seats, demands and indexes. {@link #toQuery} expresses the same levels as constant-score
 * Lucene clauses so that the index retrieves experts in (almost exactly) relevance order.
 */
final class SeatMatcher {
  static final double MAX_BONUS = 0.1;
  static final int MAX_DEMAND_TERMS = 8;

  private final List<Expansion> expansions;
  private final List<Expansion> demandTerms;
  /** Where the matcher's Lucene clauses come from; empty for a matcher that only scores. */
  private final Optional<Clauses> clauses;

  private SeatMatcher(List<Expansion> expansions, List<Expansion> demandTerms, Optional<Clauses> clauses) {
    this.expansions = expansions;
    this.demandTerms = demandTerms;
    this.clauses = clauses;
  }

  /** A matcher that scores experts ({@link #score}); it has no Lucene query. */
  static SeatMatcher of(Thesaurus thesaurus, Demand demand, int seatIndex) {
    requireNonNull(thesaurus, "thesaurus");
    return of(term -> Expansion.of(thesaurus, term), thesaurus, demand, seatIndex, Optional.empty());
  }

  /** A matcher that scores and, with {@code clauses}' Lucene clauses, queries ({@link #toQuery}). */
  static SeatMatcher of(Clauses clauses, Demand demand, int seatIndex) {
    requireNonNull(clauses, "clauses");
    return of(clauses::expansion, clauses.thesaurus, demand, seatIndex, Optional.of(clauses));
  }

  private static SeatMatcher of(Function<String, Expansion> expand, Thesaurus thesaurus, Demand demand,
      int seatIndex, Optional<Clauses> clauses) {
    requireNonNull(demand, "demand");
    if (seatIndex < 0 || seatIndex >= demand.seats().size()) {
      throw new IndexOutOfBoundsException("demand " + demand.id() + " has no seat " + seatIndex);
    }
    List<Expansion> expansions = new ArrayList<>();
    for (String skill : demand.seats().get(seatIndex).skills()) {
      expansions.add(expand.apply(skill));
    }
    return new SeatMatcher(List.copyOf(expansions), demandTerms(expand, thesaurus, demand), clauses);
  }

  /** Thesaurus terms in the demand's text, in order of first appearance. */
  private static List<Expansion> demandTerms(Function<String, Expansion> expand, Thesaurus thesaurus,
      Demand demand) {
    return thesaurus.termsIn(Terms.normalize(demand.title() + "\n" + demand.description())).stream()
        .limit(MAX_DEMAND_TERMS)
        .map(expand)
        .toList();
  }

  /** The expert's relevance to this seat, with the reasons behind it. */
  Scored score(Expert expert) {
    ExpertText text = ExpertText.of(expert);
    double sum = 0;
    List<String> reasons = new ArrayList<>();
    for (Expansion expansion : expansions) {
      Optional<TermMatch> match = expansion.bestMatch(text);
      if (match.isPresent()) {
        sum += match.get().level().strength();
        reasons.add(match.get().reason());
      }
    }
    double bonus = 0;
    for (Expansion term : demandTerms) {
      Optional<String> mentioned = term.mentionIn(text);
      if (mentioned.isPresent()) {
        bonus += MAX_BONUS / demandTerms.size();
        reasons.add("需求描述相关：" + mentioned.get());
      }
    }
    double relevance = Math.min(1.0, sum / expansions.size() + bonus);
    return new Scored(Math.round(relevance * 10_000) / 10_000.0, List.copyOf(reasons));
  }

  /**
   * A query scoring {@code n × relevance} (n = number of seat terms) before capping and rounding,
   * matching only experts that reach some level for some seat term.
   */
  Query toQuery() {
    Clauses clauses = this.clauses.orElseThrow(() -> new IllegalStateException("a scoring-only matcher has no query"));
    BooleanQuery.Builder levels = new BooleanQuery.Builder();
    for (Expansion expansion : expansions) {
      levels.add(clauses.segmentCache.scored(clauses.levels(expansion)), Occur.SHOULD);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(levels.build(), Occur.MUST);
    for (Expansion term : demandTerms) {
      float weight = (float) (expansions.size() * MAX_BONUS / demandTerms.size());
      query.add(new BoostQuery(new ConstantScoreQuery(clauses.mention(term)), weight), Occur.SHOULD);
    }
    return query.build();
  }

  /**
   * Each term's expansion and Lucene clauses for one index, built once per term: seats repeat their
   * skills and demand texts their thesaurus terms, and expanding a term and building its clauses
   * (sorting dozens of terms into term sets) cost a tenth of a search. A term's expansion depends only
   * on its text and the thesaurus, its clauses on the index's analysis and profile terms. Bounded (by
   * count for expansions, by Lucene's estimate of their size for clauses), least recently used out
   * first; thread-safe.
   */
  static final class Clauses {
    /** About twice the bundled thesaurus's vocabulary (1,947 terms). */
    private static final int MAX_TERMS = 4096;
    /**
     * Per clause cache: a term's level clauses take 12 KB on average with the bundled thesaurus (24 KB
     * at most), so the whole vocabulary fits.
     */
    private static final long MAX_CLAUSE_BYTES = 32L << 20;
    /** What Lucene counts for a query type it cannot measure (a bigram phrase). */
    private static final long UNKNOWN_QUERY_BYTES = 1024;

    private final Thesaurus thesaurus;
    /** Keeps each term's level matches per segment: seats share their terms. */
    private final SegmentCache segmentCache;
    private final LoadingCache<String, Expansion> expansions;
    /** By {@link Expansion#shown}: one index's clauses of a term depend on its text alone. */
    private final LoadingCache<String, Query> levels;
    private final LoadingCache<String, Query> mentionQueries;

    Clauses(Thesaurus thesaurus, QueryBuilder bigrams, ProfileTerms profileTerms, SegmentCache segmentCache) {
      this.thesaurus = requireNonNull(thesaurus, "thesaurus");
      this.segmentCache = requireNonNull(segmentCache, "segmentCache");
      ProfileMentions mentions = new ProfileMentions(bigrams, profileTerms);
      this.expansions = CacheBuilder.newBuilder().maximumSize(MAX_TERMS)
          .build(CacheLoader.from(term -> Expansion.of(thesaurus, term)));
      this.levels = CacheBuilder.newBuilder().maximumWeight(MAX_CLAUSE_BYTES).weigher(Clauses::bytes)
          .build(CacheLoader.from(shown -> expansion(shown).levelQuery(bigrams, mentions)));
      this.mentionQueries = CacheBuilder.newBuilder().maximumWeight(MAX_CLAUSE_BYTES).weigher(Clauses::bytes)
          .build(CacheLoader.from(shown -> expansion(shown).mentionQuery(bigrams, mentions)));
    }

    private static int bytes(String term, Query clause) {
      return (int) Math.min(Integer.MAX_VALUE, RamUsageEstimator.sizeOf(clause, UNKNOWN_QUERY_BYTES));
    }

    private Expansion expansion(String term) {
      return TextQueries.unchecked(expansions, term);
    }

    private Query levels(Expansion expansion) {
      return TextQueries.unchecked(levels, expansion.shown());
    }

    private Query mention(Expansion expansion) {
      return TextQueries.unchecked(mentionQueries, expansion.shown());
    }
  }

  /**
   * Every term whose presence in an expert's tags (or as a tag's head) or profile can give {@code
   * seatTerm} a level: lets push skip seat terms an expert cannot match without scoring them.
   */
  static Set<String> evidenceFor(Thesaurus thesaurus, String seatTerm) {
    return Expansion.of(thesaurus, seatTerm).evidence();
  }

  /**
   * Tags containing one of {@code normalizedTerms}: one lookup of the indexed tag substrings, and a
   * bigram phrase query for a term too long to be indexed as a substring.
   */
  static Optional<Query> insideTags(QueryBuilder bigrams, List<String> normalizedTerms) {
    List<BytesRef> substrings = new ArrayList<>();
    List<Query> clauses = new ArrayList<>();
    for (String term : normalizedTerms) {
      if (ExpertDocuments.isIndexedSubstring(term)) {
        substrings.add(new BytesRef(term));
      } else {
        inside(bigrams, ExpertDocuments.SKILLS_BIGRAMS, term).ifPresent(clauses::add);
      }
    }
    if (!substrings.isEmpty()) {
      clauses.add(new TermInSetQuery(ExpertDocuments.SKILL_SUBSTRINGS, substrings));
    }
    if (clauses.size() <= 1) {
      return clauses.stream().findFirst();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    clauses.forEach(q -> any.add(q, Occur.SHOULD));
    return Optional.of(any.build());
  }

  /**
   * Profiles mentioning any of some terms, as {@code ExpertText.profileMentions} decides: the terms of
   * the {@link ProfileTerms} dictionary by one lookup of the keywords extracted at index time, any
   * other by a bigram phrase. None for one-character terms, which never match inside text.
   */
  static final class ProfileMentions {
    private final QueryBuilder bigrams;
    private final ProfileTerms profileTerms;

    ProfileMentions(QueryBuilder bigrams, ProfileTerms profileTerms) {
      this.bigrams = requireNonNull(bigrams, "bigrams");
      this.profileTerms = requireNonNull(profileTerms, "profileTerms");
    }

    Optional<Query> ofAny(List<String> normalizedTerms) {
      List<BytesRef> keywords = new ArrayList<>();
      List<Query> clauses = new ArrayList<>();
      for (String term : normalizedTerms) {
        if (profileTerms.covers(term)) {
          keywords.add(new BytesRef(term));
        } else {
          inside(bigrams, ExpertDocuments.PROFILE_BIGRAMS, term).ifPresent(clauses::add);
        }
      }
      if (!keywords.isEmpty()) {
        clauses.add(new TermInSetQuery(ExpertDocuments.PROFILE_TERMS, keywords));
      }
      if (clauses.size() <= 1) {
        return clauses.stream().findFirst();
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      clauses.forEach(q -> any.add(q, Occur.SHOULD));
      return Optional.of(any.build());
    }
  }

  /** The term inside a bigram field's text: a phrase of its bigrams (none for one character). */
  static Optional<Query> inside(QueryBuilder bigrams, String field, String normalizedTerm) {
    return Terms.mayMatchInside(normalizedTerm)
        ? Optional.ofNullable(bigrams.createPhraseQuery(field, normalizedTerm))
        : Optional.empty();
  }

  /** A relevance and what produced it. */
  record Scored(double relevance, List<String> reasons) {}

  private record TermMatch(MatchLevel level, String reason) {}

  /** A related term with the broader/narrower pair that relates it, for the reason text. */
  private record Related(String term, String broader, String narrower) {
    /** Whether the term is the broader one of the pair: the seat term is narrower than it. */
    boolean isBroader() {
      return term.equals(broader);
    }
  }

  /** A sibling of the term and the broader term both are narrower than. */
  private record Sibling(String term, String broader) {}

  /** A matching head of {@code of}, a term of the expansion (see {@link TermStemmer}). */
  private record Head(String head, String of) {}

  /** The normalized text of an expert, with the original tags for reasons. */
  private record ExpertText(List<String> tags, List<String> originalTags, String profile) {
    static ExpertText of(Expert expert) {
      return new ExpertText(expert.skills().stream().map(Terms::normalize).toList(), expert.skills(),
          Terms.normalize(expert.profile()));
    }

    Optional<String> tagEqualTo(String term) {
      int i = tags.indexOf(term);
      return i < 0 ? Optional.empty() : Optional.of(originalTags.get(i));
    }

    Optional<String> tagWithHead(String head) {
      for (int i = 0; i < tags.size(); i++) {
        if (TermStemmer.hasHead(tags.get(i), head)) {
          return Optional.of(originalTags.get(i));
        }
      }
      return Optional.empty();
    }

    Optional<String> tagContaining(String term) {
      if (!Terms.mayMatchInside(term)) {
        return Optional.empty();
      }
      for (int i = 0; i < tags.size(); i++) {
        if (tags.get(i).contains(term)) {
          return Optional.of(originalTags.get(i));
        }
      }
      return Optional.empty();
    }

    boolean profileMentions(String term) {
      return Terms.mayMatchInside(term) && profile.contains(term);
    }
  }

  /**
   * One term with what the thesaurus and the stemmer relate to it, all normalized: its synonyms,
   * broader and narrower terms, related terms ({@code ~}, here neighbours), siblings, and the heads of each.
   */
  private record Expansion(String shown, String term, List<String> synonyms, List<Related> narrowerTerms,
      List<Related> broaderTerms, List<String> narrowerMentions, List<String> neighbours, List<Sibling> siblings,
      List<Head> heads, List<Head> narrowerHeads, List<Head> broaderHeads, List<Head> neighbourHeads,
      List<Head> siblingHeads) {
    /** Longer synonyms and related terms first, so a reason names 大棚蔬菜 rather than the 大棚 inside it. */
    private static final Comparator<String> LONGEST_FIRST =
        Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

    static Expansion of(Thesaurus thesaurus, String original) {
      String term = Terms.normalize(original);
      boolean hops = thesaurus.inferences().contains(Thesaurus.Inference.SYNONYM_HOPS);
      boolean stems = thesaurus.inferences().contains(Thesaurus.Inference.STEMS);
      List<String> synonyms = thesaurus.synonymsOf(term).stream().sorted(LONGEST_FIRST).toList();
      List<String> meanings = new ArrayList<>();
      meanings.add(term);
      meanings.addAll(synonyms);
      Map<String, Related> related = new LinkedHashMap<>();
      Set<String> narrower = new LinkedHashSet<>();
      for (String meaning : hops ? meanings : List.of(term)) {
        for (String broad : thesaurus.broaderOf(meaning)) {
          addWithSynonyms(thesaurus, related, broad, broad, meaning, true, hops);
        }
        for (String narrow : thesaurus.narrowerOf(meaning)) {
          addWithSynonyms(thesaurus, related, narrow, meaning, narrow, false, hops);
          narrower.add(narrow);
          if (hops) {
            narrower.addAll(thesaurus.synonymsOf(narrow));
          }
        }
      }
      meanings.forEach(related::remove);
      Map<String, Sibling> siblings = new LinkedHashMap<>();
      if (thesaurus.inferences().contains(Thesaurus.Inference.SIBLINGS)) {
        for (String meaning : hops ? meanings : List.of(term)) {
          for (String broad : thesaurus.broaderOf(meaning)) {
            List<String> aliases = new ArrayList<>(List.of(broad));
            if (hops) {
              aliases.addAll(thesaurus.synonymsOf(broad));
            }
            for (String alias : aliases) {
              for (String sibling : thesaurus.narrowerOf(alias)) {
                siblings.putIfAbsent(sibling, new Sibling(sibling, broad));
                if (hops) {
                  thesaurus.synonymsOf(sibling).forEach(s -> siblings.putIfAbsent(s, new Sibling(s, broad)));
                }
              }
            }
          }
        }
      }
      Set<String> neighbours = new LinkedHashSet<>();
      for (String meaning : hops ? meanings : List.of(term)) {
        for (String neighbour : thesaurus.relatedOf(meaning)) {
          neighbours.add(neighbour);
          if (hops) {
            neighbours.addAll(thesaurus.synonymsOf(neighbour));
          }
        }
      }
      // A term that is also a synonym or broader/narrower (through a synonym) keeps that stronger level.
      neighbours.removeAll(meanings);
      neighbours.removeAll(related.keySet());
      meanings.forEach(siblings::remove);
      related.keySet().forEach(siblings::remove);
      neighbours.forEach(siblings::remove);
      narrower.removeAll(meanings);
      List<Head> heads = stems ? heads(meanings) : List.of();
      List<Related> narrowerTerms = related.values().stream().filter(r -> !r.isBroader()).toList();
      List<Related> broaderTerms = related.values().stream().filter(Related::isBroader).toList();
      List<Head> narrowerHeads = stems ? heads(narrowerTerms.stream().map(Related::term).toList()) : List.of();
      List<Head> broaderHeads = stems ? heads(broaderTerms.stream().map(Related::term).toList()) : List.of();
      List<Head> neighbourHeads = stems ? heads(List.copyOf(neighbours)) : List.of();
      List<Head> siblingHeads = stems ? heads(List.copyOf(siblings.keySet())) : List.of();
      // A head already claimed by a stronger kind of term stays with it.
      Set<String> claimed = new HashSet<>();
      heads = unclaimed(heads, claimed);
      narrowerHeads = unclaimed(narrowerHeads, claimed);
      broaderHeads = unclaimed(broaderHeads, claimed);
      neighbourHeads = unclaimed(neighbourHeads, claimed);
      siblingHeads = unclaimed(siblingHeads, claimed);
      return new Expansion(original.strip(), term, synonyms, narrowerTerms, broaderTerms,
          narrower.stream().filter(Terms::mayMatchInside).toList(),
          neighbours.stream().sorted(LONGEST_FIRST).toList(),
          List.copyOf(siblings.values()), heads, narrowerHeads, broaderHeads, neighbourHeads, siblingHeads);
    }

    private static void addWithSynonyms(Thesaurus thesaurus, Map<String, Related> related, String other,
        String broad, String narrow, boolean otherIsBroader, boolean hops) {
      related.putIfAbsent(other, new Related(other, broad, narrow));
      if (!hops) {
        return;
      }
      for (String alias : thesaurus.synonymsOf(other)) {
        related.putIfAbsent(alias, otherIsBroader ? new Related(alias, alias, narrow) : new Related(alias, broad, alias));
      }
    }

    /** The distinct matching heads of {@code terms}, in order. */
    private static List<Head> heads(List<String> terms) {
      Map<String, Head> heads = new LinkedHashMap<>();
      for (String term : terms) {
        TermStemmer.matchingHead(term).ifPresent(head -> heads.putIfAbsent(head, new Head(head, term)));
      }
      return List.copyOf(heads.values());
    }

    private static List<Head> unclaimed(List<Head> heads, Set<String> claimed) {
      return heads.stream().filter(head -> claimed.add(head.head())).toList();
    }

    Optional<TermMatch> bestMatch(ExpertText text) {
      if (text.tagEqualTo(term).isPresent()) {
        return match(MatchLevel.EXACT_SKILL, "技能匹配：" + shown);
      }
      for (String synonym : synonyms) {
        Optional<String> tag = text.tagEqualTo(synonym);
        if (tag.isPresent()) {
          return match(MatchLevel.SYNONYM_SKILL, "技能匹配：" + tag.get() + " ≈ " + shown + "（同义词）");
        }
      }
      for (Head head : heads) {
        Optional<String> tag = text.tagWithHead(head.head());
        if (tag.isPresent()) {
          return match(MatchLevel.STEM_SKILL, "技能匹配：" + tag.get() + " ≈ " + head.of() + "（同为 " + head.head() + "）");
        }
      }
      for (String meaning : meaningsOf()) {
        Optional<String> tag = text.tagContaining(meaning);
        if (tag.isPresent()) {
          return match(MatchLevel.IN_SKILLS, "技能匹配：" + tag.get() + " 包含 " + meaning);
        }
      }
      Optional<TermMatch> narrowerTag = relativeInTags(text, narrowerTerms, MatchLevel.NARROWER_SKILL,
          narrowerHeads, MatchLevel.NARROWER_STEM_SKILL);
      if (narrowerTag.isPresent()) {
        return narrowerTag;
      }
      if (text.profileMentions(term)) {
        return match(MatchLevel.IN_PROFILE, "个人简介提及：" + shown);
      }
      for (String synonym : synonyms) {
        if (text.profileMentions(synonym)) {
          return match(MatchLevel.SYNONYM_IN_PROFILE, "个人简介提及：" + synonym + " ≈ " + shown + "（同义词）");
        }
      }
      for (String narrow : narrowerMentions) {
        if (text.profileMentions(narrow)) {
          return match(MatchLevel.RELATED_IN_PROFILE, "个人简介提及：" + narrow + "（属于 " + shown + "）");
        }
      }
      Optional<TermMatch> broaderTag = relativeInTags(text, broaderTerms, MatchLevel.BROADER_SKILL,
          broaderHeads, MatchLevel.BROADER_SKILL);
      // A generalist's tag beside a sibling specialty's (内科 and 神经内科) is that specialist's: a sibling.
      if (broaderTag.isPresent() && siblingInTags(text).isEmpty()) {
        return broaderTag;
      }
      for (String neighbour : neighbours) {
        Optional<String> tag = text.tagEqualTo(neighbour);
        if (tag.isPresent()) {
          return match(MatchLevel.RELATED_TERM_SKILL, "相关领域：" + tag.get() + " 与 " + shown + " 相关");
        }
      }
      for (Head head : neighbourHeads) {
        Optional<String> tag = text.tagWithHead(head.head());
        if (tag.isPresent()) {
          return match(MatchLevel.RELATED_TERM_SKILL,
              "相关领域：" + head.of() + " 与 " + shown + " 相关（" + tag.get() + " ≈ " + head.of() + "）");
        }
      }
      for (String neighbour : neighbours) {
        Optional<String> tag = text.tagContaining(neighbour);
        if (tag.isPresent()) {
          return match(MatchLevel.RELATED_TERM_SKILL, "相关领域：" + tag.get() + " 包含 " + neighbour + "（与 " + shown + " 相关）");
        }
      }
      for (Head head : heads) {
        if (text.profileMentions(head.head())) {
          return match(MatchLevel.STEM_IN_PROFILE, "个人简介提及：" + head.head() + "（" + head.of() + " 的主题）");
        }
      }
      Optional<TermMatch> siblingTag = siblingInTags(text);
      if (siblingTag.isPresent()) {
        return siblingTag;
      }
      for (String neighbour : neighbours) {
        if (text.profileMentions(neighbour)) {
          return match(MatchLevel.RELATED_TERM_IN_PROFILE, "个人简介提及：" + neighbour + "（与 " + shown + " 相关）");
        }
      }
      return Optional.empty();
    }

    /** A tag equal to one of {@code relatives} at {@code tagLevel}, else having one of their heads at {@code headLevel}. */
    private static Optional<TermMatch> relativeInTags(ExpertText text, List<Related> relatives, MatchLevel tagLevel,
        List<Head> relativeHeads, MatchLevel headLevel) {
      for (Related r : relatives) {
        if (text.tagEqualTo(r.term()).isPresent()) {
          return match(tagLevel, "相关领域：" + r.broader() + " ⊃ " + r.narrower());
        }
      }
      for (Head head : relativeHeads) {
        Optional<String> tag = text.tagWithHead(head.head());
        if (tag.isPresent()) {
          Related r = relatives.stream().filter(x -> x.term().equals(head.of())).findFirst().orElseThrow();
          return match(headLevel,
              "相关领域：" + r.broader() + " ⊃ " + r.narrower() + "（" + tag.get() + " ≈ " + head.of() + "）");
        }
      }
      return Optional.empty();
    }

    /** A tag equal to a sibling or having a sibling's head. */
    private Optional<TermMatch> siblingInTags(ExpertText text) {
      for (Sibling sibling : siblings) {
        Optional<String> tag = text.tagEqualTo(sibling.term());
        if (tag.isPresent()) {
          return match(MatchLevel.SIBLING_SKILL, siblingReason(tag.get(), sibling));
        }
      }
      for (Head head : siblingHeads) {
        Optional<String> tag = text.tagWithHead(head.head());
        if (tag.isPresent()) {
          Sibling sibling = siblings.stream().filter(x -> x.term().equals(head.of())).findFirst().orElseThrow();
          return match(MatchLevel.SIBLING_SKILL, siblingReason(tag.get(), sibling));
        }
      }
      return Optional.empty();
    }

    private String siblingReason(String tag, Sibling sibling) {
      return "相近领域：" + tag + " 与 " + shown + " 同属 " + sibling.broader();
    }

    /** For the demand-text bonus: the term or a synonym in a tag or the profile. */
    Optional<String> mentionIn(ExpertText text) {
      for (String meaning : meaningsOf()) {
        if (text.tagEqualTo(meaning).isPresent() || text.tagContaining(meaning).isPresent()
            || text.profileMentions(meaning)) {
          return Optional.of(shown);
        }
      }
      return Optional.empty();
    }

    private List<String> meaningsOf() {
      List<String> meanings = new ArrayList<>();
      meanings.add(term);
      meanings.addAll(synonyms);
      return meanings;
    }

    /** Every term or head whose presence in the expert's tags, tag heads or profile {@link #bestMatch} looks for. */
    Set<String> evidence() {
      Set<String> evidence = new HashSet<>(meaningsOf());
      narrowerTerms.forEach(r -> evidence.add(r.term()));
      broaderTerms.forEach(r -> evidence.add(r.term()));
      evidence.addAll(narrowerMentions);
      evidence.addAll(neighbours);
      siblings.forEach(s -> evidence.add(s.term()));
      for (List<Head> kind : List.of(heads, narrowerHeads, broaderHeads, neighbourHeads, siblingHeads)) {
        kind.forEach(h -> evidence.add(h.head()));
      }
      return Set.copyOf(evidence);
    }

    private static Optional<TermMatch> match(MatchLevel level, String reason) {
      return Optional.of(new TermMatch(level, reason));
    }

    /** The strongest level reached, as the score of a disjunction-max of constant-score clauses. */
    Query levelQuery(QueryBuilder bigrams, ProfileMentions mentions) {
      List<Query> clauses = new ArrayList<>();
      clauses.add(level(MatchLevel.EXACT_SKILL, keyword(term)));
      keywords(synonyms).ifPresent(q -> clauses.add(level(MatchLevel.SYNONYM_SKILL, q)));
      keywords(List.of(), heads).ifPresent(q -> clauses.add(level(MatchLevel.STEM_SKILL, q)));
      insideTags(bigrams, meaningsOf()).ifPresent(q -> clauses.add(level(MatchLevel.IN_SKILLS, q)));
      keywords(narrowerTerms.stream().map(Related::term).toList())
          .ifPresent(q -> clauses.add(level(MatchLevel.NARROWER_SKILL, q)));
      keywords(List.of(), narrowerHeads).ifPresent(q -> clauses.add(level(MatchLevel.NARROWER_STEM_SKILL, q)));
      Optional<Query> siblingTags = keywords(siblings.stream().map(Sibling::term).toList(), siblingHeads);
      keywords(broaderTerms.stream().map(Related::term).toList(), broaderHeads)
          .ifPresent(broader -> clauses.add(level(MatchLevel.BROADER_SKILL, siblingTags.isEmpty() ? broader
              : new BooleanQuery.Builder().add(broader, Occur.MUST).add(siblingTags.get(), Occur.MUST_NOT).build())));
      mentions.ofAny(List.of(term)).ifPresent(q -> clauses.add(level(MatchLevel.IN_PROFILE, q)));
      mentions.ofAny(synonyms).ifPresent(q -> clauses.add(level(MatchLevel.SYNONYM_IN_PROFILE, q)));
      mentions.ofAny(narrowerMentions).ifPresent(q -> clauses.add(level(MatchLevel.RELATED_IN_PROFILE, q)));
      keywords(neighbours, neighbourHeads).ifPresent(q -> clauses.add(level(MatchLevel.RELATED_TERM_SKILL, q)));
      insideTags(bigrams, neighbours).ifPresent(q -> clauses.add(level(MatchLevel.RELATED_TERM_SKILL, q)));
      mentions.ofAny(heads.stream().map(Head::head).toList())
          .ifPresent(q -> clauses.add(level(MatchLevel.STEM_IN_PROFILE, q)));
      siblingTags.ifPresent(q -> clauses.add(level(MatchLevel.SIBLING_SKILL, q)));
      mentions.ofAny(neighbours).ifPresent(q -> clauses.add(level(MatchLevel.RELATED_TERM_IN_PROFILE, q)));
      return new DisjunctionMaxQuery(clauses, 0f);
    }

    /**
     * Tags equal to one of {@code normalizedTerms} or having one of {@code heads}, as one lookup of the
     * exact keywords (see {@link TermStemmer#termsWithHead}).
     */
    private static Optional<Query> keywords(List<String> normalizedTerms, List<Head> heads) {
      List<String> tags = new ArrayList<>(normalizedTerms);
      heads.forEach(h -> tags.addAll(TermStemmer.termsWithHead(h.head())));
      return keywords(tags);
    }

    /**
     * Tags equal to any of {@code normalizedTerms}, as one lookup: the clauses of one level score the
     * same constant, so a disjunction of them is one set of terms.
     */
    private static Optional<Query> keywords(List<String> normalizedTerms) {
      return normalizedTerms.isEmpty()
          ? Optional.empty()
          : Optional.of(new TermInSetQuery(ExpertDocuments.SKILL_KEYWORD,
              normalizedTerms.stream().map(BytesRef::new).toList()));
    }

    /**
     * Matches what {@link #mentionIn} accepts. A tag equal to a meaning of two to {@link
     * ExpertDocuments#MAX_SUBSTRING_CODE_POINTS} code points is among its own indexed substrings, so only
     * the other meanings need the whole-tag lookup: one iterator less per demand term in every search.
     */
    Query mentionQuery(QueryBuilder bigrams, ProfileMentions mentions) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      keywords(meaningsOf().stream().filter(m -> !ExpertDocuments.isIndexedSubstring(m)).toList())
          .ifPresent(q -> any.add(q, Occur.SHOULD));
      mentions.ofAny(meaningsOf()).ifPresent(q -> any.add(q, Occur.SHOULD));
      insideTags(bigrams, meaningsOf()).ifPresent(q -> any.add(q, Occur.SHOULD));
      return any.build();
    }

    private static Query keyword(String normalizedTerm) {
      return new TermQuery(new Term(ExpertDocuments.SKILL_KEYWORD, normalizedTerm));
    }

    private static Query level(MatchLevel level, Query query) {
      return new BoostQuery(new ConstantScoreQuery(query), (float) level.strength());
    }
  }
}
