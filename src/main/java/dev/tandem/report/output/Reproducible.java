package dev.tandem.report.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes a report's bytes depend on its content only: the same input gives the same file, so a
 * re-run is recognised as unchanged and an edit by the coach stands out. The dates stamped into the
 * document are the {@code asOf} instant the caller chooses from the data (for example the latest
 * assessment), not the clock; PDF's file identifier is derived from the report's name and that date
 * instead of from the time and a random number. POI stamps every part of a workbook's zip with the
 * clock, so {@link #bytes(Workbook, Instant)} writes the chosen date over each part's. Pictures are
 * stored in the zip without a second compression ({@link WorkbookZip}).
 */
public final class Reproducible {

  public static final String CREATOR = "Tandem";

  private Reproducible() {}

  public static void stamp(XSSFWorkbook workbook, Instant asOf) {
    Objects.requireNonNull(workbook, "workbook must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    Optional<Date> date = Optional.of(Date.from(asOf));
    core.setCreated(date);
    core.setModified(date);
    core.setCreator(CREATOR);
    core.getUnderlyingProperties().setLastModifiedByProperty(CREATOR);
    workbook
        .getProperties()
        .getExtendedProperties()
        .getUnderlyingProperties()
        .setApplication(CREATOR);
  }

  /**
   * The workbook's file, stamped with {@code asOf} throughout: document properties and the date of
   * every part in the zip. An {@code XSSFWorkbook}.
   */
  public static byte[] bytes(Workbook workbook, Instant asOf) throws IOException {
    Objects.requireNonNull(workbook, "workbook must not be null");
    if (!(workbook instanceof XSSFWorkbook xssf)) {
      throw new IllegalArgumentException(
          "Tandem writes .xlsx workbooks only, not " + workbook.getClass().getSimpleName());
    }
    stamp(xssf, asOf);
    return restampZip(WorkbookZip.of(xssf), asOf);
  }

  /** Signatures of the zip records whose dates are stamped. */
  private static final int CENTRAL_ENTRY = 0x02014b50;

  private static final int LOCAL_ENTRY = 0x04034b50;
  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int END_RECORD_SIZE = 22;

  /**
   * The zip with every entry's date and time, in its local header and in the central directory, set
   * to {@code asOf} (UTC, to the format's two seconds; dates before 1980, which the format cannot
   * hold, as 1 January 1980). The dates are written over in place: the compressed parts are left as
   * they are, not inflated and deflated again.
   */
  static byte[] restampZip(byte[] zip, Instant asOf) throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(asOf, ZoneOffset.UTC);
    if (time.getYear() < 1980) {
      time = LocalDateTime.of(1980, 1, 1, 0, 0);
    }
    short dosTime =
        (short) ((time.getHour() << 11) | (time.getMinute() << 5) | (time.getSecond() / 2));
    short dosDate =
        (short)
            (((time.getYear() - 1980) << 9) | (time.getMonthValue() << 5) | time.getDayOfMonth());
    ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = endOfDirectory(bytes);
    int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
    int at = bytes.getInt(end + 16);
    for (int i = 0; i < entries; i++) {
      expect(bytes, at, CENTRAL_ENTRY);
      bytes.putShort(at + 12, dosTime).putShort(at + 14, dosDate);
      int local = bytes.getInt(at + 42);
      expect(bytes, local, LOCAL_ENTRY);
      bytes.putShort(local + 10, dosTime).putShort(local + 12, dosDate);
      at +=
          46
              + Short.toUnsignedInt(bytes.getShort(at + 28))
              + Short.toUnsignedInt(bytes.getShort(at + 30))
              + Short.toUnsignedInt(bytes.getShort(at + 32));
    }
    return zip;
  }

  /** Where the end-of-central-directory record starts: the last one, before any zip comment. */
  private static int endOfDirectory(ByteBuffer bytes) throws IOException {
    for (int at = bytes.limit() - END_RECORD_SIZE; at >= 0; at--) {
      if (bytes.getInt(at) == END_OF_DIRECTORY) {
        return at;
      }
    }
    throw new IOException("the workbook written is not a zip file (no central directory)");
  }

  private static void expect(ByteBuffer bytes, int at, int signature) throws IOException {
    if (at < 0 || at > bytes.limit() - 4 || bytes.getInt(at) != signature) {
      throw new IOException(
          "the workbook written has a zip entry Tandem cannot stamp (at byte " + at + ")");
    }
  }

  /** Fixes the document information dates and the trailer's file identifier. */
  public static void stamp(PDDocument document, String reportName, Instant asOf) {
    Objects.requireNonNull(document, "document must not be null");
    Objects.requireNonNull(reportName, "reportName must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    calendar.setTime(Date.from(asOf));
    PDDocumentInformation information = document.getDocumentInformation();
    information.setCreationDate(calendar);
    information.setModificationDate(calendar);
    information.setCreator(CREATOR);
    information.setProducer(CREATOR);
    byte[] id = md5((reportName + "|" + asOf).getBytes(StandardCharsets.UTF_8));
    COSArray identifier = new COSArray();
    identifier.add(new COSString(id));
    identifier.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, identifier);
  }

  private static byte[] md5(byte[] bytes) {
    try {
      // PDF's identifier is 16 bytes by convention; this is a name, not a security measure
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }
}
