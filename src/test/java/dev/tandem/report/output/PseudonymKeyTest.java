package dev.tandem.report.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.scoring.Pseudonyms;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {

  private static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");
  private static final List<Pseudonyms.KeyEntry> KEY =
      List.of(
          new Pseudonyms.KeyEntry("0K3M-7QPA", "anna@example.org", Optional.of("=Anna")),
          new Pseudonyms.KeyEntry("M46P-ZX08", "ben@example.org", Optional.empty()));

  @TempDir Path folder;

  @Test
  void theKeyListsCodesWithIdsAndNamesAsText() throws IOException {
    Path file = folder.resolve("keep-apart").resolve("tandem-key.xlsx");

    WriteResult result = PseudonymKey.write(file, KEY, Optional.empty(), AS_OF);

    assertThat(result.status()).isEqualTo(WriteResult.Status.WRITTEN);
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet sheet = workbook.getSheet("Key");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Respondent id");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("0K3M-7QPA");
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("=Anna");
      assertThat(sheet.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("ben@example.org");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void withAPasswordTheKeyIsEncrypted() {
    Path file = folder.resolve("tandem-key.xlsx");

    PseudonymKey.write(file, KEY, Optional.of(ReportPassword.of("s3cret")), AS_OF);

    assertThatThrownBy(() -> WorkbookFactory.create(file.toFile(), null, true))
        .isInstanceOf(EncryptedDocumentException.class);
  }
}
