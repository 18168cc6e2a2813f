package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed workbook reader: every kind of cell reads as before, skipped rows come back blank,
 * and a damaged sheet (a cell outside Excel's grid, rows out of order) ends the import with a
 * message naming the sheet and cell instead of dropping the value.
 */
class XlsxSourceTest {

  @TempDir Path dir;

  private static List<List<String>> rows(Path file) {
    List<List<String>> rows = new ArrayList<>();
    try (XlsxSource source = XlsxSource.open(file, Optional.empty())) {
      for (Optional<Row> row = source.next(); row.isPresent(); row = source.next()) {
        rows.add(new ArrayList<>(List.of(String.valueOf(row.get().line()))));
        rows.get(rows.size() - 1).addAll(List.of(row.get().cells()));
      }
    }
    return rows;
  }

  @Test
  void cellsOfEveryKindReadAsACsvExportShowsThem() throws IOException {
    Path file =
        RawWorkbook.write(
            dir.resolve("kinds.xlsx"),
            true,
            List.of("s1", "rather not say"),
            sheet ->
                sheet.write(
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>respondent_id</t></is></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>s2</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>when</t></is></c>"
                        + "<c r=\"E1\" t=\"inlineStr\"><is><t>note</t></is></c><c r=\"F1\" t=\"inlineStr\"><is><t>ok</t></is></c>"
                        + "<c r=\"G1\" t=\"inlineStr\"><is><t>err</t></is></c><c r=\"H1\" t=\"inlineStr\"><is><t>calc</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>c0</t></r><r><t xml:space=\"preserve\">1 </t>"
                        + "</r><rPh sb=\"0\" eb=\"1\"><t>guide</t></rPh></is></c><c r=\"B2\"><v>4</v></c><c r=\"C2\"><v>2.50</v></c>"
                        + "<c r=\"D2\" s=\"1\"><v>44000.5</v></c><c r=\"E2\" t=\"s\"><v>1</v></c><c r=\"F2\" t=\"b\"><v>1</v></c>"
                        + "<c r=\"G2\" t=\"e\"><v>#DIV/0!</v></c><c r=\"H2\" t=\"str\"><f>A2&amp;\"x\"</f><v>c01x</v></c>"
                        + "<c r=\"K2\"><v>9</v></c></row>"
                        + "<row r=\"4\"><c t=\"inlineStr\"><is><t>c02</t></is></c><c><v>1E-3</v></c><c s=\"0\"/></row>"));

    assertThat(rows(file))
        .containsExactly(
            List.of("1", "respondent_id", "s1", "s2", "when", "note", "ok", "err", "calc"),
            List.of(
                "2",
                "c01 ",
                "4",
                "2.5",
                "2024-06-19T12:00:00",
                "rather not say",
                "TRUE",
                "#ERROR",
                "c01x"),
            List.of("3", "", "", "", "", "", "", "", ""),
            List.of("4", "c02", "0.001", "", "", "", "", "", ""));
  }

  @Test
  void aCellOutsideExcelsGridEndsTheImportNamingSheetAndCell() throws IOException {
    Path file =
        RawWorkbook.write(
            dir.resolve("zzzz.xlsx"),
            false,
            List.of(),
            sheet ->
                sheet.write(
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>respondent_id</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>s1</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Couple code</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>c01</t></is></c><c r=\"B2\"><v>4</v></c>"
                        + "<c r=\"ZZZZ2\" t=\"inlineStr\"><is><t>berg-ivanova</t></is></c></row>"));

    assertThatThrownBy(
            () -> Importer.read(List.of(file), List.of(Fixtures.SOLO), ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file
                + ":2: sheet \"Responses\": cell \"ZZZZ2\" is not a valid cell reference (columns run from"
                + " A to XFD, rows from 1 to 1048576), so its value cannot be placed in a column; the workbook is damaged"
                + " or was not written by a spreadsheet program. Open it in Excel and save it again, or export the"
                + " responses again");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"XFE2", "AAAA2", "A0", "A02", "B", "2", "A1048577", "a2", "B2:C3", "A99999999"})
  void everyReferenceOutsideTheGridIsRefused(String reference) throws IOException {
    Path file =
        RawWorkbook.write(
            dir.resolve("grid.xlsx"),
            false,
            List.of(),
            sheet ->
                sheet.write(
                    "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\""
                        + reference
                        + "\"><v>1</v></c></row>"));

    assertThatThrownBy(() -> rows(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("is not a valid cell reference");
  }

  @Test
  void theLastColumnAndRowOfTheGridAreValidReferences() throws IOException {
    Path file =
        RawWorkbook.write(
            dir.resolve("corner.xlsx"),
            false,
            List.of(),
            sheet ->
                sheet.write(
                    "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>"
                        + "<row r=\"2\"><c r=\"B2\"><v>7</v></c><c r=\"XFD1048576\"><v>8</v></c></row>"));

    assertThat(rows(file)).containsExactly(List.of("1", "1", "2"), List.of("2", "", "7"));
  }

  @Test
  void rowsOutOfOrderEndTheImportInsteadOfBeingReordered() throws IOException {
    Path file =
        RawWorkbook.write(
            dir.resolve("order.xlsx"),
            false,
            List.of(),
            sheet ->
                sheet.write(
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>respondent_id</t></is></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>c02</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>c01</t></is></c></row>"));

    assertThatThrownBy(() -> rows(file))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file
                + ":2: sheet \"Responses\": row 2 comes after row 3; rows must be in order; the workbook is"
                + " damaged or was not written by a spreadsheet program. Open it in Excel and save it again, or export"
                + " the responses again");
  }

  @Test
  void aNumberCellThatHoldsTextNamesTheCellWithoutEchoingIt() throws IOException {
    Path file =
        RawWorkbook.write(
            dir.resolve("text-in-number.xlsx"),
            false,
            List.of(),
            sheet ->
                sheet.write(
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>respondent_id</t></is></c><c r=\"B1\"><v>1</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>c01</t></is></c><c r=\"B2\"><v>anna@example.org</v></c></row>"));

    assertThatThrownBy(() -> rows(file))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file
                + ":2:2: sheet \"Responses\", cell B2: the cell should hold a number but does not; the"
                + " workbook is damaged or was not written by a spreadsheet program. Open it in Excel and save it again,"
                + " or export the responses again");
  }
}
