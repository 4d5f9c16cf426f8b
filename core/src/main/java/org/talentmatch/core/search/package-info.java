/**
 * Expert search: a Lucene index of experts ({@link org.talentmatch.core.search.ExpertIndex}),
 * candidate generation for the solver ({@link org.talentmatch.core.search.CandidateGenerator}) and
 * push of demands to experts ({@link org.talentmatch.core.search.DemandRecommender}).
 *
 * <h2>Relevance</h2>
 *
 * A number in [0, 1] saying how well an expert fits a seat, defined on fixed levels so that it is
 * comparable across seats, demands and indexes (no BM25, no corpus statistics). For each of the
 * seat's skill terms, the strongest of:
 *
 * <table>
 *   <caption>match levels</caption>
 *   <tr><td>1.0</td><td>a skill tag is the term</td><td>技能匹配：设施蔬菜</td></tr>
 *   <tr><td>0.9</td><td>a skill tag is a thesaurus synonym</td><td>技能匹配：日光温室 ≈ 设施蔬菜（同义词）</td></tr>
 *   <tr><td>0.8</td><td>a skill tag contains the term or a synonym</td><td>技能匹配：设施蔬菜栽培 包含 设施蔬菜</td></tr>
 *   <tr><td>0.6</td><td>a skill tag is a broader/narrower term (or its synonym)</td><td>相关领域：蔬菜栽培 ⊃ 设施蔬菜</td></tr>
 *   <tr><td>0.5</td><td>the profile mentions the term</td><td>个人简介提及：设施蔬菜</td></tr>
 *   <tr><td>0.4</td><td>the profile mentions a synonym</td><td>个人简介提及：日光温室 ≈ 设施蔬菜（同义词）</td></tr>
 * </table>
 *
 * and 0 otherwise. Relevance is the mean over the seat's terms, plus up to 0.1 for the thesaurus
 * terms of the demand's title and description that the expert's skills or profile mention (需求描述相关：…),
 * capped at 1 and rounded to four decimals. Terms compare after NFKC and lower-casing; one-character
 * terms match only a whole tag. Synonyms and broader/narrower terms come from the {@link
 * org.talentmatch.core.search.Thesaurus} and are applied at query time, so changing the thesaurus
 * needs no re-indexing.
 *
 * <h2>Index</h2>
 *
 * Skill tags are indexed as exact normalized keywords (the user dictionary smartcn lacks) and, with
 * the profile, as CJK bigrams, whose phrase queries find a term inside text; skills, profile and
 * institution are also indexed with smartcn words for free-text lookup. The hard rules 1, 2, 3, 7
 * and 8 are Lucene filters; {@link org.talentmatch.core.rules.Eligibility} re-checks every hit. The
 * levels above are constant-score clauses, so the index retrieves experts in relevance order and
 * only a small window is scored in Java. An expert that matches no seat term at all is never a
 * candidate, even under a floor of 0.
 */
package org.talentmatch.core.search;
