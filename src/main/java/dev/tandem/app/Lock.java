package dev.tandem.app;

/**
 * While a client answers an assessment on the coach's device, the coach's pages are closed to them:
 * every page but the assessment's own shows that the device is in an assessment, until the coach
 * opens Tandem again with the address (and token) it printed when it started.
 */
final class Lock {

  private boolean locked;

  synchronized void lock() {
    locked = true;
  }

  synchronized void unlock() {
    locked = false;
  }

  synchronized boolean locked() {
    return locked;
  }

  /**
   * Whether a path is open while locked: the client's assessment page, its answers and the style
   * sheet.
   */
  static boolean openWhileLocked(String path) {
    return path.startsWith("/assessment/") || path.equals("/static/app.css");
  }
}
