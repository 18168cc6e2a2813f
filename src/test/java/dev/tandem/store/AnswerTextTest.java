package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.Answers;
import org.junit.jupiter.api.Test;

/** The stored text of a response's answers, and the answers read back from it. */
class AnswerTextTest {

  @Test
  void answersOfEveryKindComeBackAsTheyWereStored() {
    Answers answers = Answers.of(new double[] {3, Double.NaN, 10, -1, 2.5, 0, 7, Double.NaN});
    String text = AnswerText.encode(answers);
    assertThat(text).isEqualTo("3,,10,-1,2.5,0,7,");
    assertThat(AnswerText.decode(text)).isEqualTo(answers);
  }

  @Test
  void oneDigitAnswersAreReadAsTheirValue() {
    assertThat(AnswerText.decode("1,5,9,"))
        .isEqualTo(Answers.of(new double[] {1, 5, 9, Double.NaN}));
  }
}
