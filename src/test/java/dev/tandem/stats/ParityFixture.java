package dev.tandem.stats;

import dev.tandem.ingest.Answers;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A fixture of src/test/resources/stats: its definition, its item answers scored by Tandem, and the
 * numbers R's psych computed on the same answers (written by src/test/r/stats-fixtures.R).
 */
record ParityFixture(
    Questionnaire questionnaire,
    List<String> respondents,
    List<QuestionnaireScores> scored,
    List<Expected> expected,
    Map<String, List<OptionalDouble>> psychScores) {

  static final Path DIR = Path.of("src/test/resources/stats");

  /** One number psych computed: e.g. scope "item", scale "alpha", item "a1", statistic "rDrop". */
  record Expected(String scope, String scale, String item, String statistic, OptionalDouble value) {
    @Override
    public String toString() {
      return scope + " " + scale + (item.isEmpty() ? "" : " " + item) + " " + statistic;
    }
  }

  static ParityFixture load(String name) {
    Questionnaire questionnaire = QuestionnaireLoader.load(DIR.resolve(name + ".yaml"));
    List<String[]> rows = csv(DIR.resolve(name + ".csv"));
    List<String> header = Arrays.asList(rows.get(0));
    int[] columns = questionnaire.items().stream().mapToInt(i -> header.indexOf(i.id())).toArray();
    Scorer scorer = new Scorer(questionnaire);
    List<String> respondents = new ArrayList<>();
    List<QuestionnaireScores> scored = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      double[] values = new double[columns.length];
      for (int i = 0; i < columns.length; i++) {
        String cell = columns[i] < row.length ? row[columns[i]] : "";
        values[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
      }
      respondents.add(row[0]);
      scored.add(scorer.score(Answers.of(values)));
    }
    List<Expected> expected = new ArrayList<>();
    for (String[] row : skipHeader(csv(DIR.resolve(name + ".expected.csv")))) {
      expected.add(new Expected(row[0], row[1], row[2], row[3], number(row[4])));
    }
    List<String[]> scoreRows = csv(DIR.resolve(name + ".scores.csv"));
    Map<String, List<OptionalDouble>> psychScores = new LinkedHashMap<>();
    String[] scoreHeader = scoreRows.get(0);
    for (int c = 1; c < scoreHeader.length; c++) {
      List<OptionalDouble> column = new ArrayList<>();
      for (String[] row : scoreRows.subList(1, scoreRows.size())) {
        column.add(number(row[c]));
      }
      psychScores.put(scoreHeader[c], column);
    }
    return new ParityFixture(questionnaire, respondents, scored, expected, psychScores);
  }

  CohortStatistics statistics() {
    CohortStatistics.Builder builder = CohortStatistics.builder(List.of(questionnaire));
    for (QuestionnaireScores scores : scored) {
      builder.add(List.of(scores));
    }
    return builder.build();
  }

  private static List<String[]> skipHeader(List<String[]> rows) {
    return rows.subList(1, rows.size());
  }

  private static OptionalDouble number(String text) {
    return text.equals("NA") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
  }

  /** Our fixtures have no quoted fields; a split keeps the test independent of the import layer. */
  private static List<String[]> csv(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .filter(l -> !l.isBlank())
          .map(l -> l.split(",", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
