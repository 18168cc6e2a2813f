package dev.tandem.cli;

import dev.tandem.ingest.ImportException;
import dev.tandem.questionnaire.DefinitionException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: a self-assessment and analytics toolkit for relationship coaches. */
@Command(
    name = "tandem",
    mixinStandardHelpOptions = true,
    versionProvider = TandemCommand.Version.class,
    description = {
      "Score clients' questionnaires, compare partners, and write printable reports.",
      ""
    },
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      ScoreCommand.class,
      StatsCommand.class,
      QuestionnairesCommand.class,
      TemplateCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything was read and scored",
      "1:unexpected failure (a bug in Tandem; please report it)",
      "2:bad usage, unreadable input or an invalid definition; nothing was written",
      "3:finished, but some rows were rejected (each is listed)"
    })
public final class TandemCommand {

  /** The configured command line, shared by {@link Main} and the tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new TandemCommand());
    commandLine.setExecutionExceptionHandler(TandemCommand::handle);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  /**
   * Turns the exceptions a coach can act on into a message and an exit code. Anything else is a bug:
   * say so without a stack trace (which could carry data) unless TANDEM_DEBUG is set.
   */
  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof DefinitionException || e instanceof ImportException || e instanceof UsageException) {
      err.println("tandem: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof UncheckedIOException io) {
      err.println("tandem: could not read or write a file: " + io.getCause().getMessage());
      return ExitCode.BAD_INPUT;
    }
    err.println("tandem: unexpected failure (" + e.getClass().getName() + "). This is a bug in Tandem;"
        + " please report it with the command you ran, not the data.");
    if (System.getenv("TANDEM_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return ExitCode.FAILURE;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = TandemCommand.class.getPackage().getImplementationVersion();
      return new String[] {"tandem " + (version == null ? "development build" : version)};
    }
  }
}
