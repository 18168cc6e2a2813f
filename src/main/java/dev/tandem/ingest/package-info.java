/**
 * Import of survey-tool exports (CSV and text in any common encoding, XLSX workbooks) into {@link
 * dev.tandem.ingest.Response}s: the vendor layout detected, each column matched to an item, labels
 * turned into scale points, and every row either read or listed as a {@link
 * dev.tandem.ingest.Rejection} with its file, line and column. {@link dev.tandem.ingest.Importer}
 * is the entry point.
 *
 * <p>May use {@code questionnaire}; OpenCSV and POI's workbook reader stay inside this package and
 * {@code report}. Nothing here knows about scores.
 */
package dev.tandem.ingest;
