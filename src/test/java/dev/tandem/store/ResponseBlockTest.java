package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.Answers;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseBlockTest {

  private static final LocalDateTime MARCH = LocalDateTime.of(2026, 3, 2, 9, 30, 15);

  private static PackedResponse response(
      String questionnaire, String respondent, Optional<LocalDateTime> submitted) {
    return new PackedResponse(
        questionnaire,
        respondent,
        submitted,
        Optional.of("Zoë Ångström"),
        Optional.empty(),
        7,
        Answers.of(1, 5));
  }

  @Test
  void responsesOfEveryKindComeBackAsTheyWerePacked() {
    List<PackedResponse> responses =
        List.of(
            new PackedResponse(
                "need-for-solitude",
                "zoe@example.org",
                Optional.of(MARCH.withNano(123_456_789)),
                Optional.of("Zoë Ångström"),
                Optional.of("C07"),
                2,
                Answers.of(0, 250, 251, -1, 2.5, Double.NaN, 1e300)),
            new PackedResponse(
                "closeness-desire",
                "P-17",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                1_000_000,
                Answers.of()),
            new PackedResponse(
                "need-for-solitude",
                "old@example.org",
                Optional.of(LocalDateTime.of(1969, 12, 31, 23, 59, 59)),
                Optional.empty(),
                Optional.of("C08"),
                0,
                Answers.of(3)));

    assertThat(ResponseBlock.unpack(ResponseBlock.pack(responses)))
        .containsExactlyElementsOf(responses);
    assertThat(ResponseBlock.questionnaireIds(responses))
        .containsExactly("need-for-solitude", "closeness-desire");
  }

  @Test
  void smallWholeAnswersTakeOneByteEach() {
    PackedResponse small = response("q", "r", Optional.of(MARCH));
    PackedResponse large =
        new PackedResponse(
            "q",
            "r",
            Optional.of(MARCH),
            small.name(),
            small.coupleCode(),
            small.line(),
            Answers.of(1, 5.5));

    assertThat(
            ResponseBlock.pack(List.of(large)).length - ResponseBlock.pack(List.of(small)).length)
        .isEqualTo(8);
  }

  @Test
  void theFingerprintsAreTheKeysAndComeBackInOrder() {
    PackedResponse first = response("need-for-solitude", "zoe@example.org", Optional.of(MARCH));
    PackedResponse otherQuestionnaire =
        response("closeness-desire", "zoe@example.org", Optional.of(MARCH));
    PackedResponse otherTime =
        response("need-for-solitude", "zoe@example.org", Optional.of(MARCH.plusSeconds(1)));
    PackedResponse noTime = response("need-for-solitude", "zoe@example.org", Optional.empty());
    PackedResponse sameKeyOtherAnswers =
        new PackedResponse(
            first.questionnaireId(),
            first.respondentId(),
            first.submitted(),
            Optional.empty(),
            Optional.empty(),
            99,
            Answers.of(2, 2));

    assertThat(sameKeyOtherAnswers.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(sameKeyOtherAnswers.sameKey(first)).isTrue();
    assertThat(List.of(otherQuestionnaire, otherTime, noTime))
        .allMatch(other -> !other.sameKey(first) && other.fingerprint() != first.fingerprint());

    List<PackedResponse> block = List.of(first, otherQuestionnaire, otherTime, noTime);
    assertThat(ResponseBlock.readFingerprints(ResponseBlock.fingerprints(block)))
        .containsExactly(
            first.fingerprint(),
            otherQuestionnaire.fingerprint(),
            otherTime.fingerprint(),
            noTime.fingerprint());
  }
}
