package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The texts the reports print speak of scales by their printed names, never by their internal ids.
 */
class CoachingTextTest {

  @Test
  void noGuidanceNamesAScaleByAnIdItsPrintedNameDoesNotContain() {
    List<Questionnaire> questionnaires = ReportFixtures.questionnaires();
    List<String> texts = new ArrayList<>();
    List<String> hiddenIds = new ArrayList<>();
    for (Questionnaire questionnaire : questionnaires) {
      for (Scale scale : questionnaire.scales()) {
        scale.bands().stream().map(Band::guidance).forEach(texts::add);
        if (!scale.name().toLowerCase(Locale.ROOT).contains(scale.id())) {
          hiddenIds.add(scale.id());
        }
      }
    }
    assertThat(hiddenIds).contains("separateness", "abandonment", "reassurance");

    for (String id : hiddenIds) {
      Pattern asScaleName = Pattern.compile("(?i)\\b" + id + "\\b[\\w ,]{0,30}\\bscores?\\b");
      assertThat(texts)
          .as(id)
          .noneMatch(text -> asScaleName.matcher(text.replaceAll("\\s+", " ")).find());
    }
  }
}
