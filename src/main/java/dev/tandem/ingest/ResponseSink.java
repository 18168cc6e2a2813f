package dev.tandem.ingest;

/**
 * Receives what {@link Importer#stream} reads, one row at a time, in file order. For each data row
 * it gets either one {@link Response} or a whole-row {@link Rejection}, possibly after cell
 * rejections of the same row.
 */
public interface ResponseSink {

  void response(Response response);

  void rejection(Rejection rejection);
}
