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

  static ScoredCohort load(List<Path> files, DefinitionOptions definitions, ImportOptionsMixin importOptions) {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("the input file " + file + " does not exist or is not a file; check the path");
      }
    }
    List<Questionnaire> all = definitions.load();
    ImportOptions options = importOptions.toOptions();
    List<Questionnaire> used = all;
    if (!definitions.chosen()) {
      List<String> present = Importer.detect(files, all, options).questionnaireIds();
      used = all.stream().filter(q -> present.contains(q.id())).toList();
    }
    if (used.isEmpty()) {
      throw new UsageException("no column of " + describe(files) + " matches an item of any questionnaire in "
          + definitions.definitions + "; name the questionnaire with -q, or map the columns in a --mapping file"
          + " (see tandem validate --explain)");
    }
    return CohortScorer.score(used, Importer.read(files, used, options));
  }

  /** Lists the rejected rows on stderr; the exit code for the import. */
  static int reportRejections(ImportResult imported, PrintWriter err) {
    for (String note : imported.notes()) {
      err.println("note: " + note);
    }
    for (Rejection rejection : imported.rejections()) {
      err.println((rejection.rejectsRow() ? "rejected row: " : "answer set aside: ") + rejection);
    }
    err.println(imported.accounting());
    return imported.rejectedRows() > 0 ? ExitCode.ROWS_REJECTED : ExitCode.OK;
  }

  private static String describe(List<Path> files) {
    return files.size() == 1 ? files.get(0).toString() : "the " + files.size() + " input files";
  }
}
