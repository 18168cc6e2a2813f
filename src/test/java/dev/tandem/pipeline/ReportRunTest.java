package dev.tandem.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.couples.CouplePatterns;
import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.ResponseSource;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.report.ReportOptions;
import dev.tandem.report.output.PseudonymKey;
import dev.tandem.scoring.ScoredCohort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRunTest {

  @TempDir Path folder;

  @Test
  void tellsItsCountsAndACancellationBeforeTheReportsLeavesNoReport() throws IOException {
    Path output = folder.resolve("reports");
    Files.createDirectories(output);
    List<Questionnaire> questionnaires =
        QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));
    ReportRun.Request request =
        new ReportRun.Request(
            ResponseSource.of(
                List.of(Path.of("seeds/clients.csv")), questionnaires, ImportOptions.defaults()),
            questionnaires,
            CouplePatterns.none(),
            ReportOptions.defaults(output),
            Optional.empty(),
            Optional.empty(),
            new PseudonymKey.Entries(List.of(), List.of()));
    Cancellation cancellation = new Cancellation();
    AtomicInteger rows = new AtomicInteger();
    AtomicInteger clients = new AtomicInteger();
    AtomicInteger analysedClients = new AtomicInteger();
    RunProgress progress =
        new RunProgress() {
          @Override
          public void rowsRead(int count) {
            rows.set(count);
          }

          @Override
          public void clientsScored(int count) {
            clients.set(count);
          }

          @Override
          public void analysed(ScoredCohort reported, CouplesAnalysis couples) {
            analysedClients.set(reported.clients().size());
            cancellation.cancel();
          }
        };

    assertThatThrownBy(() -> ReportRun.run(request, progress, cancellation))
        .isInstanceOf(CancellationException.class);
    assertThat(rows).hasValue(68);
    assertThat(clients).hasValue(50);
    assertThat(analysedClients).hasValue(50);
    try (Stream<Path> written = Files.list(output)) {
      assertThat(written).isEmpty();
    }
  }
}
