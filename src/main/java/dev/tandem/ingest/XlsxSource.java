package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * The rows of one sheet of an Excel workbook (.xlsx), the first unless {@code --sheet} names
 * another (by name or 1-based number), streamed: the sheet's XML is pulled one row at a time by
 * {@link SheetRows}, so a workbook of Excel's full 1,048,576 rows imports in a small heap. Only the
 * parts a sheet refers to (shared strings, styles, the list of sheets) are held in memory, each at
 * most {@link #MAX_ENTRY_BYTES} unpacked. Zip limits are set before any workbook is opened, so a
 * crafted file cannot expand into gigabytes: see {@link #MIN_INFLATE_RATIO}, {@link
 * #MAX_SHEET_BYTES}, {@link #MAX_TEXT_CHARS}; document type declarations are refused, so no entity
 * is expanded. Cells are turned into text as a CSV export would show them ({@link CellText}).
 */
final class XlsxSource implements RowSource {

  /** An entry that expands more than 100-fold (compressed/uncompressed below 0.01) is refused. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /**
   * No part of a workbook that is read whole (shared strings, styles, sheet list) may expand beyond
   * 100 MB.
   */
  static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

  /** The streamed sheet may unpack to the most a zip entry can hold without Zip64 (4 GB). */
  static final long MAX_SHEET_BYTES = 0xFFFF_FFFFL;

  /** At most 20 million characters of text are extracted. */
  static final long MAX_TEXT_CHARS = 20_000_000L;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
  }

  private final Path file;
  private final OPCPackage zip;
  private final SheetRows rows;
  private final String format;

  private XlsxSource(Path file, OPCPackage zip, SheetRows rows, String format) {
    this.file = file;
    this.zip = zip;
    this.rows = rows;
    this.format = format;
  }

  static XlsxSource open(Path file, Optional<String> sheetName) {
    checkSignature(file);
    OPCPackage zip;
    try {
      zip = OPCPackage.open(PipedInputs.readable(file).toFile(), PackageAccess.READ);
    } catch (OpenXML4JException | UnsupportedFileFormatException | InvalidOperationException e) {
      throw unusable(file, e);
    }
    boolean opened = false;
    try {
      XSSFReader reader = new XSSFReader(zip);
      WorkbookIndex index = WorkbookIndex.read(new LimitedPart(reader.getWorkbookData()));
      WorkbookIndex.Sheet sheet = chooseSheet(file, index, sheetName);
      CellText cells = new CellText(sharedStrings(zip), styles(zip), index.date1904());
      SheetRows rows =
          SheetRows.open(file, sheet.name(), reader.getSheet(sheet.relationId()), cells);
      opened = true;
      return new XlsxSource(file, zip, rows, "Excel workbook, sheet \"" + sheet.name() + "\"");
    } catch (IOException
        | OpenXML4JException
        | XMLStreamException
        | SAXException
        | POIXMLException
        | InvalidOperationException e) {
      throw unusable(file, e);
    } finally {
      if (!opened) {
        zip.revert();
      }
    }
  }

  private static ReadOnlySharedStringsTable sharedStrings(OPCPackage zip)
      throws IOException, SAXException {
    Optional<PackagePart> part = part(zip, XSSFRelation.SHARED_STRINGS);
    if (part.isEmpty()) {
      return new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
    }
    try (InputStream in = new LimitedPart(part.get().getInputStream())) {
      return new ReadOnlySharedStringsTable(in, false);
    }
  }

  private static Optional<StylesTable> styles(OPCPackage zip) throws IOException {
    Optional<PackagePart> part = part(zip, XSSFRelation.STYLES);
    if (part.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = new LimitedPart(part.get().getInputStream())) {
      return Optional.of(new StylesTable(in));
    }
  }

  private static Optional<PackagePart> part(OPCPackage zip, XSSFRelation relation) {
    return zip.getPartsByContentType(relation.getContentType()).stream().findFirst();
  }

  private static WorkbookIndex.Sheet chooseSheet(
      Path file, WorkbookIndex workbook, Optional<String> wanted) {
    List<WorkbookIndex.Sheet> sheets = workbook.sheets();
    if (sheets.isEmpty()) {
      throw new ImportException(Position.ofFile(file), "the workbook has no sheets");
    }
    if (wanted.isEmpty()) {
      return sheets.get(0);
    }
    for (WorkbookIndex.Sheet sheet : sheets) {
      if (sheet.name().equalsIgnoreCase(wanted.get())) {
        return sheet;
      }
    }
    if (wanted.get().matches("\\d{1,3}")) {
      int number = Integer.parseInt(wanted.get());
      if (number >= 1 && number <= sheets.size()) {
        return sheets.get(number - 1);
      }
    }
    List<String> names = new ArrayList<>();
    sheets.forEach(s -> names.add("\"" + s.name() + "\""));
    throw new ImportException(
        Position.ofFile(file),
        "the workbook has no sheet \""
            + wanted.get()
            + "\"; its sheets are "
            + String.join(", ", names)
            + ". Pass --sheet with one of them or its number");
  }

  private static void checkSignature(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(PipedInputs.readable(file))) {
      head = in.readNBytes(4);
    } catch (NoSuchFileException e) {
      throw new ImportException(Position.ofFile(file), "the file does not exist; check the path");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (head.length == 0) {
      throw new ImportException(
          Position.ofFile(file), "the file is empty; export the responses again");
    }
    if (head.length == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
      throw new ImportException(
          Position.ofFile(file),
          "the file is an old-style .xls workbook or a"
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
      if (t instanceof LimitedPart.TooLarge
          || message.contains("Zip bomb")
          || message.contains("ZipSecureFile")
          || message.contains("exceeds the max")) {
        return new ImportException(
            Position.ofFile(file),
            "the workbook would expand to far more data than"
                + " its size suggests (more than "
                + MAX_ENTRY_BYTES / (1024 * 1024)
                + " MB in one part, or over "
                + Math.round(1 / MIN_INFLATE_RATIO)
                + " times its compressed size), so it was not opened; this"
                + " is how a \"zip bomb\" looks. Export the responses again from the survey tool");
      }
    }
    return notAWorkbook(file);
  }

  private static ImportException notAWorkbook(Path file) {
    return new ImportException(
        Position.ofFile(file),
        "the file ends in .xlsx but is not an Excel workbook"
            + " (it may be another kind of file renamed, or damaged); open it in Excel and save it as"
            + " \"Excel Workbook (.xlsx)\", or rename it to .csv if it is CSV text");
  }

  @Override
  public Optional<Row> next() {
    try {
      return rows.next();
    } catch (XMLStreamException e) {
      throw unusable(file, e);
    }
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
    rows.close();
    zip.revert();
  }

  /**
   * A part read whole, cut off with {@link TooLarge} once it unpacks beyond {@link
   * #MAX_ENTRY_BYTES}.
   */
  private static final class LimitedPart extends FilterInputStream {

    /** The part unpacks beyond the limit. */
    static final class TooLarge extends IOException {
      private static final long serialVersionUID = 1L;

      TooLarge() {
        super("a workbook part unpacks beyond " + MAX_ENTRY_BYTES + " bytes");
      }
    }

    private long read;

    LimitedPart(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > MAX_ENTRY_BYTES) {
        throw new TooLarge();
      }
    }
  }
}
