package dev.tandem.cli;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Rejection;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.scoring.CohortScorer;
import dev.tandem.scoring.ScoredCohort;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and scores the input files of a command, with the questionnaires the coach chose or all that match. */
final class ScoredInput {

  private ScoredInput() {}

  static ScoredCohort load(List<Path> files, DefinitionOptions definitions) {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("the input file " + file + " does not exist or is not a file; check the path");
      }
    }
    List<Questionnaire> questionnaires = definitions.load();
    ImportResult imported = Importer.read(files, questionnaires, ImportOptions.defaults());
    ScoredCohort cohort = CohortScorer.score(questionnaires, imported);
    if (definitions.chosen()) {
      return cohort;
    }
    List<Questionnaire> answered = questionnaires.stream()
        .filter(q -> cohort.assessments().stream().anyMatch(a -> a.scoresFor(q.id()).isPresent()))
        .toList();
    if (answered.isEmpty() && !imported.responses().isEmpty()) {
      throw new UsageException("no questionnaire's items appear in " + describe(files) + "; check the column"
          + " headers, or name the questionnaire with -q DEF");
    }
    return new ScoredCohort(answered, cohort.clients(), imported);
  }

  /** Lists the rejected rows on stderr; the exit code for the import. */
  static int reportRejections(ImportResult imported, PrintWriter err) {
    for (String note : imported.notes()) {
      err.println("note: " + note);
    }
    for (Rejection rejection : imported.rejections()) {
      err.println("rejected: " + rejection);
    }
    if (imported.rejectedRows() > 0) {
      err.println(imported.rejectedRows() + " of " + imported.rowsRead() + " rows were rejected (listed above);"
          + " the others were scored.");
      return ExitCode.ROWS_REJECTED;
    }
    return ExitCode.OK;
  }

  private static String describe(List<Path> files) {
    return files.size() == 1 ? files.get(0).toString() : "the " + files.size() + " input files";
  }
}
