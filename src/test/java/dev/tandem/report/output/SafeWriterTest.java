package dev.tandem.report.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeWriterTest {

  @TempDir Path folder;

  private static SafeWriter.Content text(String content) {
    return out -> out.write(content.getBytes(UTF_8));
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesAReportAndRecordsItsHash() throws IOException {
    WriteResult result = new SafeWriter(folder).write("client.xlsx", text("first"));

    assertThat(result.status()).isEqualTo(WriteResult.Status.WRITTEN);
    assertThat(result.message()).isEqualTo(folder.resolve("client.xlsx") + " written");
    assertThat(Files.readString(folder.resolve("client.xlsx"))).isEqualTo("first");
    assertThat(listing()).containsExactly(".tandem-manifest", "client.xlsx");
    assertThat(Files.readString(folder.resolve(".tandem-manifest")))
        .isEqualTo(SafeWriter.hashOf(folder.resolve("client.xlsx")) + "  client.xlsx\n");
  }

  @Test
  void reportsAreReadableByTheOwnerOnly() throws IOException {
    new SafeWriter(folder).write("client.xlsx", text("first"));

    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve("client.xlsx"))))
        .isEqualTo("rw-------");
  }

  @Test
  void replacesAReportTandemWroteAndNobodyChanged() throws IOException {
    new SafeWriter(folder).write("client.xlsx", text("first"));

    WriteResult second = new SafeWriter(folder).write("client.xlsx", text("second"));

    assertThat(second.status()).isEqualTo(WriteResult.Status.WRITTEN);
    assertThat(Files.readString(folder.resolve("client.xlsx"))).isEqualTo("second");
    assertThat(listing()).containsExactly(".tandem-manifest", "client.xlsx");
  }

  @Test
  void sameContentLeavesTheFileUnchanged() throws IOException {
    new SafeWriter(folder).write("client.xlsx", text("same"));

    WriteResult again = new SafeWriter(folder).write("client.xlsx", text("same"));

    assertThat(again.status()).isEqualTo(WriteResult.Status.UNCHANGED);
    assertThat(again.message()).isEqualTo(folder.resolve("client.xlsx") + " is unchanged");
  }

  @Test
  void anEditedReportIsKeptAndTheNewOneGoesBesideIt() throws IOException {
    new SafeWriter(folder).write("client.xlsx", text("first"));
    Files.writeString(folder.resolve("client.xlsx"), "coach's notes");

    WriteResult result = new SafeWriter(folder).write("client.xlsx", text("second"));

    assertThat(result.status()).isEqualTo(WriteResult.Status.WRITTEN_BESIDE);
    assertThat(result.file()).isEqualTo(folder.resolve("client (new).xlsx"));
    assertThat(result.message())
        .isEqualTo(
            folder.resolve("client.xlsx")
                + " was changed since Tandem wrote it, so it was kept and the new report was written as client (new).xlsx");
    assertThat(Files.readString(folder.resolve("client.xlsx"))).isEqualTo("coach's notes");
    assertThat(Files.readString(folder.resolve("client (new).xlsx"))).isEqualTo("second");
  }

  @Test
  void theCopyBesideAnEditedReportIsReplacedOnTheNextRun() throws IOException {
    new SafeWriter(folder).write("client.xlsx", text("first"));
    Files.writeString(folder.resolve("client.xlsx"), "coach's notes");
    new SafeWriter(folder).write("client.xlsx", text("second"));

    WriteResult third = new SafeWriter(folder).write("client.xlsx", text("third"));

    assertThat(third.file()).isEqualTo(folder.resolve("client (new).xlsx"));
    assertThat(Files.readString(folder.resolve("client (new).xlsx"))).isEqualTo("third");
    assertThat(listing()).containsExactly(".tandem-manifest", "client (new).xlsx", "client.xlsx");
  }

  @Test
  void aFileTandemHasNoRecordOfIsNotOverwritten() throws IOException {
    Files.writeString(folder.resolve("client.xlsx"), "someone else's");

    WriteResult result = new SafeWriter(folder).write("client.xlsx", text("ours"));

    assertThat(result.status()).isEqualTo(WriteResult.Status.WRITTEN_BESIDE);
    assertThat(result.message())
        .isEqualTo(
            folder.resolve("client.xlsx")
                + " was not written by Tandem (or its record is gone), so it was kept and the new report was written as client (new).xlsx");
    assertThat(Files.readString(folder.resolve("client.xlsx"))).isEqualTo("someone else's");
  }

  @Test
  void aReportOpenInExcelIsNamedAndTheOthersAreStillWritten() throws IOException {
    new SafeWriter(folder).write("anna.xlsx", text("old"));
    Files.writeString(folder.resolve("~$anna.xlsx"), "lock");

    SafeWriter writer = new SafeWriter(folder);
    WriteResult anna = writer.write("anna.xlsx", text("new"));
    WriteResult ben = writer.write("ben.xlsx", text("new"));

    assertThat(anna.failed()).isTrue();
    assertThat(anna.message())
        .isEqualTo(
            folder.resolve("anna.xlsx")
                + " is open in a spreadsheet program (its lock file ~$anna.xlsx is there), so it was not replaced;"
                + " close it and run again");
    assertThat(Files.readString(folder.resolve("anna.xlsx"))).isEqualTo("old");
    assertThat(ben.status()).isEqualTo(WriteResult.Status.WRITTEN);
    assertThat(listing())
        .containsExactly(".tandem-manifest", "anna.xlsx", "ben.xlsx", "~$anna.xlsx");
  }

  @Test
  void excelsShortenedLockFileAndLibreOfficesLockFileAreRecognised() throws IOException {
    Files.writeString(folder.resolve("~$ient-report.xlsx"), "lock");
    Files.writeString(folder.resolve(".~lock.other.xlsx#"), "lock");

    assertThat(SafeWriter.lockFileOf(folder.resolve("client-report.xlsx")))
        .contains(folder.resolve("~$ient-report.xlsx"));
    assertThat(SafeWriter.lockFileOf(folder.resolve("other.xlsx")))
        .contains(folder.resolve(".~lock.other.xlsx#"));
    assertThat(SafeWriter.lockFileOf(folder.resolve("third.xlsx"))).isEmpty();
  }

  @Test
  void aRefusedMoveIsAFailedResultAndLeavesNoPartialFile() throws IOException {
    // a non-empty folder where the report should go: the system refuses to replace it
    Files.createDirectories(folder.resolve("client.xlsx").resolve("inside"));

    SafeWriter writer = new SafeWriter(folder);
    WriteResult refused = writer.write("client.xlsx", text("new"));
    WriteResult other = writer.write("other.xlsx", text("new"));

    assertThat(refused.failed()).isTrue();
    assertThat(refused.message())
        .isEqualTo(
            folder.resolve("client.xlsx")
                + " could not be replaced (FileSystem: Is a directory); if it is open in Excel or another program,"
                + " close it and run again");
    assertThat(other.status()).isEqualTo(WriteResult.Status.WRITTEN);
    assertThat(listing()).containsExactly(".tandem-manifest", "client.xlsx", "other.xlsx");
  }

  @Test
  void aFailingReportBuilderLeavesTheOldReportAndNoPartialFile() throws IOException {
    new SafeWriter(folder).write("client.xlsx", text("old"));

    assertThatThrownBy(
            () ->
                new SafeWriter(folder)
                    .write(
                        "client.xlsx",
                        out -> {
                          out.write("half".getBytes(UTF_8));
                          throw new IllegalStateException("chart failed");
                        }))
        .hasMessage("chart failed");

    assertThat(Files.readString(folder.resolve("client.xlsx"))).isEqualTo("old");
    assertThat(listing()).containsExactly(".tandem-manifest", "client.xlsx");
  }

  @Test
  void aRunKilledMidWriteLeavesTheOldReportIntact() throws Exception {
    new SafeWriter(folder).write("client.xlsx", text("old report"));
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HalfWritingRun.class.getName(),
                folder.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
      assertThat(out.readLine()).isEqualTo(HalfWritingRun.HALF_WRITTEN);
      assertThat(listing()).anyMatch(name -> name.endsWith(".partial"));
      child.destroyForcibly();
      child.waitFor();
    }

    assertThat(Files.readString(folder.resolve("client.xlsx"))).isEqualTo("old report");
    new SafeWriter(folder);
    assertThat(listing()).containsExactly(".tandem-manifest", "client.xlsx");
  }

  @Test
  void partialFilesOfALiveRunAreLeftAlone() throws IOException {
    Path mine = folder.resolve(".tandem-" + ProcessHandle.current().pid() + "-123.partial");
    Files.writeString(mine, "in progress");

    new SafeWriter(folder);

    assertThat(mine).exists();
  }

  @Test
  void aFileNameWithAFolderIsRefused() {
    assertThatThrownBy(() -> new SafeWriter(folder).write("../escape.xlsx", text("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a report file name is a plain name, not ../escape.xlsx");
  }

  @Test
  void writersInSeveralThreadsKeepEveryRecord() throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<WriteResult>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String name = "client-" + i + ".xlsx";
        results.add(pool.submit(() -> new SafeWriter(folder).write(name, text(name))));
      }
      for (java.util.concurrent.Future<WriteResult> result : results) {
        assertThat(result.get().status()).isEqualTo(WriteResult.Status.WRITTEN);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(Files.readAllLines(folder.resolve(SafeWriter.MANIFEST))).hasSize(40);
    Files.writeString(folder.resolve("client-7.xlsx"), "edited");
    assertThat(new SafeWriter(folder).write("client-7.xlsx", text("again")).status())
        .isEqualTo(WriteResult.Status.WRITTEN_BESIDE);
  }

  @Test
  void oneWriterSharedByThreadsKeepsEveryRecordOnceSaved() throws Exception {
    SafeWriter shared = new SafeWriter(folder);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<WriteResult>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String name = "client-" + i + ".xlsx";
        results.add(
            pool.submit(
                () -> {
                  WriteResult result = shared.writeRecordLater(name, text(name));
                  if (name.endsWith("7.xlsx")) {
                    shared.saveRecord();
                  }
                  return result;
                }));
      }
      for (java.util.concurrent.Future<WriteResult> result : results) {
        assertThat(result.get().status()).isEqualTo(WriteResult.Status.WRITTEN);
      }
    } finally {
      pool.shutdownNow();
    }
    shared.saveRecord();

    assertThat(Files.readAllLines(folder.resolve(SafeWriter.MANIFEST))).hasSize(40);
    assertThat(new SafeWriter(folder).write("client-9.xlsx", text("again")).status())
        .isEqualTo(WriteResult.Status.WRITTEN);
  }

  @Test
  void aRecordKeptForLaterIsSavedBesideWhatAnotherWriterSavedMeanwhile() throws IOException {
    SafeWriter later = new SafeWriter(folder);
    later.writeRecordLater("client.xlsx", text("client"));
    assertThat(listing()).containsExactly("client.xlsx");

    new SafeWriter(folder).write("key.xlsx", text("key"));
    later.saveRecord();

    assertThat(Files.readString(folder.resolve(SafeWriter.MANIFEST)))
        .isEqualTo(
            SafeWriter.hashOf(folder.resolve("client.xlsx"))
                + "  client.xlsx\n"
                + SafeWriter.hashOf(folder.resolve("key.xlsx"))
                + "  key.xlsx\n");
  }

  @Test
  void aReportWithoutItsRecordIsKeptByTheNextRun() throws IOException {
    new SafeWriter(folder).writeRecordLater("client.xlsx", text("first"));

    WriteResult next = new SafeWriter(folder).write("client.xlsx", text("second"));

    assertThat(next.status()).isEqualTo(WriteResult.Status.WRITTEN_BESIDE);
    assertThat(Files.readString(folder.resolve("client.xlsx"))).isEqualTo("first");
  }
}
