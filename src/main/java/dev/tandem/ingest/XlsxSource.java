package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of one sheet of an Excel workbook (.xlsx), the first unless {@code --sheet} names another
 * (by name or 1-based number). Zip limits are set explicitly before any workbook is opened, so a
 * crafted file cannot expand into gigabytes: see {@link #MIN_INFLATE_RATIO}, {@link #MAX_ENTRY_BYTES},
 * {@link #MAX_TEXT_CHARS}. Cells are turned into text as a CSV export would show them: whole numbers
 * without decimals, dates as ISO date-times.
 */
final class XlsxSource implements RowSource {

  /** An entry that expands more than 100-fold (compressed/uncompressed below 0.01) is refused. */
  static final double MIN_INFLATE_RATIO = 0.01;
  /** No part of a workbook may expand beyond 100 MB. */
  static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
  /** At most 20 million characters of text are extracted. */
  static final long MAX_TEXT_CHARS = 20_000_000L;

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
  }

  private final OPCPackage zip;
  private final Sheet sheet;
  private final int width;
  private final String format;
  private int next;

  private XlsxSource(OPCPackage zip, Sheet sheet, String format) {
    this.zip = zip;
    this.sheet = sheet;
    this.format = format;
    this.next = Math.max(0, sheet.getFirstRowNum());
    org.apache.poi.ss.usermodel.Row header = sheet.getRow(next);
    this.width = header == null ? 0 : Math.max(0, header.getLastCellNum());
  }

  static XlsxSource open(Path file, Optional<String> sheetName) {
    checkSignature(file);
    OPCPackage zip;
    XSSFWorkbook workbook;
    try {
      zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw unusable(file, e);
    }
    try {
      workbook = new XSSFWorkbook(zip);
    } catch (Exception e) {
      zip.revert();
      throw unusable(file, e);
    }
    Sheet sheet;
    try {
      sheet = chooseSheet(file, workbook, sheetName);
    } catch (ImportException e) {
      zip.revert();
      throw e;
    }
    if (sheet.getPhysicalNumberOfRows() == 0) {
      zip.revert();
      throw new ImportException(Position.ofFile(file), "the sheet \"" + sheet.getSheetName()
          + "\" is empty; export the responses again, or choose another sheet with --sheet");
    }
    return new XlsxSource(zip, sheet, "Excel workbook, sheet \"" + sheet.getSheetName() + "\"");
  }

  private static Sheet chooseSheet(Path file, XSSFWorkbook workbook, Optional<String> wanted) {
    if (workbook.getNumberOfSheets() == 0) {
      throw new ImportException(Position.ofFile(file), "the workbook has no sheets");
    }
    if (wanted.isEmpty()) {
      return workbook.getSheetAt(0);
    }
    Sheet byName = workbook.getSheet(wanted.get());
    if (byName != null) {
      return byName;
    }
    if (wanted.get().matches("\\d{1,3}")) {
      int number = Integer.parseInt(wanted.get());
      if (number >= 1 && number <= workbook.getNumberOfSheets()) {
        return workbook.getSheetAt(number - 1);
      }
    }
    List<String> names = new ArrayList<>();
    workbook.forEach(s -> names.add("\"" + s.getSheetName() + "\""));
    throw new ImportException(Position.ofFile(file), "the workbook has no sheet \"" + wanted.get()
        + "\"; its sheets are " + String.join(", ", names) + ". Pass --sheet with one of them or its number");
  }

  private static void checkSignature(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4);
    } catch (NoSuchFileException e) {
      throw new ImportException(Position.ofFile(file), "the file does not exist; check the path");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (head.length == 0) {
      throw new ImportException(Position.ofFile(file), "the file is empty; export the responses again");
    }
    if (head.length == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
      throw new ImportException(Position.ofFile(file), "the file is an old-style .xls workbook or a"
          + " password-protected one, which Tandem cannot read; open it in Excel and save it as"
          + " \"Excel Workbook (.xlsx)\" without a password, or as CSV");
    }
    if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
      throw notAWorkbook(file);
    }
  }

  private static ImportException unusable(Path file, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb") || message.contains("ZipSecureFile") || message.contains("exceeds the max")) {
        return new ImportException(Position.ofFile(file), "the workbook would expand to far more data than"
            + " its size suggests (more than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB in one part, or over "
            + Math.round(1 / MIN_INFLATE_RATIO) + " times its compressed size), so it was not opened; this"
            + " is how a \"zip bomb\" looks. Export the responses again from the survey tool");
      }
    }
    return notAWorkbook(file);
  }

  private static ImportException notAWorkbook(Path file) {
    return new ImportException(Position.ofFile(file), "the file ends in .xlsx but is not an Excel workbook"
        + " (it may be another kind of file renamed, or damaged); open it in Excel and save it as"
        + " \"Excel Workbook (.xlsx)\", or rename it to .csv if it is CSV text");
  }

  @Override
  public Optional<Row> next() {
    int last = sheet.getLastRowNum();
    if (next > last) {
      return Optional.empty();
    }
    int index = next++;
    org.apache.poi.ss.usermodel.Row row = sheet.getRow(index);
    String[] cells = new String[width];
    for (int c = 0; c < width; c++) {
      Cell cell = row == null ? null : row.getCell(c);
      cells[c] = cell == null ? "" : text(cell);
    }
    return Optional.of(new Row(index + 1, cells));
  }

  private static String text(Cell cell) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime value = cell.getLocalDateTimeCellValue();
          yield value == null ? "" : ISO.format(value);
        }
        double value = cell.getNumericCellValue();
        yield value == Math.rint(value) && Math.abs(value) < 1e15
            ? Long.toString((long) value)
            : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
      }
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> "#ERROR";
      default -> "";
    };
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  public List<String> notes() {
    return List.of();
  }

  @Override
  public void close() {
    zip.revert();
  }
}
