package dev.tandem.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.PrintSetup;

/** The paper a report is laid out for. */
public enum Paper {
  A4(PrintSetup.A4_PAPERSIZE, PDRectangle.A4),
  LETTER(PrintSetup.LETTER_PAPERSIZE, PDRectangle.LETTER);

  /** Countries where Letter is the usual office paper; everywhere else A4. */
  private static final Set<String> LETTER_COUNTRIES =
      Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR");

  private final short excelCode;
  private final PDRectangle pdfSize;

  Paper(short excelCode, PDRectangle pdfSize) {
    this.excelCode = excelCode;
    this.pdfSize = pdfSize;
  }

  /** The usual paper where the locale's country is; A4 when the locale names no country. */
  public static Paper forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
  }

  short excelCode() {
    return excelCode;
  }

  PDRectangle pdfSize() {
    return pdfSize;
  }

  /** Page width in points (1/72 inch). */
  float widthPoints() {
    return pdfSize.getWidth();
  }

  float heightPoints() {
    return pdfSize.getHeight();
  }
}
