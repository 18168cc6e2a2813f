package dev.tandem.store;

/**
 * A practice store that cannot be used as asked: missing, opened with the wrong password, in use by
 * another Tandem, or damaged. The message names the store's folder and says what to do; it never
 * holds a client's name, email or answer.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
