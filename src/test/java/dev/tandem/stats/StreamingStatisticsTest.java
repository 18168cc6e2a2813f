package dev.tandem.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.scoring.CohortScorer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StreamingStatisticsTest {

  private static final double NA = Double.NaN;
  private static final Questionnaire EDGE =
      QuestionnaireLoader.load(ParityFixture.DIR.resolve("edge.yaml"));
  private static final Questionnaire PAIRS =
      QuestionnaireLoader.load(ParityFixture.DIR.resolve("complete.yaml"));
  private static final List<Questionnaire> BOTH = List.of(EDGE, PAIRS);

  private int line = 1;

  @Test
  void twoPassesGiveWhatTheWholeCohortGives() {
    Random random = new Random(7);
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String id = "c" + random.nextInt(120);
      Optional<LocalDateTime> when =
          random.nextInt(4) == 0
              ? Optional.empty()
              : Optional.of(
                  LocalDateTime.of(2026, 1 + random.nextInt(3), 1 + random.nextInt(3), 9, 0));
      Map<String, Answers> answers = new LinkedHashMap<>();
      if (random.nextInt(3) > 0) {
        answers.put("edge", answers(random, 6));
      }
      if (random.nextInt(3) > 0 || answers.isEmpty()) {
        answers.put("complete", answers(random, 11));
      }
      responses.add(response(id, when, answers));
    }
    assertSameStatistics(responses);
  }

  @Test
  void aClientsLatestAnswersToTwoQuestionnairesMayComeFromDifferentResponses() {
    List<Response> responses =
        List.of(
            response(
                "c1",
                Optional.of(LocalDateTime.of(2026, 3, 1, 9, 0)),
                Map.of("edge", Answers.of(5, 5, 1, 5, NA, NA))),
            response(
                "c1",
                Optional.of(LocalDateTime.of(2026, 1, 1, 9, 0)),
                Map.of(
                    "edge",
                    Answers.of(1, 1, 5, 1, NA, NA),
                    "complete",
                    Answers.of(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1))),
            response(
                "c2",
                Optional.empty(),
                Map.of(
                    "edge",
                    Answers.of(2, 2, 2, 2, NA, NA),
                    "complete",
                    Answers.of(5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5))),
            response(
                "c2",
                Optional.empty(),
                Map.of(
                    "edge",
                    Answers.of(4, 3, 2, 1, NA, NA),
                    "complete",
                    Answers.of(3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2))),
            response(
                "c3",
                Optional.of(LocalDateTime.of(2026, 2, 1, 9, 0)),
                Map.of(
                    "edge",
                    Answers.of(3, 4, 2, 5, NA, NA),
                    "complete",
                    Answers.of(2, 2, 3, 3, 4, 4, 5, 5, 1, 1, 2))));
    CohortStatistics statistics = assertSameStatistics(responses);
    assertThat(statistics.clients()).isEqualTo(3);
    // c1's edge answers of March (trio 5), c2's second response (trio 3), c3 (trio 11/3)
    assertThat(statistics.scale("edge", "trio").orElseThrow().descriptives().max()).hasValue(5);
    assertThat(statistics.scale("edge", "trio").orElseThrow().descriptives().n()).isEqualTo(3);
  }

  @Test
  void theSecondPassMustSeeTheSameResponses() {
    StreamingStatistics streaming = new StreamingStatistics(BOTH);
    Response first =
        response("c1", Optional.empty(), Map.of("edge", Answers.of(1, 2, 3, 4, NA, NA)));
    Response second =
        response("c1", Optional.empty(), Map.of("edge", Answers.of(4, 3, 2, 1, NA, NA)));
    streaming.note(first);
    streaming.note(second);
    streaming.noteRepeated(first);
    assertThatThrownBy(() -> streaming.add(first))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the second pass saw 1 responses, the first 2");
    streaming.noteRepeated(second);
    streaming.add(first);
    assertThatThrownBy(streaming::result)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the third pass saw 1 responses, the first 2");
  }

  @Test
  void aClientWhoCameTwiceNeedsTheSecondPass() {
    StreamingStatistics streaming = new StreamingStatistics(BOTH);
    streaming.note(
        response("c1", Optional.empty(), Map.of("edge", Answers.of(1, 2, 3, 4, NA, NA))));
    streaming.note(
        response("c1", Optional.empty(), Map.of("edge", Answers.of(4, 3, 2, 1, NA, NA))));

    assertThat(streaming.needsSecondPass()).isTrue();
    assertThatThrownBy(streaming::result)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the third pass saw 0 responses, the first 2");
  }

  @Test
  void oneResponsePerClientIsCountedInTheFirstPassAlone() {
    Random random = new Random(11);
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Map<String, Answers> answers = new LinkedHashMap<>();
      answers.put("edge", answers(random, 6));
      if (random.nextInt(4) > 0) {
        answers.put("complete", answers(random, 11));
      }
      responses.add(response("c" + i, Optional.empty(), answers));
    }
    CohortStatistics whole =
        CohortStatistics.of(
            CohortScorer.score(
                BOTH, new ImportResult(responses, List.of(), responses.size(), List.of())));
    StreamingStatistics streaming = new StreamingStatistics(BOTH);
    responses.forEach(streaming::note);

    assertThat(streaming.needsSecondPass()).isFalse();
    assertThat(streaming.result()).usingRecursiveComparison().isEqualTo(whole);
  }

  private CohortStatistics assertSameStatistics(List<Response> responses) {
    CohortStatistics whole =
        CohortStatistics.of(
            CohortScorer.score(
                BOTH, new ImportResult(responses, List.of(), responses.size(), List.of())));
    StreamingStatistics streaming = new StreamingStatistics(BOTH);
    responses.forEach(streaming::note);
    assertThat(streaming.needsSecondPass()).isTrue();
    responses.forEach(streaming::noteRepeated);
    responses.forEach(streaming::add);
    CohortStatistics streamed = streaming.result();
    assertThat(streamed)
        .usingRecursiveComparison()
        .withEqualsForType(StreamingStatisticsTest::close, OptionalDouble.class)
        .isEqualTo(whole);
    return streamed;
  }

  private static boolean close(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() == b.isPresent()
        && (a.isEmpty() || Math.abs(a.getAsDouble() - b.getAsDouble()) < 1e-12);
  }

  private static Answers answers(Random random, int items) {
    double[] values = new double[items];
    for (int i = 0; i < items; i++) {
      values[i] = random.nextInt(10) == 0 ? NA : 1 + random.nextInt(5);
    }
    if (items == 6) {
      values[4] = NA;
      values[5] = NA;
    }
    return Answers.of(values);
  }

  private Response response(String id, Optional<LocalDateTime> when, Map<String, Answers> answers) {
    return new Response(
        id,
        Optional.empty(),
        Optional.empty(),
        when,
        new Position(Path.of("in.csv"), ++line, 0),
        answers);
  }
}
