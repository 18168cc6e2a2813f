package dev.tandem.report;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The shared-strings table of the reports' workbooks. POI finds a string already in the table by
 * serialising every new one to XML and looking that up, which was a tenth of the time spent on a
 * practice's reports; a plain text (no runs of formatting, no phonetic guide) is looked up here by
 * its text instead. Formatted text is still looked up by its XML. The table written is the same:
 * only the look-up key changes, and a plain key cannot equal an XML one (XML starts with {@code
 * <}).
 */
final class ReportStrings extends SharedStringsTable {

  private static final String PLAIN = "t";

  private static final XSSFFactory FACTORY =
      new XSSFFactory() {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
          return descriptor == XSSFRelation.SHARED_STRINGS
              ? new ReportStrings()
              : super.newDocumentPart(descriptor);
        }
      };

  /** A new, empty workbook whose shared strings are a {@code ReportStrings}. */
  static XSSFWorkbook newWorkbook() {
    return new XSSFWorkbook(FACTORY);
  }

  @Override
  protected String xmlText(CTRst text) {
    if (text.isSetT()
        && text.sizeOfRArray() == 0
        && text.sizeOfRPhArray() == 0
        && !text.isSetPhoneticPr()) {
      return PLAIN + text.getT();
    }
    return super.xmlText(text);
  }
}
