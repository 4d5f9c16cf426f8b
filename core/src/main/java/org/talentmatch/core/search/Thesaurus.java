package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Domain vocabulary that smartcn does not know: which skill terms mean the same, which are broader
 * or narrower than others and which are related fields (the three relations of a SKOS or ISO 25964
 * thesaurus). Immutable and thread-safe.
 *
 * <p>Plain UTF-8 text, one group per line:
 *
 * <pre>
 * # a comment; blank lines are ignored
 * 设施蔬菜, 日光温室, 大棚蔬菜      exact synonyms: two or more terms
 * 蔬菜栽培 &gt; 设施蔬菜, 露地蔬菜    one broader term &gt; one or more narrower terms
 * 骨科 ~ 康复医学, 疼痛科          one term ~ one or more related terms
 * </pre>
 *
 * Terms are separated by {@code ,}, {@code ，} or {@code 、}; white space around them is dropped and
 * they are compared after NFKC and lower-casing. Synonymy is symmetric and a term may sit in several
 * groups (its synonyms are their union). A broader/narrower pair relates the two terms only, not
 * their synonyms; search extends it to them. An empty term, a synonym group of one term, more than
 * one {@code >} or a term related to itself is an error naming the source and line, e.g. {@code
 * thesaurus.txt:17: empty term}.
 *
 * <p>Beyond the listed relations, search {@linkplain Inference infers} others (synonyms of related
 * terms, terms sharing a head, siblings); each can be switched off with {@link #withInferences} to
 * measure what it earns.
 */
public final class Thesaurus {
  private static final String BUNDLED = "thesaurus.txt";
  private static final Pattern SEPARATORS = Pattern.compile("[,，、]");
  private static final Thesaurus EMPTY =
      new Thesaurus(0, 0, Map.of(), Map.of(), Map.of(), Map.of(), EnumSet.allOf(Inference.class));

  /** Relations that search infers from the listed ones; all are on unless switched off. */
  public enum Inference {
    /**
     * One hop through a synonym: the synonyms of a broader or narrower term are related too, and
     * so are the broader and narrower terms of a synonym.
     */
    SYNONYM_HOPS,
    /** Terms with the same head (糖尿病诊治 ≈ 糖尿病防治, see {@code TermStemmer}) match, a little below a synonym. */
    STEMS,
    /**
     * Terms narrower than the same broader term are siblings (小麦 and 玉米 under 作物栽培, with their
     * synonyms): related, below every level the planner uses by default.
     */
    SIBLINGS
  }

  private final int groupCount;
  private final int relatedGroupCount;
  private final Map<String, SortedSet<String>> synonyms;
  private final Map<String, SortedSet<String>> broader;
  private final Map<String, SortedSet<String>> narrower;
  private final Map<String, SortedSet<String>> related;
  private final Set<Inference> inferences;
  private final SortedSet<String> vocabulary;
  /** Built once: every seat scans its demand's text for the vocabulary. */
  private final TermTrie termsInside;

  private Thesaurus(int groupCount, int relatedGroupCount, Map<String, SortedSet<String>> synonyms,
      Map<String, SortedSet<String>> broader, Map<String, SortedSet<String>> narrower,
      Map<String, SortedSet<String>> related, Set<Inference> inferences) {
    this.groupCount = groupCount;
    this.relatedGroupCount = relatedGroupCount;
    this.synonyms = freeze(synonyms);
    this.broader = freeze(broader);
    this.narrower = freeze(narrower);
    this.related = freeze(related);
    this.inferences = Collections.unmodifiableSet(
        inferences.isEmpty() ? EnumSet.noneOf(Inference.class) : EnumSet.copyOf(inferences));
    SortedSet<String> all = new TreeSet<>(this.synonyms.keySet());
    all.addAll(this.broader.keySet());
    all.addAll(this.narrower.keySet());
    all.addAll(this.related.keySet());
    this.vocabulary = Collections.unmodifiableSortedSet(all);
    this.termsInside = TermTrie.of(all.stream().filter(Terms::mayMatchInside).toList());
  }

  /** No synonyms, no relations: matching falls back to the literal terms. */
  public static Thesaurus empty() {
    return EMPTY;
  }

  /** The thesaurus shipped with the library ({@code org/talentmatch/core/search/thesaurus.txt}). */
  public static Thesaurus bundled() {
    return BundledHolder.INSTANCE;
  }

  /**
   * Reads a UTF-8 thesaurus file.
   *
   * @throws IllegalArgumentException at the first bad line, as {@link #parse}, or at the first line
   *     that is not valid UTF-8
   */
  public static Thesaurus load(Path file) {
    requireNonNull(file, "file");
    String sourceName = file.getFileName().toString();
    try {
      return parse(sourceName, decode(sourceName, Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read thesaurus " + file, e);
    }
  }

  /** Strict UTF-8: a malformed byte is an error naming its line, never a silent U+FFFD. */
  private static String decode(String sourceName, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new IllegalArgumentException(sourceName + ":" + line + ": not valid UTF-8");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /**
   * Parses thesaurus text.
   *
   * @param sourceName names the source in error messages, e.g. {@code thesaurus.txt}
   * @throws IllegalArgumentException at the first bad line, naming it as {@code source:line: problem}
   *     (a related pair that repeats a synonym or broader/narrower pair is found after reading every line)
   */
  public static Thesaurus parse(String sourceName, String text) {
    requireNonNull(sourceName, "sourceName");
    requireNonNull(text, "text");
    Map<String, SortedSet<String>> synonyms = new TreeMap<>();
    Map<String, SortedSet<String>> broader = new TreeMap<>();
    Map<String, SortedSet<String>> narrower = new TreeMap<>();
    Map<String, SortedSet<String>> related = new TreeMap<>();
    List<RelatedLine> relatedLines = new ArrayList<>();
    int groups = 0;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = sourceName + ":" + (i + 1) + ": ";
      checkArgument(line.indexOf('>') < 0 || line.indexOf('~') < 0, "%sboth '>' and '~' in a line", where);
      if (line.indexOf('~') >= 0) {
        relatedLines.add(relatedLine(line, where));
        groups++;
        continue;
      }
      String[] sides = line.split(">", -1);
      checkArgument(sides.length <= 2, "%smore than one '>' in a line", where);
      if (sides.length == 1) {
        List<String> group = terms(sides[0], where);
        checkArgument(group.size() >= 2, "%sa synonym group needs at least two terms: %s", where, line);
        for (String term : group) {
          synonyms.computeIfAbsent(term, k -> new TreeSet<>()).addAll(group);
          synonyms.get(term).remove(term);
        }
      } else {
        List<String> wider = terms(sides[0], where);
        checkArgument(wider.size() == 1, "%sexactly one broader term goes before '>': %s", where, line);
        String broad = wider.get(0);
        for (String narrow : terms(sides[1], where)) {
          checkArgument(!narrow.equals(broad), "%s'%s' is related to itself", where, broad);
          narrower.computeIfAbsent(broad, k -> new TreeSet<>()).add(narrow);
          broader.computeIfAbsent(narrow, k -> new TreeSet<>()).add(broad);
        }
      }
      groups++;
    }
    // Checked once every line is read: a related pair must not be listed as another relation anywhere.
    for (RelatedLine line : relatedLines) {
      for (String other : line.others()) {
        checkArgument(!synonyms.getOrDefault(line.term(), Collections.emptySortedSet()).contains(other),
            "%s'%s' and '%s' are synonyms, not related terms", line.where(), line.term(), other);
        checkArgument(!broader.getOrDefault(line.term(), Collections.emptySortedSet()).contains(other)
                && !narrower.getOrDefault(line.term(), Collections.emptySortedSet()).contains(other),
            "%s'%s' and '%s' are broader and narrower, not related terms", line.where(), line.term(), other);
        related.computeIfAbsent(line.term(), k -> new TreeSet<>()).add(other);
        related.computeIfAbsent(other, k -> new TreeSet<>()).add(line.term());
      }
    }
    return new Thesaurus(groups, relatedLines.size(), synonyms, broader, narrower, related,
        EnumSet.allOf(Inference.class));
  }

  private static RelatedLine relatedLine(String line, String where) {
    String[] sides = line.split("~", -1);
    checkArgument(sides.length == 2, "%smore than one '~' in a line", where);
    checkArgument(!sides[0].isBlank() && !sides[1].isBlank(), "%sa term is missing on one side of '~': %s", where, line);
    List<String> one = terms(sides[0], where);
    checkArgument(one.size() == 1, "%sexactly one term goes before '~': %s", where, line);
    String term = one.get(0);
    List<String> others = terms(sides[1], where);
    checkArgument(!others.contains(term), "%s'%s' is related to itself", where, term);
    return new RelatedLine(where, term, others);
  }

  /** A parsed {@code term ~ others} line, with its {@code source:line: } prefix for later checks. */
  private record RelatedLine(String where, String term, List<String> others) {}

  private static List<String> terms(String side, String where) {
    Set<String> terms = new LinkedHashSet<>();
    for (String raw : SEPARATORS.split(side, -1)) {
      String term = Terms.normalize(raw);
      checkArgument(!term.isEmpty(), "%sempty term", where);
      checkArgument(terms.add(term), "%s'%s' appears twice", where, term);
    }
    return new ArrayList<>(terms);
  }

  /** Terms with the same meaning as {@code term}, without itself; sorted; empty when unknown. */
  public SortedSet<String> synonymsOf(String term) {
    return synonyms.getOrDefault(Terms.normalize(term), Collections.emptySortedSet());
  }

  /** Terms declared broader than {@code term} ({@code broad > term}); sorted. */
  public SortedSet<String> broaderOf(String term) {
    return broader.getOrDefault(Terms.normalize(term), Collections.emptySortedSet());
  }

  /** Terms declared narrower than {@code term} ({@code term > narrow}); sorted. */
  public SortedSet<String> narrowerOf(String term) {
    return narrower.getOrDefault(Terms.normalize(term), Collections.emptySortedSet());
  }

  /** Terms declared related to {@code term} ({@code term ~ other} or {@code other ~ term}); sorted. */
  public SortedSet<String> relatedOf(String term) {
    return related.getOrDefault(Terms.normalize(term), Collections.emptySortedSet());
  }

  /**
   * The same thesaurus without its related ({@code ~}) lines: what search finds with synonyms and
   * broader/narrower terms alone, to measure what the related terms earn.
   */
  public Thesaurus withoutRelated() {
    return new Thesaurus(groupCount - relatedGroupCount, 0, synonyms, broader, narrower, Map.of(), inferences);
  }

  /** The relations search infers beyond the listed ones. */
  public Set<Inference> inferences() {
    return inferences;
  }

  /** The same groups with only {@code inferences} switched on (to measure what each earns). */
  public Thesaurus withInferences(Set<Inference> inferences) {
    requireNonNull(inferences, "inferences");
    return new Thesaurus(groupCount, relatedGroupCount, synonyms, broader, narrower, related, inferences);
  }

  /** The same groups without one inference. */
  public Thesaurus without(Inference inference) {
    requireNonNull(inference, "inference");
    EnumSet<Inference> on = EnumSet.allOf(Inference.class);
    on.retainAll(inferences);
    on.remove(inference);
    return withInferences(on);
  }

  /** Every term of the thesaurus, normalized and sorted. */
  public SortedSet<String> vocabulary() {
    return vocabulary;
  }

  /**
   * The vocabulary's terms of at least two characters that {@code normalizedText} contains, in order
   * of first appearance (at one place, shorter first).
   */
  Set<String> termsIn(String normalizedText) {
    return termsInside.in(normalizedText);
  }

  /** Number of groups (non-comment lines) read. */
  public int groupCount() {
    return groupCount;
  }

  private static Map<String, SortedSet<String>> freeze(Map<String, SortedSet<String>> map) {
    Map<String, SortedSet<String>> frozen = new TreeMap<>();
    map.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
    return Collections.unmodifiableMap(frozen);
  }

  private static final class BundledHolder {
    static final Thesaurus INSTANCE = readBundled();

    private static Thesaurus readBundled() {
      try (InputStream in = Thesaurus.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("bundled thesaurus missing: " + BUNDLED);
        }
        return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled thesaurus", e);
      }
    }
  }
}
