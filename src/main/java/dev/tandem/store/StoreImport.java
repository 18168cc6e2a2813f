package dev.tandem.store;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSink;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams export files into the store, {@value ResponseBlocks#SIZE} responses to a block or fewer
 * when their texts are long ({@link BlockFill}). What is stored already is known from the
 * fingerprints of the stored keys ({@link KeyIndex}, read once from the blocks' index); a response
 * whose fingerprint is there is compared with the stored ones of that block, and counted as already
 * there (same answers) or as a {@link Conflict} instead of being stored. Each file is committed on
 * its own, a large one every {@value #CHUNK} responses (or 2 MB of blocks), so a process killed
 * mid-import leaves every earlier file whole and an import of the same file again adds only what is
 * missing.
 */
final class StoreImport {

  static final int CHUNK = 10_000;
  // or sooner when the blocks of long texts written since the last commit take this many bytes
  private static final long CHUNK_BYTES = 8L * ResponseBlock.MAX_BYTES;
  // blocks read back to compare a re-imported response with: a re-import meets them in order
  private static final int CACHED_BLOCKS = 8;

  private final Connection connection;
  private final ResponseBlocks blocks;
  private final List<Questionnaire> questionnaires;
  private final ImportOptions options;
  private final Consumer<Rejection> rejected;
  private final Consumer<Conflict> conflicted;
  private final OffsetDateTime importedAt =
      OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  private final BlockFill pending = new BlockFill();
  private final Map<Integer, ResponseBlocks.Block> cached =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, ResponseBlocks.Block> eldest) {
          return size() > CACHED_BLOCKS;
        }
      };
  private Map<Integer, Path> files;
  private KeyIndex stored;
  private int pendingBlock;
  private Path file;
  // the file's row in import_source, added with its first block
  private Optional<Integer> sourceId = Optional.empty();
  private int uncommitted;
  private long uncommittedBytes;
  private int added;
  private int alreadyStored;
  private int conflicts;

  StoreImport(
      Connection connection,
      List<Questionnaire> questionnaires,
      ImportOptions options,
      Consumer<Rejection> rejected,
      Consumer<Conflict> conflicted) {
    this.connection = connection;
    this.blocks = new ResponseBlocks(connection);
    this.questionnaires = List.copyOf(questionnaires);
    this.options = options;
    this.rejected = rejected;
    this.conflicted = conflicted;
  }

  ImportReport run(List<Path> inputs) {
    int rowsRead = 0;
    int accepted = 0;
    int rejectedRows = 0;
    int droppedDuplicates = 0;
    int rejectedCells = 0;
    List<String> notes = new ArrayList<>();
    try {
      connection.setAutoCommit(false);
      files = ImportSources.files(connection);
      stored = blocks.keyIndex();
      pendingBlock = blocks.nextId();
      for (Path input : inputs) {
        file = input.toAbsolutePath().normalize();
        sourceId = Optional.empty();
        ImportSummary summary =
            Importer.stream(
                List.of(input),
                questionnaires,
                options,
                new ResponseSink() {
                  @Override
                  public void response(Response response) {
                    for (Map.Entry<String, Answers> answers : response.answers().entrySet()) {
                      place(
                          packed(response, answers.getKey(), answers.getValue()),
                          response.source());
                    }
                  }

                  @Override
                  public void rejection(Rejection rejection) {
                    rejected.accept(rejection);
                  }
                });
        writeBlock();
        commit();
        rowsRead += summary.rowsRead();
        accepted += summary.accepted();
        rejectedRows += summary.rejectedRows();
        droppedDuplicates += summary.droppedDuplicates();
        rejectedCells += summary.rejectedCells();
        notes.addAll(summary.notes());
      }
    } catch (SQLException e) {
      throw writeFailure(e);
    } finally {
      PracticeStore.endTransaction(connection);
    }
    return new ImportReport(
        new ImportSummary(
            rowsRead, accepted, rejectedRows, droppedDuplicates, rejectedCells, notes),
        added,
        alreadyStored,
        conflicts);
  }

  private static PackedResponse packed(Response response, String questionnaireId, Answers answers) {
    return new PackedResponse(
        questionnaireId,
        response.respondentId(),
        response.submitted(),
        response.name(),
        response.coupleCode(),
        response.source().line(),
        answers);
  }

  /** Stores the response in the pending block, unless its key is stored already. */
  private void place(PackedResponse response, Position source) {
    long fingerprint = response.fingerprint();
    try {
      for (int block : stored.blocks(fingerprint)) {
        if (countIfStored(response, source, block)) {
          return;
        }
      }
      if (!pending.fits(response)) {
        writeBlock();
        if (uncommitted >= CHUNK || uncommittedBytes >= CHUNK_BYTES) {
          commit();
        }
      }
      pending.add(response);
      stored.add(fingerprint, pendingBlock);
      added++;
    } catch (SQLException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Whether {@code block} holds a response with this one's key; if so it is counted as already
   * there (the same answers) or as a conflict.
   */
  private boolean countIfStored(PackedResponse response, Position source, int block)
      throws SQLException {
    List<PackedResponse> candidates;
    Path storedFrom;
    if (block == pendingBlock) {
      candidates = pending.responses();
      storedFrom = file;
    } else {
      ResponseBlocks.Block read = read(block);
      candidates = read.responses();
      storedFrom = files.get(read.sourceId());
    }
    for (PackedResponse candidate : candidates) {
      if (candidate.sameKey(response)) {
        if (candidate.answers().equals(response.answers())) {
          alreadyStored++;
        } else {
          conflicts++;
          conflicted.accept(
              new Conflict(
                  source,
                  response.questionnaireId(),
                  new Position(storedFrom, candidate.line(), 0)));
        }
        return true;
      }
    }
    return false;
  }

  private ResponseBlocks.Block read(int block) throws SQLException {
    ResponseBlocks.Block read = cached.get(block);
    if (read == null) {
      read = blocks.read(block);
      cached.put(block, read);
    }
    return read;
  }

  private void writeBlock() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    blocks.insert(new ResponseBlocks.Block(pendingBlock, sourceId(), pending.responses()));
    uncommitted += pending.responses().size();
    uncommittedBytes += pending.bytes();
    pending.clear();
    pendingBlock++;
  }

  private int sourceId() throws SQLException {
    if (sourceId.isEmpty()) {
      sourceId = Optional.of(ImportSources.add(connection, file, importedAt));
      files.put(sourceId.get(), file);
    }
    return sourceId.get();
  }

  private static StoreException writeFailure(SQLException e) {
    return new StoreException(
        "could not write to the store (H2 error "
            + e.getErrorCode()
            + "); the files"
            + " before the one being read are stored whole, and importing that file again adds what is missing",
        e);
  }

  private void commit() throws SQLException {
    writeBlock();
    connection.commit();
    uncommitted = 0;
    uncommittedBytes = 0;
  }
}
