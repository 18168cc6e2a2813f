package dev.tandem.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * What a workbook's {@code xl/workbook.xml} says about reading it: its sheets in order (name and
 * the relationship that leads to the sheet's part) and whether its dates count from 1904 (old Mac
 * Excel) instead of 1900. Read with a pull parser that refuses document type declarations, so no
 * entity is ever expanded. Element names are matched without their namespace, so strict and
 * transitional OOXML read alike.
 */
record WorkbookIndex(List<Sheet> sheets, boolean date1904) {

  /** One sheet as the workbook lists it. */
  record Sheet(String name, String relationId) {}

  WorkbookIndex {
    sheets = List.copyOf(sheets);
  }

  static WorkbookIndex read(InputStream workbookXml) throws XMLStreamException {
    XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbookXml);
    try {
      List<Sheet> sheets = new ArrayList<>();
      boolean date1904 = false;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "workbookPr" -> date1904 = isTrue(xml.getAttributeValue(null, "date1904"));
          case "sheet" ->
              sheets.add(
                  new Sheet(String.valueOf(xml.getAttributeValue(null, "name")), relationId(xml)));
          default -> {}
        }
      }
      return new WorkbookIndex(sheets, date1904);
    } finally {
      xml.close();
    }
  }

  private static boolean isTrue(String value) {
    return "1".equals(value) || "true".equals(value);
  }

  private static String relationId(XMLStreamReader xml) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String namespace = xml.getAttributeNamespace(i);
      if ("id".equals(xml.getAttributeLocalName(i))
          && namespace != null
          && namespace.endsWith("/relationships")) {
        return xml.getAttributeValue(i);
      }
    }
    return "";
  }
}
