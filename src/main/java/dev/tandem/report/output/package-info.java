/**
 * How every file Tandem writes reaches the disk: {@link dev.tandem.report.output.SafeWriter}
 * (temporary file, atomic move, owner-only mode, the manifest that protects a coach's edits),
 * {@link dev.tandem.report.output.Protection} (workbook and PDF encryption with the run's
 * password), {@link dev.tandem.report.output.PseudonymKey} (the key from codes to clients), the
 * formula guard for text cells ({@link dev.tandem.report.output.TextCells}, {@link
 * dev.tandem.report.output.CsvText}) and a private temporary folder for POI. Part of {@code
 * report}; POI and PDFBox are used here for encryption.
 */
package dev.tandem.report.output;
