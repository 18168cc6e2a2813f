package dev.tandem.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempDirTest {

  @TempDir Path systemTemp;

  private static List<Path> filesUnder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
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
