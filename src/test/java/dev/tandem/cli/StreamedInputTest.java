package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Rejection;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.sample.SampleGenerator;
import dev.tandem.sample.SampleGenerator.Layout;
import dev.tandem.sample.SampleGenerator.Settings;
import dev.tandem.scoring.ScoreTable;
import dev.tandem.scoring.ScoredCohort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming path of {@code tandem score} against the straightforward one (import everything,
 * score the cohort, then write): the same rows, rejections and accounting on the same data, only in
 * input order. The data holds a ragged row, an answer that is not on the scale, a row that
 * contradicts an earlier one and an exact repeat, so there is something to compare.
 */
class StreamedInputTest {

  @TempDir Path dir;

  @Test
  void streamedRowsAreTheCohortsRowsInInputOrder() throws IOException {
    Path file = dir.resolve("responses.csv");
    List<Questionnaire> questionnaires =
        QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));
    new SampleGenerator(questionnaires, new Settings(60, 10, 0.4, 0.05, Layout.GOOGLE_FORMS, 42))
        .write(file);
    List<String> lines = Files.readAllLines(file);
    Files.write(
        file,
        List.of(
            lines.get(1) + ",extra,fields",
            lines.get(2).replaceFirst("Agree", "Maybe"),
            lines.get(3)),
        StandardOpenOption.APPEND);
    DefinitionOptions definitions = new DefinitionOptions();
    definitions.definitions = Path.of("questionnaires");
    ImportOptions options = ImportOptions.defaults();
    ScoredCohort cohort = ScoredInput.load(List.of(file), definitions, options);
    ScoreTable table = new ScoreTable(cohort.questionnaires());
    List<List<Object>> straightforward = new ArrayList<>();
    table.rows(cohort).forEach(straightforward::add);
    straightforward.sort(Comparator.comparing(row -> (Integer) row.get(4)));

    List<List<Object>> streamed = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    ImportSummary summary =
        StreamedInput.scores(
            sink -> Importer.stream(List.of(file), cohort.questionnaires(), options, sink),
            cohort.questionnaires(),
            table::row,
            rejections::add,
            rows -> rows.forEach(streamed::add));

    assertThat(streamed).hasSizeGreaterThan(150).isEqualTo(straightforward);
    assertThat(rejections).isEqualTo(cohort.imported().rejections());
    assertThat(rejections)
        .anyMatch(Rejection::rejectsRow)
        .anyMatch(rejection -> !rejection.rejectsRow());
    assertThat(summary.rowsRead()).isEqualTo(cohort.imported().rowsRead());
    assertThat(summary.rejectedRows()).isEqualTo(cohort.imported().rejectedRows()).isEqualTo(2);
    assertThat(summary.droppedDuplicates())
        .isEqualTo(cohort.imported().droppedDuplicates())
        .isEqualTo(1);
  }
}
