/**
 * Tandem's reports: client, couple and cohort workbooks (Apache POI), client and couple PDFs
 * (Apache PDFBox) and the charts in them (JFreeChart). The only package that touches those
 * libraries.
 *
 * <p>{@link dev.tandem.report.ReportWriter} is the entry point; {@link
 * dev.tandem.report.ReportOptions} carries the paper, the formats, the output folder and the date.
 * The pieces a new report is built from, all package-private:
 *
 * <ul>
 *   <li>a content model first (as {@code ClientReport}): what the report says, computed once, so
 *       that the workbook and the PDF render the same content;
 *   <li>{@code SheetStyles} (fonts, number formats: two decimals for scores, header and table
 *       styles), {@code Cells} (writing, merging, wrapped-row heights), {@code ReportStrings} (a
 *       new workbook whose shared strings find plain text without serialising it), {@code
 *       PrintLayout} (paper, portrait, fit to one page wide, margins, repeated title rows, header
 *       and footer with "Confidential", the date and "Page X of Y"; {@code keepTogether} plans page
 *       breaks so blocks are not split);
 *   <li>{@code Palette} and {@code ChartStyle} (Okabe-Ito colours, greyscale-safe band zones, one
 *       font family), {@code Chart} (a JFreeChart, a stack of them or a figure painted with Java2D,
 *       at printed size), {@code ChartImage} (a chart as PNG at {@code ChartImage.DPI}, for a
 *       workbook; {@code PngEncoder} deflates its pixels), {@code ChartText} (a chart's text set in
 *       the PDF's fonts when {@code PdfLayout} draws it as vectors), {@code Pictures} (anchoring an
 *       image over a block of cells), and {@code NativeCharts} (editable XDDF charts that read
 *       their data from cells);
 *   <li>{@code PdfLayout} (flowing PDF pages: wrapped paragraphs with bold runs, tables, charts,
 *       and the running header and footer; a {@code scale} shrinks a whole layout to fit a page
 *       budget);
 *   <li>{@code OutputFiles}: every file is written through it, so atomic writes and encryption have
 *       one place to go; {@code ReportNames}: file names never contain a client's name or email.
 * </ul>
 */
package dev.tandem.report;
