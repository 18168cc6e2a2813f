package dev.tandem.store;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSink;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stored responses to some questionnaires, read in the order they were stored: the answers one
 * imported row gave to several questionnaires come back as one {@link Response} with the provenance
 * of that row (file and line), as they were read from the export. Blocks are fetched lazily, so
 * memory does not grow with the store; {@link #stream} accounts for them as an import does.
 */
public final class StoredResponses {

  private final Connection connection;
  private final Map<String, Questionnaire> questionnaires;

  StoredResponses(Connection connection, List<Questionnaire> questionnaires) {
    this.connection = connection;
    this.questionnaires =
        questionnaires.stream()
            .collect(
                Collectors.toMap(
                    Questionnaire::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  /**
   * Hands every stored response to the sink, as {@code Importer.stream} hands those of a file: each
   * is one row read and scored; one whose answers no longer fit its questionnaire's definition (the
   * number of statements changed) is rejected with a reason. Responses to other questionnaires are
   * skipped.
   */
  public ImportSummary stream(ResponseSink sink) {
    Objects.requireNonNull(sink, "sink must not be null");
    Streamed streamed = new Streamed(sink);
    try {
      Map<Integer, Path> files = ImportSources.files(connection);
      new ResponseBlocks(connection)
          .scan(
              block -> {
                Path file = files.get(block.sourceId());
                for (PackedResponse response : block.responses()) {
                  streamed.add(response, new Position(file, response.line(), 0));
                }
              });
      streamed.end();
    } catch (SQLException e) {
      throw new StoreException(
          "could not read the store (H2 error "
              + e.getErrorCode()
              + "); if this persists, restore it from a backup",
          e);
    }
    return new ImportSummary(
        streamed.accepted + streamed.rejectedRows,
        streamed.accepted,
        streamed.rejectedRows,
        0,
        0,
        List.of());
  }

  /**
   * The stored responses on their way to the sink: those to several questionnaires from one row
   * joined again, those that no longer fit their definition rejected.
   */
  private final class Streamed {
    private final ResponseSink sink;
    private Optional<Pending> pending = Optional.empty();
    private int accepted;
    private int rejectedRows;

    Streamed(ResponseSink sink) {
      this.sink = sink;
    }

    void add(PackedResponse response, Position source) {
      Questionnaire questionnaire = questionnaires.get(response.questionnaireId());
      if (questionnaire == null) {
        return;
      }
      Answers answers = response.answers();
      if (answers.size() != questionnaire.items().size()) {
        sink.rejection(
            Rejection.row(
                source,
                "",
                "the stored answers to "
                    + questionnaire.id()
                    + " have "
                    + answers.size()
                    + " statements, its definition now "
                    + questionnaire.items().size(),
                "use the definition the answers were given to (-q FILE), or export them and map the columns"));
        rejectedRows++;
        return;
      }
      if (pending.isPresent() && !pending.get().sameRow(response, source)) {
        end();
      }
      if (pending.isEmpty()) {
        pending = Optional.of(new Pending(response, source));
      }
      pending.get().answers.put(questionnaire.id(), answers);
    }

    void end() {
      if (pending.isPresent()) {
        sink.response(pending.get().response());
        accepted++;
        pending = Optional.empty();
      }
    }
  }

  /** The answers of one stored row, gathered while the next responses belong to it. */
  private static final class Pending {
    private final PackedResponse first;
    private final Position source;
    private final Map<String, Answers> answers = new LinkedHashMap<>();

    Pending(PackedResponse first, Position source) {
      this.first = first;
      this.source = source;
    }

    boolean sameRow(PackedResponse other, Position otherSource) {
      return first.respondentId().equals(other.respondentId())
          && first.submitted().equals(other.submitted())
          && source.equals(otherSource);
    }

    Response response() {
      return new Response(
          first.respondentId(),
          first.name(),
          first.coupleCode(),
          first.submitted(),
          source,
          answers);
    }
  }
}
