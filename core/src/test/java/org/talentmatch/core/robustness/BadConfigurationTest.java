package org.talentmatch.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Policy;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.search.Thesaurus;
import org.talentmatch.core.solver.MatchingWeights;

/**
 * A bad thesaurus line or a bad configuration value fails with a message naming its line or its
 * key. The engine takes its thesaurus and weights once, when it is built, and cannot replace them
 * at run time, so a bad replacement can only fail to build: the engine already running keeps its own.
 */
class BadConfigurationTest {

  /** Each kind of bad line, at line 5 of a file with a byte order mark, CRLF line ends and a comment. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "a, , b           | empty term",
      "，               | empty term",
      "孤单             | a synonym group needs at least two terms",
      "a > b > c        | more than one '>'",
      "a, b > c         | exactly one broader term",
      "a > a            | 'a' is related to itself",
      "a, b, A          | 'a' appears twice",
      "ａ, a            | 'a' appears twice",
      "a >              | empty term",
      "> b              | empty term",
      "a ~              | a term is missing on one side of '~'",
      "a ~ a            | 'a' is related to itself",
      "a ~ b ~ c        | more than one '~'",
      "a, b ~ c         | exactly one term goes before '~'",
      "a > b ~ c        | both '>' and '~'",
      "设施蔬菜 ~ 大棚   | '设施蔬菜' and '大棚' are synonyms, not related terms",
      "果树 ~ 苹果       | '果树' and '苹果' are broader and narrower, not related terms",
  })
  void everyKindOfBadThesaurusLineNamesItsLine(String badLine, String problem, @TempDir Path dir) throws Exception {
    String text = "\uFEFF# domain terms\r\n设施蔬菜, 大棚\r\n\r\n果树 > 苹果\r\n" + badLine + "\r\n农机, 农业机械\r\n";
    Path file = dir.resolve("mine.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Thesaurus.load(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mine.txt:5: " + problem);
    assertThatThrownBy(() -> Thesaurus.parse("mine.txt", text)).hasMessageStartingWith("mine.txt:5: " + problem);
  }

  @Test
  void malformedUtf8InAThesaurusFileNamesItsLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.txt");
    byte[] good = "设施蔬菜, 大棚\n果树 > 苹果\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'a', ',', ' ', (byte) 0xE4, (byte) 0xB8, '\n'};
    byte[] bytes = new byte[good.length + bad.length];
    System.arraycopy(good, 0, bytes, 0, good.length);
    System.arraycopy(bad, 0, bytes, good.length, bad.length);
    Files.write(file, bytes);

    assertThatThrownBy(() -> Thesaurus.load(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mine.txt:3: not valid UTF-8");
  }

  @Test
  void aBadThesaurusLeavesTheOneInForceUnchanged() {
    Thesaurus inForce = Thesaurus.parse("t.txt", "设施蔬菜, 大棚\n");
    SearchConfig config = SearchConfig.builder().thesaurus(inForce).build();

    assertThatThrownBy(() -> SearchConfig.builder().thesaurus(Thesaurus.parse("t.txt", "设施蔬菜\n")).build())
        .hasMessageStartingWith("t.txt:1: ");
    assertThat(config.thesaurus().synonymsOf("大棚")).containsExactly("设施蔬菜");
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        bad("defaultMinRelevance", () -> SearchConfig.builder().defaultMinRelevance(-0.01).build()),
        bad("defaultMinRelevance", () -> SearchConfig.builder().defaultMinRelevance(1.01).build()),
        bad("defaultMinRelevance", () -> SearchConfig.builder().defaultMinRelevance(Double.NaN).build()),
        bad("ramBufferMb", () -> SearchConfig.builder().ramBufferMb(0).build()),
        bad("skillRelevance", () -> MatchingWeights.defaults().withSkillRelevance(-1)),
        bad("demandFairness", () -> MatchingWeights.defaults().withDemandFairness(-1)),
        bad("travelPerKm", () -> MatchingWeights.defaults().withTravelPerKm(-1)),
        bad("loadBalance", () -> MatchingWeights.defaults().withLoadBalance(-1)),
        bad("cooldownPerDay", () -> MatchingWeights.defaults().withCooldownPerDay(-1)),
        bad("continuity", () -> MatchingWeights.defaults().withContinuity(-1)),
        bad("huicaiCard", () -> MatchingWeights.defaults().withHuicaiCard(-1)),
        bad("countyCoverage", () -> MatchingWeights.defaults().withCountyCoverage(-1)),
        bad("keepPreviousAssignment", () -> MatchingWeights.defaults().withKeepPreviousAssignment(-1)),
        bad("timeLimit", () -> SolveOptions.builder().timeLimit(Duration.ZERO)),
        bad("timeLimit", () -> SolveOptions.builder().timeLimit(Duration.ofSeconds(-1))),
        bad("unimprovedTimeLimit", () -> SolveOptions.builder().unimprovedTimeLimit(Duration.ZERO)),
        bad("evaluationLimit", () -> SolveOptions.builder().evaluationLimit(0)),
        bad("candidatesPerSlot", () -> SolveOptions.builder().candidatesPerSlot(0)),
        bad("maxAssignmentsPerExpert", () -> Policy.defaults().withMaxAssignmentsPerExpert(0)),
        bad("cooldownDays", () -> Policy.defaults().withCooldownDays(-1)),
        bad("maxTravelKm", () -> Policy.defaults().withMaxTravelKm(0)),
        bad("maxTravelKm", () -> Policy.defaults().withMaxTravelKm(Double.NaN)),
        bad("maxTravelKm", () -> Policy.defaults().withMaxTravelKm(Double.POSITIVE_INFINITY)),
        bad("minRelevance", () -> Policy.defaults().withMinRelevance(1.5)),
        bad("minRelevance", () -> Policy.defaults().withMinRelevance(Double.NaN)));
  }

  @ParameterizedTest(name = "{0}: {index}")
  @MethodSource("badValues")
  void aBadConfigurationValueIsRefusedNamingItsKey(String key, Runnable build) {
    assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(key + " ");
  }

  private static Arguments bad(String key, Runnable build) {
    return Arguments.of(key, build);
  }
}
