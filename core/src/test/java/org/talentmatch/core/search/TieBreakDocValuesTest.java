package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.GeoLocation;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.rules.Geo;

/**
 * The tie-break reads an expert's words and coordinates from doc values written at index time; its
 * scores must be those of its definition computed on the experts themselves: the smartcn words of
 * their tags and profile, boost × idf of every clause whose every position has a word there,
 * saturated, plus the distance decay. Over a generated pool in three segments, one with deletions.
 */
class TieBreakDocValuesTest {
  private static final Problem PROBLEM = ProblemGenerator.generate(GeneratorSpec.of(600, 60, 5));

  @Test
  void docValuesScoresAreTheDefinitionOnTheExperts() throws IOException {
    List<Expert> experts = PROBLEM.experts();
    try (Analyzer words = new SmartChineseAnalyzer();
        Analyzer bigrams = Analysis.bigrams();
        Directory directory = new ByteBuffersDirectory()) {
      ProfileTerms profileTerms = ProfileTerms.of(Thesaurus.bundled());
      IndexWords indexWords = new IndexWords(words);
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField(bigrams)))) {
        for (int i = 0; i < experts.size(); i++) {
          writer.addDocument(ExpertDocuments.toDocument(experts.get(i), profileTerms, indexWords));
          if (i % 200 == 199) {
            writer.commit();
          }
        }
        writer.deleteDocuments(new Term(ExpertDocuments.ID, experts.get(3).id()));
      }
      TextQueries textQueries = new TextQueries(Thesaurus.bundled(), words, bigrams);
      try (IndexReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        int[] docs = IntStream.range(0, reader.maxDoc()).toArray();
        List<Expert> byDoc = new ArrayList<>();
        List<Set<String>> skillWords = new ArrayList<>();
        List<Set<String>> profileWords = new ArrayList<>();
        for (int doc : docs) {
          Expert expert = ExpertDocuments.toExpert(reader.storedFields().document(doc));
          byDoc.add(expert);
          Set<String> skills = new HashSet<>();
          expert.skills().forEach(tag -> Analysis.addTokens(words, ExpertDocuments.SKILLS_TEXT, tag, skills));
          skillWords.add(skills);
          Set<String> profile = new HashSet<>();
          Analysis.addTokens(words, ExpertDocuments.PROFILE_TEXT, expert.profile(), profile);
          profileWords.add(profile);
        }
        int withText = 0;
        // Shared, as by the index's searches: later demands find their common words' lookups cached.
        SegmentLookups lookups = new SegmentLookups();
        for (Demand demand : PROBLEM.demands().subList(0, 20)) {
          Query query = tieBreakQuery(textQueries, demand);
          float[] scores = TieBreak.of(query, reader, lookups, demand.location()).scores(docs);
          for (int doc : docs) {
            assertThat(scores[doc]).as("%s, expert %s", demand.id(), byDoc.get(doc).id())
                .isEqualTo(definition(query, reader, byDoc.get(doc), skillWords.get(doc), profileWords.get(doc),
                    demand.location()));
            withText += scores[doc] > ExpertIndex.NEARNESS_WEIGHT ? 1 : 0;
          }
        }
        // The comparison means something only if many experts share words with the demands.
        assertThat(withText).isGreaterThan(docs.length / 2);
      }
    }
  }

  /** As {@link ExpertIndex} builds it: seat skills in skills and profile, the demand text in both. */
  private static Query tieBreakQuery(TextQueries textQueries, Demand demand) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String skill : demand.seats().get(0).skills()) {
      textQueries.words(ExpertDocuments.SKILLS_TEXT, skill).ifPresent(q -> any.add(new BoostQuery(q, 2f), Occur.SHOULD));
      textQueries.words(ExpertDocuments.PROFILE_TEXT, skill).ifPresent(q -> any.add(q, Occur.SHOULD));
    }
    String text = demand.title() + "\n" + demand.description();
    for (String field : List.of(ExpertDocuments.SKILLS_TEXT, ExpertDocuments.PROFILE_TEXT)) {
      textQueries.plainWords(field, text).ifPresent(q -> any.add(new BoostQuery(q, 0.3f), Occur.SHOULD));
    }
    return any.build();
  }

  /** The tie-break of one expert as {@link TieBreak} defines it, from its smartcn words. */
  private static float definition(Query query, IndexReader reader, Expert expert, Set<String> skills,
      Set<String> profile, GeoLocation demand) throws IOException {
    double overlap = overlap(query, 1.0, reader, skills, profile);
    double text = ExpertIndex.TEXT_WEIGHT * overlap / (overlap + TieBreak.SATURATION_PIVOT);
    double meters = Geo.haversineKm(expert.location(), demand) * 1000;
    double near = ExpertIndex.NEARNESS_WEIGHT * ExpertIndex.NEARNESS_PIVOT_METERS
        / (ExpertIndex.NEARNESS_PIVOT_METERS + meters);
    return (float) (text + near);
  }

  private static double overlap(Query query, double boost, IndexReader reader, Set<String> skills,
      Set<String> profile) throws IOException {
    if (query instanceof BoostQuery boosted) {
      return overlap(boosted.getQuery(), boost * boosted.getBoost(), reader, skills, profile);
    }
    if (query instanceof BooleanQuery bool) {
      double sum = 0;
      for (BooleanClause clause : bool) {
        sum += overlap(clause.getQuery(), boost, reader, skills, profile);
      }
      return sum;
    }
    List<List<Term>> positions;
    if (query instanceof TermQuery term) {
      positions = List.of(List.of(term.getTerm()));
    } else if (query instanceof SynonymQuery synonyms) {
      positions = List.of(synonyms.getTerms());
    } else if (query instanceof PhraseQuery phrase) {
      positions = List.of(phrase.getTerms()).stream().map(List::of).toList();
    } else {
      positions = List.of(((MultiPhraseQuery) query).getTermArrays()).stream().map(List::of).toList();
    }
    double docCount = reader.getDocCount(positions.get(0).get(0).field());
    double idf = 0;
    boolean all = true;
    for (List<Term> alternatives : positions) {
      double rarest = 0;
      boolean any = false;
      for (Term term : alternatives) {
        int df = reader.docFreq(term);
        rarest = Math.max(rarest, Math.log(1 + (docCount - df + 0.5) / (df + 0.5)));
        Set<String> field = term.field().equals(ExpertDocuments.SKILLS_TEXT) ? skills : profile;
        any |= field.contains(term.text());
      }
      idf += rarest;
      all &= any;
    }
    return all ? boost * idf : 0;
  }
}
