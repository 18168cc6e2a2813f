package dev.tandem.report;

import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * Conditional-formatting colour scales. The diverging scale runs orange (-1), white (0), blue (+1):
 * two hues colour-blind readers tell apart, and in greyscale the strength still shows as darkness.
 */
final class ColourScale {

  private ColourScale() {}

  static void diverging(XSSFSheet sheet, CellRangeAddress range) {
    XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
    ColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
    scale.getThresholds()[0].setValue(-1d);
    scale.getThresholds()[1].setRangeType(RangeType.NUMBER);
    scale.getThresholds()[1].setValue(0d);
    scale.getThresholds()[2].setRangeType(RangeType.NUMBER);
    scale.getThresholds()[2].setValue(1d);
    scale.setColors(
        new XSSFColor[] {
          new XSSFColor(Palette.rgb(Palette.ORANGE)),
          new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}),
          new XSSFColor(Palette.rgb(Palette.SKY))
        });
    formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }
}
