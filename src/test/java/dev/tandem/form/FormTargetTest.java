package dev.tandem.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.questionnaire.QuestionnaireLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every target takes every shipped definition at once, and none marks the reverse-keyed statements.
 */
class FormTargetTest {

  private static final Form SHIPPED =
      new Form(QuestionnaireLoader.loadDirectory(Path.of("questionnaires")));

  @ParameterizedTest
  @EnumSource(FormTarget.class)
  void everyShippedDefinitionGoesIntoOneFormWithoutMarkingReversedStatements(FormTarget target)
      throws IOException {
    byte[] written = target.write(SHIPPED);

    String text =
        target == FormTarget.MSFORMS
            ? wordText(written)
            : new String(written, StandardCharsets.UTF_8);
    assertThat(SHIPPED.questionnaires()).hasSize(3);
    FormFixtures.assertReversedUnmarked(text.replaceAll("(?s)<script>.*?</script>", ""));
    assertThat(text).contains("I can tell my partner plainly when I need some time to myself.");
  }

  private static String wordText(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return document.getParagraphs().stream()
          .map(XWPFParagraph::getText)
          .collect(Collectors.joining("\n"));
    }
  }
}
