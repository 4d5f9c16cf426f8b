package org.talentmatch.core.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Expert;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.api.model.GeoLocation;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Title;

/**
 * The expert ↔ Lucene document mapping: the indexed fields search filters and scores on, and the
 * stored fields that rebuild the {@link Expert} exactly.
 */
final class ExpertDocuments {
  /** Expert id: indexed keyword, stored, and sorted doc values for deterministic tie-breaks. */
  static final String ID = "id";
  static final String PROGRAM = "program";
  /** Ordinal of {@link Title}, for range filters; the name is stored in {@link #TITLE_NAME}. */
  static final String TITLE = "title";
  static final String DEGREE = "degree";
  static final String LOCATION = "location";
  /** Unavailable ranges as inclusive epoch-day pairs in sorted-numeric doc values, see {@link UnavailableDuring}. */
  static final String UNAVAILABLE = "unavailable_days";
  /** Trimmed institution, exact, for the conflict-of-interest filter. */
  static final String INSTITUTION_KEY = "institution_key";
  /** Each skill tag normalized, exact: the user dictionary smartcn lacks. */
  static final String SKILL_KEYWORD = "skill_kw";
  /**
   * Every substring of two to {@value #MAX_SUBSTRING_CODE_POINTS} code points of each normalized skill
   * tag, exact: "a tag contains the term" is one term lookup instead of a bigram phrase query.
   */
  static final String SKILL_SUBSTRINGS = "skill_sub";
  /**
   * Longer terms than this are looked up inside tags by a bigram phrase query; skill terms are
   * almost always shorter, and a tag of n code points indexes fewer than 16 n substrings.
   */
  static final int MAX_SUBSTRING_CODE_POINTS = 16;
  /**
   * Bumped whenever the documents change in a way an old index cannot answer: an index written with
   * another version is rebuilt from its stored fields when opened (see {@link ExpertIndex#open}).
   * 2: {@link #SKILL_SUBSTRINGS} added. 3: {@link #PROFILE_TERMS} added. 4: {@link #SKILL_WORDS},
   * {@link #PROFILE_WORDS} and the coordinates as doc values added. 5: {@link #UNAVAILABLE} as doc values
   * instead of range points, and no location doc values (the tie-break reads {@link #LAT} and {@link #LON}).
   */
  static final int SCHEMA_VERSION = 5;
  /**
   * Each term of a {@link ProfileTerms} dictionary that the normalized profile contains, exact: a
   * profile mention of such a term is one term lookup instead of a bigram phrase query.
   */
  static final String PROFILE_TERMS = "profile_terms";
  static final String SKILLS_BIGRAMS = "skills_bigrams";
  static final String PROFILE_BIGRAMS = "profile_bigrams";
  /** smartcn-analysed text, for free-text queries. */
  static final String SKILLS_TEXT = "skills_text";
  static final String PROFILE_TEXT = "profile_text";
  static final String INSTITUTION_TEXT = "institution_text";
  /**
   * The distinct smartcn words of the skill tags ({@link #SKILLS_TEXT}'s terms of the document) and of
   * the profile ({@link #PROFILE_TEXT}'s), as sorted-set doc values: the {@link TieBreak} reads an
   * expert's words from there, analysed once at index time.
   */
  static final String SKILL_WORDS = "skill_words";
  static final String PROFILE_WORDS = "profile_words";
  /** Latitude and longitude: stored, and as exact double doc values for the {@link TieBreak}'s distance. */
  static final String LAT = "lat";
  static final String LON = "lon";

  private static final String NAME = "name";
  private static final String INSTITUTION = "institution";
  private static final String TITLE_NAME = "title_name";
  private static final String DEGREE_NAME = "degree_name";
  private static final String SKILL = "skill";
  private static final String PROFILE = "profile";
  private static final String REGION = "region";
  private static final String HUICAI_CARD = "huicai";
  private static final String UNAVAILABLE_STORED = "unavailable_stored";
  private static final String MAX_ASSIGNMENTS = "max_assignments";

  private ExpertDocuments() {}

  /**
   * @param words the analysis of the word fields ({@link #SKILLS_TEXT}, {@link #PROFILE_TEXT}, {@link
   *     #INSTITUTION_TEXT}), whose tokens serve both the field and {@link #SKILL_WORDS} / {@link
   *     #PROFILE_WORDS}
   */
  static Document toDocument(Expert expert, ProfileTerms profileTerms, IndexWords words) {
    Document doc = new Document();
    doc.add(new StringField(ID, expert.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(expert.id())));
    doc.add(new StoredField(NAME, expert.name()));
    doc.add(new StoredField(INSTITUTION, expert.institution()));
    doc.add(new StringField(INSTITUTION_KEY, Eligibility.institutionKey(expert.institution()), Field.Store.NO));
    doc.add(new TextField(INSTITUTION_TEXT, words.institution(expert.institution())));
    doc.add(new IntPoint(TITLE, expert.title().ordinal()));
    doc.add(new StoredField(TITLE_NAME, expert.title().name()));
    doc.add(new IntPoint(DEGREE, expert.degree().ordinal()));
    doc.add(new StoredField(DEGREE_NAME, expert.degree().name()));
    expert.programs().stream().sorted()
        .forEach(p -> doc.add(new StringField(PROGRAM, p.name(), Field.Store.YES)));
    Set<String> substrings = new HashSet<>();
    Set<String> skillWords = new HashSet<>();
    for (String skill : expert.skills()) {
      substrings.addAll(substringsOf(Terms.normalize(skill)));
      doc.add(new StoredField(SKILL, skill));
      doc.add(new StringField(SKILL_KEYWORD, Terms.normalize(skill), Field.Store.NO));
      doc.add(new TextField(SKILLS_TEXT, words.tag(skill, skillWords)));
      doc.add(new TextField(SKILLS_BIGRAMS, skill, Field.Store.NO));
    }
    substrings.forEach(s -> doc.add(new StringField(SKILL_SUBSTRINGS, s, Field.Store.NO)));
    skillWords.forEach(w -> doc.add(new SortedSetDocValuesField(SKILL_WORDS, new BytesRef(w))));
    doc.add(new StoredField(PROFILE, expert.profile()));
    Set<String> profileWords = new HashSet<>();
    doc.add(new TextField(PROFILE_TEXT, words.profile(expert.profile(), profileWords)));
    profileWords.forEach(w -> doc.add(new SortedSetDocValuesField(PROFILE_WORDS, new BytesRef(w))));
    doc.add(new TextField(PROFILE_BIGRAMS, expert.profile(), Field.Store.NO));
    for (String term : profileTerms.in(Terms.normalize(expert.profile()))) {
      doc.add(new StringField(PROFILE_TERMS, term, Field.Store.NO));
    }
    GeoLocation location = expert.location();
    doc.add(new LatLonPoint(LOCATION, location.lat(), location.lon()));
    doc.add(new StoredField(REGION, location.region()));
    doc.add(new StoredField(LAT, location.lat()));
    doc.add(new StoredField(LON, location.lon()));
    doc.add(new DoubleDocValuesField(LAT, location.lat()));
    doc.add(new DoubleDocValuesField(LON, location.lon()));
    doc.add(new StoredField(HUICAI_CARD, expert.huicaiCard() ? 1 : 0));
    for (DateRange range : expert.unavailable()) {
      doc.add(UnavailableDuring.value(UNAVAILABLE, epochDay(range.start()), epochDay(range.end())));
      doc.add(new StoredField(UNAVAILABLE_STORED, range.start() + "/" + range.end()));
    }
    expert.maxAssignments().ifPresent(max -> doc.add(new StoredField(MAX_ASSIGNMENTS, max)));
    return doc;
  }

  /**
   * A document made of a seat's skill terms alone, in the skill and profile text fields: the best
   * match a query of those terms can have, whose score normalises BM25 relevance.
   */
  static Document ofQueryText(List<String> skills) {
    Document doc = new Document();
    for (String skill : skills) {
      doc.add(new TextField(SKILLS_TEXT, skill, Field.Store.NO));
      doc.add(new TextField(SKILLS_BIGRAMS, skill, Field.Store.NO));
    }
    String profile = String.join("，", skills);
    doc.add(new TextField(PROFILE_TEXT, profile, Field.Store.NO));
    doc.add(new TextField(PROFILE_BIGRAMS, profile, Field.Store.NO));
    return doc;
  }

  static Expert toExpert(Document doc) {
    Set<Program> programs = EnumSet.noneOf(Program.class);
    for (String program : doc.getValues(PROGRAM)) {
      programs.add(Program.valueOf(program));
    }
    List<DateRange> unavailable = new ArrayList<>();
    for (String range : doc.getValues(UNAVAILABLE_STORED)) {
      int slash = range.indexOf('/');
      unavailable.add(DateRange.of(range.substring(0, slash), range.substring(slash + 1)));
    }
    IndexableField max = doc.getField(MAX_ASSIGNMENTS);
    return Expert.builder(doc.get(ID))
        .name(doc.get(NAME))
        .institution(doc.get(INSTITUTION))
        .title(Title.valueOf(doc.get(TITLE_NAME)))
        .degree(Degree.valueOf(doc.get(DEGREE_NAME)))
        .programs(programs)
        .skills(List.of(doc.getValues(SKILL)))
        .profile(doc.get(PROFILE))
        .location(doc.get(REGION), doc.getField(LAT).numericValue().doubleValue(),
            doc.getField(LON).numericValue().doubleValue())
        .huicaiCard(doc.getField(HUICAI_CARD).numericValue().intValue() == 1)
        .unavailable(unavailable)
        .maxAssignments(max == null ? OptionalInt.empty() : OptionalInt.of(max.numericValue().intValue()))
        .build();
  }

  /**
   * The distinct substrings of {@code normalizedTag} of two to {@link #MAX_SUBSTRING_CODE_POINTS} code
   * points: a term of that length is in the set exactly when {@code normalizedTag.contains(term)}.
   */
  static Set<String> substringsOf(String normalizedTag) {
    int[] codePoints = normalizedTag.codePoints().toArray();
    Set<String> substrings = new HashSet<>();
    for (int from = 0; from < codePoints.length; from++) {
      int longest = Math.min(codePoints.length - from, MAX_SUBSTRING_CODE_POINTS);
      for (int length = 2; length <= longest; length++) {
        substrings.add(new String(codePoints, from, length));
      }
    }
    return substrings;
  }

  /** Whether {@link #SKILL_SUBSTRINGS} can find {@code normalizedTerm} inside a tag. */
  static boolean isIndexedSubstring(String normalizedTerm) {
    int length = normalizedTerm.codePointCount(0, normalizedTerm.length());
    return length >= 2 && length <= MAX_SUBSTRING_CODE_POINTS;
  }

  static int epochDay(LocalDate day) {
    return Math.toIntExact(day.toEpochDay());
  }
}
