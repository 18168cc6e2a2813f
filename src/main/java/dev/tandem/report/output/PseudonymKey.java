package dev.tandem.report.output;

import dev.tandem.scoring.Pseudonyms;
import dev.tandem.scoring.Pseudonyms.CoupleKeyEntry;
import dev.tandem.scoring.Pseudonyms.KeyEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The key of pseudonymised runs: which client each client code stands for ("Key" sheet) and which
 * couple code each couple's code stands for ("Couples" sheet). It is the one file that names
 * people, so it goes where the coach says (apart from the reports they may pass on), is written
 * safely like a report and is encrypted with the run's password when there is one. A key that is
 * already there is extended with this run's codes, never replaced: earlier runs' reports stay
 * readable.
 */
public final class PseudonymKey {

  static final List<String> HEADER = List.of("Code", "Respondent id", "Name");
  static final List<String> COUPLE_HEADER = List.of("Code", "Couple code");
  static final String CLIENT_SHEET = "Key";
  static final String COUPLE_SHEET = "Couples";

  /** Every line of a key: clients and couples by code. */
  public record Entries(List<KeyEntry> clients, List<CoupleKeyEntry> couples) {
    public Entries {
      clients = List.copyOf(clients);
      couples = List.copyOf(couples);
    }

    /** These entries and the other's, one line per code (this one's line where both have it). */
    public Entries with(Entries other) {
      Map<String, KeyEntry> byCode = new TreeMap<>();
      other.clients.forEach(entry -> byCode.put(entry.code(), entry));
      clients.forEach(entry -> byCode.put(entry.code(), entry));
      Map<String, CoupleKeyEntry> couplesByCode = new TreeMap<>();
      other.couples.forEach(entry -> couplesByCode.put(entry.code(), entry));
      couples.forEach(entry -> couplesByCode.put(entry.code(), entry));
      return new Entries(List.copyOf(byCode.values()), List.copyOf(couplesByCode.values()));
    }
  }

  private PseudonymKey() {}

  /**
   * The entries of the key at {@code file}, none if there is no file. A file that is not a key
   * Tandem wrote, or one the password does not open, is an {@link OutputException} saying what to
   * do: the run stops before it writes anything rather than replace it.
   */
  public static Entries read(Path file, Optional<ReportPassword> password) {
    Objects.requireNonNull(file, "file must not be null");
    if (!Files.exists(file)) {
      return new Entries(List.of(), List.of());
    }
    try (Workbook workbook =
        WorkbookFactory.create(
            file.toFile(), password.map(ReportPassword::value).orElse(null), true)) {
      Sheet clients = workbook.getSheet(CLIENT_SHEET);
      if (clients == null || !HEADER.equals(cells(clients.getRow(0), HEADER.size()))) {
        throw notAKey(file);
      }
      List<KeyEntry> clientEntries = new ArrayList<>();
      for (Row row : clients) {
        if (row.getRowNum() > 0) {
          List<String> cells = cells(row, HEADER.size());
          clientEntries.add(
              new KeyEntry(
                  cells.get(0),
                  cells.get(1),
                  cells.get(2).isEmpty() ? Optional.empty() : Optional.of(cells.get(2))));
        }
      }
      List<CoupleKeyEntry> coupleEntries = new ArrayList<>();
      Sheet couples = workbook.getSheet(COUPLE_SHEET);
      if (couples != null) {
        for (Row row : couples) {
          if (row.getRowNum() > 0) {
            List<String> cells = cells(row, COUPLE_HEADER.size());
            coupleEntries.add(new CoupleKeyEntry(cells.get(0), cells.get(1)));
          }
        }
      }
      return new Entries(clientEntries, coupleEntries);
    } catch (EncryptedDocumentException e) {
      throw new OutputException(
          file
              + ": the key of earlier runs is there, but "
              + (password.isPresent()
                  ? "this run's password does not open it"
                  : "it is encrypted and this run has no" + " password")
              + "; run with the password of the earlier runs, or choose another --key-file");
    } catch (IOException | IllegalArgumentException e) {
      throw notAKey(file);
    }
  }

  private static OutputException notAKey(Path file) {
    return new OutputException(
        file
            + ": a file is there that is not a key Tandem wrote, so it was left as it"
            + " was; choose another --key-file, or move the file away");
  }

  private static List<String> cells(Row row, int count) {
    DataFormatter formatter = new DataFormatter();
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      Cell cell = row == null ? null : row.getCell(c);
      cells.add(cell == null ? "" : formatter.formatCellValue(cell));
    }
    return cells;
  }

  /**
   * Writes the key with every entry given (the earlier key's included, see {@link Entries#with}).
   */
  public static WriteResult write(
      Path file, Entries key, Optional<ReportPassword> password, Instant asOf) {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(key, "key must not be null");
    Path folder = file.toAbsolutePath().getParent();
    return new SafeWriter(folder)
        .write(
            file.getFileName().toString(),
            out -> {
              try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                Sheet clients = sheet(workbook, CLIENT_SHEET, HEADER);
                int r = 1;
                for (KeyEntry entry : key.clients()) {
                  row(
                      clients,
                      r++,
                      List.of(entry.code(), entry.respondentId(), entry.name().orElse("")));
                }
                Sheet couples = sheet(workbook, COUPLE_SHEET, COUPLE_HEADER);
                r = 1;
                for (CoupleKeyEntry entry : key.couples()) {
                  row(couples, r++, List.of(entry.code(), entry.coupleCode()));
                }
                Protection.write(workbook, password, asOf, out);
              }
            });
  }

  /** As {@link #write(Path, Entries, Optional, Instant)}, for clients only. */
  public static WriteResult write(
      Path file, List<Pseudonyms.KeyEntry> key, Optional<ReportPassword> password, Instant asOf) {
    return write(file, new Entries(key, List.of()), password, asOf);
  }

  private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> header) {
    Sheet sheet = workbook.createSheet(name);
    row(sheet, 0, header);
    sheet.createFreezePane(0, 1);
    for (int c = 0; c < header.size(); c++) {
      sheet.setColumnWidth(c, c == 0 ? 12 * 256 : 36 * 256);
    }
    return sheet;
  }

  private static void row(Sheet sheet, int index, List<String> values) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < values.size(); c++) {
      TextCells.set(row.createCell(c), values.get(c));
    }
  }
}
