package dev.tandem.cli;

/** The {@code tandem} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(TandemCommand.commandLine(args).execute(args));
  }
}
