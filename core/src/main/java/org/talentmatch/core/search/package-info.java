/**
 * Expert search: a Lucene index of experts ({@link org.talentmatch.core.search.ExpertIndex}),
 * candidate generation for the solver ({@link org.talentmatch.core.search.CandidateGenerator}) and
 * push of open demands to experts (人才信息推送): a Lucene index of open demands
 * ({@link org.talentmatch.core.search.DemandIndex}) ranked by the same relevance
 * ({@link org.talentmatch.core.search.DemandRecommender}).
 *
 * <h2>Retrieval modes</h2>
 *
 * {@link org.talentmatch.core.search.SearchConfig#mode()} chooses the analysis that retrieves and
 * ranks, so that each can be measured; the hard filters are the same in every mode.
 *
 * <ul>
 *   <li>{@link org.talentmatch.core.search.RetrievalMode#FULL} (the engine's): relevance on fixed
 *       levels, below; Lucene retrieves in level order and equal relevance is ordered by a text
 *       tie-break and the distance decay. Index statistics count deleted documents until their
 *       segments merge, so after updates two candidates of equal relevance and distance may come in
 *       another order than from a freshly built index (and the text tier's small relevances may
 *       differ); the level relevances never depend on history. Below every level match, a text tier ({@link
 *       org.talentmatch.core.search.TextTier}) adds the experts that only share words or bigrams
 *       with the seat's skills, with a relevance under 0.1 / n (n seat terms), below the lowest level and the reason
 *       {@code 文本相近：…}: under the default floor, so the planner never seats them.
 *   <li>{@link org.talentmatch.core.search.RetrievalMode#WORDS}: any smartcn word of the seat's
 *       skills (and of their thesaurus expansions) in the expert's skills or profile, by BM25.
 *   <li>{@link org.talentmatch.core.search.RetrievalMode#BIGRAMS}: the same with CJK bigrams.
 * </ul>
 *
 * In WORDS and BIGRAMS, relevance is the BM25 score divided by the score the same query gets
 * against a document made of the query itself (the seat's skill terms as skill tags and as the
 * profile), both with the index's statistics, capped at 1 and rounded to four decimals: 1 means
 * "matches as well as the query's own text", an expert matching the terms in the skills only gets
 * about half, one matching some of the words less. A query word no expert uses still counts in that
 * ceiling. The score is relative to the index's statistics, so it is comparable across the seats
 * searched in one index, not across indexes. Computing the ceiling costs an in-memory one-document
 * index per search; these modes are for measurement, not for planning.
 *
 * <h2>Thesaurus at query time</h2>
 *
 * The {@link org.talentmatch.core.search.Thesaurus} becomes two {@code SynonymMap}s per analysis,
 * written in that analysis's tokens, applied by a {@code SynonymGraphFilter} at the end of the
 * query chains of the word and bigram fields: exact synonyms with weight 1, broader/narrower terms
 * as a second expansion with weight 0.5 (the term itself counts in both). A multi-token synonym
 * becomes a phrase. Related terms ({@code ~}) are not expanded there: they name another field, and
 * word overlap with it is weak evidence for this one; FULL gives them their own levels, and its text
 * tier, the weakest evidence of all, also counts loose bigrams of the synonyms, narrower and related
 * terms of each seat skill. The
 * expansions are never indexed; {@code Thesaurus.empty()} measures a mode without them. (FULL's
 * profile terms, below, do depend on the thesaurus's vocabulary.)
 *
 * <h2>Relevance (FULL)</h2>
 *
 * A number in [0, 1] saying how well an expert fits a seat, defined on fixed levels so that it is
 * comparable across seats, demands and indexes (no BM25, no corpus statistics). For each of the
 * seat's skill terms, the strongest of:
 *
 * <table>
 *   <caption>match levels</caption>
 *   <tr><td>1.0</td><td>a skill tag is the term</td><td>技能匹配：设施蔬菜</td></tr>
 *   <tr><td>0.9</td><td>a skill tag is a thesaurus synonym</td><td>技能匹配：日光温室 ≈ 设施蔬菜（同义词）</td></tr>
 *   <tr><td>0.85</td><td>a skill tag has the head of the term or a synonym ({@link org.talentmatch.core.search.TermStemmer})</td><td>技能匹配：糖尿病诊治 ≈ 糖尿病防治（同为 糖尿病）</td></tr>
 *   <tr><td>0.8</td><td>a skill tag contains the term or a synonym</td><td>技能匹配：设施蔬菜栽培 包含 设施蔬菜</td></tr>
 *   <tr><td>0.6</td><td>a skill tag is a narrower term (or its synonym): a specialist within the field</td><td>相关领域：设施蔬菜 ⊃ 黄瓜栽培</td></tr>
 *   <tr><td>0.55</td><td>a skill tag has the head of a narrower term</td><td>相关领域：内分泌科 ⊃ 糖尿病防治（糖尿病诊治 ≈ 糖尿病防治）</td></tr>
 *   <tr><td>0.5</td><td>the profile mentions the term</td><td>个人简介提及：设施蔬菜</td></tr>
 *   <tr><td>0.4</td><td>the profile mentions a synonym</td><td>个人简介提及：日光温室 ≈ 设施蔬菜（同义词）</td></tr>
 *   <tr><td>0.35</td><td>the profile mentions a narrower term or its synonym (never a broader one)</td><td>个人简介提及：苹果（属于 果树栽培）</td></tr>
 *   <tr><td>0.3</td><td>a skill tag is a broader term, its synonym or has its head: a generalist of the field (unless another tag is a sibling: then 0.15)</td><td>相关领域：蔬菜栽培 ⊃ 设施蔬菜</td></tr>
 *   <tr><td>0.25</td><td>a skill tag is a related term ({@code ~}), a synonym of one, has a related term's head or contains one: not plannable by default</td><td>相关领域：康复医学 与 骨科 相关</td></tr>
 *   <tr><td>0.2</td><td>the profile mentions the head of the term or a synonym: not plannable by default</td><td>个人简介提及：糖尿病（糖尿病防治 的主题）</td></tr>
 *   <tr><td>0.15</td><td>a skill tag is a sibling (narrower than the same broader term) or has a sibling's head, even beside a broader tag: not plannable by default</td><td>相近领域：玉米栽培 与 小麦栽培 同属 作物栽培</td></tr>
 *   <tr><td>0.12</td><td>the profile mentions a related term or its synonym: not plannable by default</td><td>个人简介提及：康复（与 骨科 相关）</td></tr>
 * </table>
 *
 * and 0 otherwise. The levels from 0.3 up are matches the planner uses under the default floor
 * (0.3); the four below are related evidence that search shows and the planner skips by default. A
 * narrower tag is a specialist within the seat's field and a broader one a generalist who may or may
 * not know the specialty: on the evaluation set's TUNE half, when these levels were set, 93 % and 27 %
 * of them were relevant, so the broader tag sits at the floor, below every other plannable level. A
 * related term is a curated neighbouring field (康复医学 for 骨科, 物流 for 农村电商, 土壤改良 for 设施蔬菜):
 * partly useful people a clerk wants in a longer list, so above a sibling, which may be the
 * adjacent-but-wrong 神经内科 for a 心血管内科 seat; 0.25 + 0.1 reaches the floor only when the expert also
 * mentions at least half the thesaurus terms of the demand's text, which then vouches for the
 * neighbour. 蔬菜 in a profile may be about selling vegetables (0.2 + 0.1 reaches the floor only when the
 * expert covers every thesaurus term of the demand's text). A sibling (0.15 + 0.1) and a related term
 * named only in the profile (0.12 + 0.1) never reach it: profiles name neighbouring fields in passing
 * (a physician's 康复指导), so that level only ranks such experts above the text tier. A related match
 * never outranks a synonym or a broader/narrower match of the same term: a term that is both keeps the
 * stronger level. Stems, siblings and one hop
 * through synonyms are {@linkplain org.talentmatch.core.search.Thesaurus.Inference inferences} that
 * can be switched off to measure them; {@code Thesaurus.withoutRelated()} drops the related lines. Relevance is the mean over the seat's terms, plus up to 0.1 for the thesaurus
 * terms of the demand's title and description that the expert's skills or profile mention (需求描述相关：…),
 * capped at 1 and rounded to four decimals. Terms compare after NFKC and lower-casing; one-character
 * terms match only a whole tag. Synonyms and broader/narrower terms come from the {@link
 * org.talentmatch.core.search.Thesaurus} and are applied at query time; only the profile terms
 * (below) are extracted with its vocabulary at index time.
 *
 * <h2>Index</h2>
 *
 * Skill tags are indexed as exact normalized keywords (the user dictionary smartcn lacks) and, with
 * the profile, as CJK bigrams, whose phrase queries find a term inside text, and as smartcn words.
 * Every substring of a tag is an exact keyword too ({@code skill_sub}: "a tag contains the term" is
 * one lookup), and so is every thesaurus term or head of one that the profile contains ({@link
 * org.talentmatch.core.search.ProfileTerms}, {@code profile_terms}): a profile mention of such a term
 * is one lookup, the mentions of one level one set of terms; a term outside the vocabulary (free text
 * in a seat) keeps the bigram phrase. The profile terms follow the thesaurus: the index records a
 * fingerprint of that dictionary with every commit and is rebuilt from its stored experts when opened
 * with another thesaurus (as when its document layout changed).
 * The hard rules 1, 2, 3, 7 and 8 are Lucene filters; {@link org.talentmatch.core.rules.Eligibility}
 * re-checks every hit (on the caller's own record of the expert in a whole-file search). The program
 * filter, the title and degree floors and the travel circle around a demand's place (shared by the
 * demands at one county seat) are computed once per segment and kept as bits, and so is each seat
 * skill term's level list: the experts reaching a level for it, with the level ({@link
 * org.talentmatch.core.search.SegmentCache}). Availability is checked from doc values, only on the
 * experts the other clauses match ({@link org.talentmatch.core.search.UnavailableDuring}). In FULL the levels above are constant-score clauses (an index score of at
 * least 0.12), in a disjunction-max with the text tier, whose score, at most 0.1, is the normalised
 * BM25 of the words and bigrams of the seat skills (and of their thesaurus relatives, above); the tier
 * is left out of the query where the floor excludes every text-only match. An expert sharing no text
 * with the seat or those relatives is never a candidate, even under a floor of 0. To the levels two bounded
 * features add at most 0.001 each, below the smallest difference the levels make (0.0125), computed in
 * Java from each expert's smartcn words and coordinates, kept as doc values at index time ({@link
 * org.talentmatch.core.search.TieBreak}: no text is analysed and no stored expert decoded for it): a saturated, weighted
 * word overlap {@code s / (s + 5)}, where {@code s} sums, over the smartcn words of the seat skills with
 * their synonyms and related terms (in the skills weighing 2, in the profile 1) and the words of the
 * demand's title and description (0.3), boost × BM25 idf of each word (or multi-word synonym) the
 * expert's skills or profile contain, however often; and a distance decay {@code 50 / (50 + d)} (d
 * the haversine distance in km). So among equal relevance the expert whose text matches better, then
 * the nearer, ranks first, and only a small window is scored in Java. The idf comes from the index's
 * document frequencies, which count deleted documents until their segments merge: after updates two
 * candidates of equal relevance may come in another order than from a freshly built index.
 *
 * <p>The search runs in two passes ({@link org.talentmatch.core.search.RescoredWindow}) and returns
 * what scoring every match with the tie-break would: the filtered levels alone find every expert
 * whose level can reach the window (cheap constant scores), then the tie-break is computed on those
 * experts only. The text tie-break thus costs in proportion to the experts sharing
 * the window's lowest level, not to every match.
 */
package org.talentmatch.core.search;
