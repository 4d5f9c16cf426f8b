package org.talentmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateGenerator.SeatCandidates;
import org.talentmatch.core.search.SeatKey;

class CandidatesJsonlTest {
  private static final SeatCandidates LEAD = new SeatCandidates(new SeatKey("D00042", 0), List.of(
      new Candidate("E00017", 0.87, 12.34, List.of("技能匹配：日光温室 ≈ 设施蔬菜（同义词）", "个人简介提及：土壤改良")),
      new Candidate("E00311", 1.0, 0.0, List.of())));
  private static final SeatCandidates EMPTY = new SeatCandidates(new SeatKey("D00042", 1), List.of());

  @TempDir Path dir;

  @Test
  void writesOneCompactLinePerSeatInTheDocumentedShape() {
    assertThat(CandidatesJsonl.line(LEAD)).isEqualTo("{\"demandId\":\"D00042\",\"seat\":0,\"candidates\":["
        + "{\"expertId\":\"E00017\",\"relevance\":0.87,\"distanceKm\":12.3,"
        + "\"reasons\":[\"技能匹配：日光温室 ≈ 设施蔬菜（同义词）\",\"个人简介提及：土壤改良\"]},"
        + "{\"expertId\":\"E00311\",\"relevance\":1.0,\"distanceKm\":0.0,\"reasons\":[]}]}");
    assertThat(CandidatesJsonl.line(EMPTY)).isEqualTo("{\"demandId\":\"D00042\",\"seat\":1,\"candidates\":[]}");
  }

  @Test
  void roundsLikePlanFilesInPlainNotation() throws InvalidProblemException {
    SeatCandidates tiny = new SeatCandidates(new SeatKey("D1", 0),
        List.of(new Candidate("E1", 0.00004999, 1234567.89, List.of()), new Candidate("E2", 0.00005, 0.05, List.of())));

    String line = CandidatesJsonl.line(tiny);

    assertThat(line).contains("\"relevance\":0.0,\"distanceKm\":1234567.9", "\"relevance\":0.0001,\"distanceKm\":0.1")
        .doesNotContainPattern("\\d[eE][+-]?\\d");
    assertThat(CandidatesJsonl.parse(line).candidates()).extracting(Candidate::relevance).containsExactly(0.0, 0.0001);
  }

  @Test
  void streamedFileReadsBackEqual() throws Exception {
    Path file = dir.resolve("out/candidates.jsonl");

    try (CandidatesJsonl.Writer writer = CandidatesJsonl.create(file)) {
      writer.write(LEAD);
      writer.write(EMPTY);
      assertThat(file).doesNotExist();
      writer.commit();
      assertThat(writer.lineCount()).isEqualTo(2);
    }

    SeatCandidates leadAsWritten = new SeatCandidates(LEAD.seat(), List.of(
        new Candidate("E00017", 0.87, 12.3, LEAD.candidates().get(0).reasons()), LEAD.candidates().get(1)));
    assertThat(CandidatesJsonl.read(file)).containsExactly(leadAsWritten, EMPTY);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).endsWith("]}\n").hasLineCount(2);
    assertThat(listing(file.getParent())).containsExactly("candidates.jsonl");
  }

  @Test
  void closingWithoutCommitLeavesTheOldTargetAndNoTemporaryFile() throws Exception {
    Path file = dir.resolve("candidates.jsonl");
    Files.writeString(file, "old\n");

    try (CandidatesJsonl.Writer writer = CandidatesJsonl.create(file)) {
      writer.write(LEAD);
    }

    assertThat(Files.readString(file)).isEqualTo("old\n");
    assertThat(listing(dir)).containsExactly("candidates.jsonl");
  }

  @Test
  void aFailedRenameDeletesTheTemporaryFile() throws Exception {
    Path occupied = dir.resolve("occupied");
    Files.createDirectories(occupied.resolve("child"));

    try (CandidatesJsonl.Writer writer = CandidatesJsonl.create(occupied)) {
      writer.write(LEAD);
      assertThatThrownBy(writer::commit).isInstanceOf(IOException.class);
    }

    assertThat(listing(dir)).containsExactly("occupied");
  }

  @Test
  void writingAfterCommitIsAnError() throws Exception {
    try (CandidatesJsonl.Writer writer = CandidatesJsonl.create(dir.resolve("c.jsonl"))) {
      writer.commit();
      assertThatThrownBy(() -> writer.write(LEAD)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void readingReportsEveryBadLineWithItsNumberAndPath() throws Exception {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, CandidatesJsonl.line(LEAD) + "\n"
        + "{\"demandId\":\"D1\",\"seat\":-1,\"candidates\":[{\"expertId\":\"E1\",\"relevance\":1.5,\"distanceKm\":1.0,\"reasons\":[]}]}\n"
        + "not json\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CandidatesJsonl.read(file)).isInstanceOfSatisfying(InvalidProblemException.class, e ->
        assertThat(e.errors()).extracting(ValidationError::path).containsExactly(
            "line 2 $.seat", "line 2 $.candidates[0].relevance", "line 3 $"));
  }

  private static List<String> listing(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
