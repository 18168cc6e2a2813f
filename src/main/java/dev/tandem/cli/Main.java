package dev.tandem.cli;

/** The {@code tandem} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Errors escape picocli's handler, and a worker thread's failure would print its stack trace.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, failure) -> System.err.println(TandemCommand.unexpected(failure)));
    // The compiler choice holds for the whole process, so it is made here, where the process is
    // Tandem's own, and not in RunCommand, which tests run inside a JVM that goes on to other work.
    if (args.length > 0 && args[0].equals("run")) {
      QuickCompilation.apply();
    }
    int exit;
    try {
      exit = TandemCommand.commandLine(args).execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println(TandemCommand.unexpected(e));
      exit = ExitCode.FAILURE;
    }
    System.exit(exit);
  }
}
