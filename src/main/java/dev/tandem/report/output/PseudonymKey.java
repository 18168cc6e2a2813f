package dev.tandem.report.output;

import dev.tandem.scoring.Pseudonyms;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the key of a pseudonymised run: which client each code stands for. It is the one file of
 * the run that names people, so it goes where the coach says (apart from the reports they may pass
 * on), is written safely like a report and is encrypted with the run's password when there is one.
 */
public final class PseudonymKey {

  static final List<String> HEADER = List.of("Code", "Respondent id", "Name");

  private PseudonymKey() {}

  public static WriteResult write(
      Path file, List<Pseudonyms.KeyEntry> key, Optional<ReportPassword> password, Instant asOf) {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(key, "key must not be null");
    Path folder = file.toAbsolutePath().getParent();
    return new SafeWriter(folder).write(file.getFileName().toString(), out -> {
      try (XSSFWorkbook workbook = new XSSFWorkbook()) {
        Sheet sheet = workbook.createSheet("Key");
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADER.size(); c++) {
          TextCells.set(header.createCell(c), HEADER.get(c));
        }
        int r = 1;
        for (Pseudonyms.KeyEntry entry : key) {
          Row row = sheet.createRow(r++);
          TextCells.set(row.createCell(0), entry.code());
          TextCells.set(row.createCell(1), entry.respondentId());
          TextCells.set(row.createCell(2), entry.name().orElse(""));
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < HEADER.size(); c++) {
          sheet.setColumnWidth(c, c == 0 ? 12 * 256 : 36 * 256);
        }
        Protection.write(workbook, password, asOf, out);
      }
    });
  }
}
