package dev.tandem.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempDirTest {

  private static final String SECRET = "Partner says: I feel smothered";

  @TempDir Path systemTemp;

  private static List<Path> filesUnder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static boolean anyFileContains(Path folder, String text) throws IOException {
    for (Path file : filesUnder(folder)) {
      if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static void fill(SXSSFWorkbook workbook) {
    Sheet sheet = workbook.createSheet("Scores");
    for (int r = 0; r < 500; r++) { // more rows than the window, so rows go to disk
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue(SECRET + " " + r);
    }
  }

  @Test
  void poiTemporaryFilesGoIntoAnOwnerOnlyFolderThatIsRemovedOnClose() throws IOException {
    Path folder;
    try (PrivateTempDir temp = PrivateTempDir.open(systemTemp)) {
      folder = temp.directory();
      File made = TempFile.createTempFile("poi-sxssf-sheet", ".xml");

      assertThat(made.toPath().getParent()).isEqualTo(folder);
      assertThat(folder.getParent()).isEqualTo(systemTemp);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
          .isEqualTo("rwx------");
    }
    assertThat(folder).doesNotExist();
    try (Stream<Path> left = Files.list(systemTemp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void theFolderIsRemovedWhenReportWritingFails() {
    Path[] folder = new Path[1];
    try (PrivateTempDir temp = PrivateTempDir.open(systemTemp)) {
      folder[0] = temp.directory();
      TempFile.createTempFile("chart", ".png");
      throw new IllegalStateException("report failed");
    } catch (IllegalStateException | IOException expected) {
      // the run fails; the folder must still go
    }
    assertThat(folder[0]).doesNotExist();
  }

  @Test
  void streamingRowsAreEncryptedOnDisk() throws IOException {
    try (PrivateTempDir temp = PrivateTempDir.open(systemTemp)) {
      SXSSFWorkbook workbook = temp.streamingWorkbook();
      fill(workbook);

      assertThat(filesUnder(temp.directory())).isNotEmpty();
      assertThat(anyFileContains(temp.directory(), "smothered")).isFalse();

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      workbook.close();
      try (XSSFWorkbook read =
          new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
        assertThat(read.getSheet("Scores").getRow(499).getCell(0).getStringCellValue())
            .isEqualTo(SECRET + " 499");
      }
    }
  }

  @Test
  void aPlainStreamingWorkbookWouldLeaveTheRowsReadable() throws IOException {
    // the contrast that shows the test above can fail
    try (PrivateTempDir temp = PrivateTempDir.open(systemTemp);
        SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      fill(workbook);

      assertThat(anyFileContains(temp.directory(), "smothered")).isTrue();
    }
  }

  @Test
  void foldersOfDeadRunsAreRemovedAndOthersKept() throws IOException {
    Path dead = Files.createDirectories(systemTemp.resolve("tandem-" + Long.MAX_VALUE + "-1"));
    Files.writeString(dead.resolve("poi-sheet.xml"), "left over");
    Path alive =
        Files.createDirectories(
            systemTemp.resolve("tandem-" + ProcessHandle.current().pid() + "-2"));
    Path unrelated = Files.createDirectories(systemTemp.resolve("tandem-notes"));

    try (PrivateTempDir temp = PrivateTempDir.open(systemTemp)) {
      assertThat(temp.directory()).exists();
      assertThat(dead).doesNotExist();
      assertThat(alive).exists();
      assertThat(unrelated).exists();
    }
  }
}
