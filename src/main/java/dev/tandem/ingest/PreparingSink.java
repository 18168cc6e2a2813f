package dev.tandem.ingest;

/**
 * A {@link ResponseSink} whose work on a response starts with a part that needs the response alone
 * ({@link #prepare}, such as scoring it), which the import may do ahead: on the thread that reads
 * the rows, before it has decided whether the response is kept. A kept response then reaches {@link
 * #prepared} with what was made of it, in file order. {@code prepare} must therefore be safe to
 * call from another thread, and may be called for a response that is then dropped as a duplicate; a
 * response the duplicate check changes (keeping only some questionnaires' answers) is prepared
 * again. Sources that do not read ahead prepare each response where they hand it over.
 */
public interface PreparingSink<T> extends ResponseSink {

  /** What is made of a response from it alone; safe to call from any thread. */
  T prepare(Response response);

  /** A kept response, with what {@link #prepare} made of it. */
  void prepared(Response response, T made);

  @Override
  default void response(Response response) {
    prepared(response, prepare(response));
  }
}
