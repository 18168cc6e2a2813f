package dev.tandem.cli;

/** A command used wrongly in a way picocli cannot see (a missing file, a conflicting choice). */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
