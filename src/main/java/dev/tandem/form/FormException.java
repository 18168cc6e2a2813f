package dev.tandem.form;

/** A definition that a survey tool's format cannot carry; the message says what to change. */
public final class FormException extends RuntimeException {

  FormException(String message) {
    super(message);
  }
}
