package dev.tandem.report.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
 * clock, so {@link #bytes(Workbook, Instant)} writes the parts again with the chosen date.
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
    if (workbook instanceof XSSFWorkbook xssf) {
      stamp(xssf, asOf);
    } else {
      throw new IllegalArgumentException(
          "Tandem writes .xlsx workbooks only, not " + workbook.getClass().getSimpleName());
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    workbook.write(written);
    return restampZip(written.toByteArray(), asOf);
  }

  static byte[] restampZip(byte[] zip, Instant asOf) throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(asOf, ZoneOffset.UTC);
    ByteArrayOutputStream result = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(result)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(time);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return result.toByteArray();
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
