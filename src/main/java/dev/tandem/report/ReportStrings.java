package dev.tandem.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

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

  /**
   * Where each plain text added so far is in the table. A workbook is built by one thread, so a
   * plain map will do.
   */
  private final Map<String, Integer> plainIndexes = new HashMap<>();

  @Override
  protected String xmlText(CTRst text) {
    if (isPlain(text)) {
      return PLAIN + text.getT();
    }
    return super.xmlText(text);
  }

  private static boolean isPlain(CTRst text) {
    return text.isSetT()
        && text.sizeOfRArray() == 0
        && text.sizeOfRPhArray() == 0
        && !text.isSetPhoneticPr();
  }

  @Override
  public int addSharedStringItem(RichTextString string) {
    int index = super.addSharedStringItem(string);
    CTRst text = ((XSSFRichTextString) string).getCTRst();
    if (isPlain(text)) {
      plainIndexes.putIfAbsent(text.getT(), index);
    }
    return index;
  }

  /**
   * Puts a plain text that the table already holds into a new, blank cell, as {@link
   * XSSFCell#setCellValue(String)} would (the same cell XML and table, its use counted), without
   * building the formatted string POI makes on the way. False, and the cell untouched, when the
   * table does not hold the text yet or the cell is not new and blank.
   */
  static boolean reuse(XSSFCell cell, String text) {
    if (!(cell.getSheet().getWorkbook().getSharedStringSource() instanceof ReportStrings strings)
        || cell.getCellType() != CellType.BLANK) {
      return false;
    }
    Integer index = strings.plainIndexes.get(text);
    if (index == null) {
      return false;
    }
    strings.count++;
    cell.getCTCell().setT(STCellType.S);
    cell.getCTCell().setV(Integer.toString(index));
    return true;
  }
}
