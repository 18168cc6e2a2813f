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

/**
 * The input of a command that reads exports: the files checked, the questionnaires chosen with -q
 * or else those whose items appear in the files, and the import's rejections and accounting on
 * stderr.
 */
final class ScoredInput {

  private ScoredInput() {}

  /** The questionnaires to read the files with; fails with a usage message when none fits. */
  static List<Questionnaire> questionnaires(
      List<Path> files, DefinitionOptions definitions, ImportOptions options) {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException(
            "the input file " + file + " does not exist or is not a file; check the path");
      }
    }
    List<Questionnaire> all = definitions.load();
    List<Questionnaire> used = all;
    if (!definitions.chosen()) {
      List<String> present = Importer.detect(files, all, options).questionnaireIds();
      used = all.stream().filter(q -> present.contains(q.id())).toList();
    }
    if (used.isEmpty()) {
      throw new UsageException(
          "no column of "
              + describe(files)
              + " matches an item of any questionnaire in "
              + definitions.definitions
              + "; name the questionnaire with -q, or map the columns in a --mapping file"
              + " (see tandem validate --explain)");
    }
    return used;
  }

  /** Reads and scores every file, holding the whole cohort in memory. */
  static ScoredCohort load(List<Path> files, DefinitionOptions definitions, ImportOptions options) {
    List<Questionnaire> used = questionnaires(files, definitions, options);
    return CohortScorer.score(used, Importer.read(files, used, options));
  }

  static void report(Rejection rejection, PrintWriter err) {
    err.println((rejection.rejectsRow() ? "rejected row: " : "answer set aside: ") + rejection);
  }

  /** Prints the import's notes and accounting line on stderr; the exit code for the import. */
  static int finish(List<String> notes, String accounting, int rejectedRows, PrintWriter err) {
    for (String note : notes) {
      err.println("note: " + note);
    }
    err.println(accounting);
    return rejectedRows > 0 ? ExitCode.ROWS_REJECTED : ExitCode.OK;
  }

  /** Lists the rejections of a whole import, then its notes and accounting; the exit code. */
  static int finish(ImportResult imported, PrintWriter err) {
    imported.rejections().forEach(r -> report(r, err));
    return finish(imported.notes(), imported.accounting(), imported.rejectedRows(), err);
  }

  private static String describe(List<Path> files) {
    return files.size() == 1 ? files.get(0).toString() : "the " + files.size() + " input files";
  }
}
