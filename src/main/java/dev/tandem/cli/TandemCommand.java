package dev.tandem.cli;

import dev.tandem.form.FormException;
import dev.tandem.ingest.ImportException;
import dev.tandem.questionnaire.DefinitionException;
import dev.tandem.report.ReportException;
import dev.tandem.report.output.OutputException;
import dev.tandem.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command: a self-assessment and analytics toolkit for relationship coaches. */
@Command(
    name = "tandem",
    mixinStandardHelpOptions = true,
    versionProvider = TandemCommand.Version.class,
    description = {
      "Score clients' questionnaires, compare partners, and write printable reports.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything was read and scored",
      "1:unexpected failure (a bug in Tandem; please report it)",
      "2:bad usage, unreadable input or an invalid definition, or no report could be written; nothing was"
          + " written",
      "3:finished, but some rows were rejected or some reports could not be written (each is listed)"
    })
public final class TandemCommand {

  /** The subcommands, in the order {@code --help} lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          RunCommand.class,
          AppCommand.class,
          ValidateCommand.class,
          ScoreCommand.class,
          StatsCommand.class,
          QuestionnairesCommand.class,
          TemplateCommand.class,
          FormCommand.class,
          GenerateCommand.class,
          ImportCommand.class,
          ClientsCommand.class,
          ForgetCommand.class,
          ExportCommand.class,
          BackupCommand.class,
          RestoreCommand.class,
          PasswordCommand.class,
          CommandLine.HelpCommand.class);

  /** The configured command line with every subcommand built in full, for the tests. */
  public static CommandLine commandLine() {
    return commandLine(type -> true);
  }

  /**
   * The command line for these arguments, as {@link Main} runs it: the subcommands the arguments
   * name are built in full, the others only with the name and description that the top-level help
   * lists. Building every subcommand's options by reflection is most of what {@code tandem --help}
   * would otherwise spend.
   */
  public static CommandLine commandLine(String[] args) {
    Set<String> named = new HashSet<>(Arrays.asList(args));
    return commandLine(type -> named.contains(type.getAnnotation(Command.class).name()));
  }

  private static CommandLine commandLine(Predicate<Class<?>> full) {
    CommandLine commandLine = new CommandLine(new TandemCommand());
    for (Class<?> type : SUBCOMMANDS) {
      commandLine.addSubcommand(full.test(type) ? new CommandLine(type) : summary(type));
    }
    commandLine.setExecutionExceptionHandler(TandemCommand::handle);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  /**
   * Turns the exceptions a coach can act on into a message and an exit code. Anything else is a
   * bug: say so without a stack trace (which could carry data) unless TANDEM_DEBUG is set.
   */
  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof DefinitionException
        || e instanceof ImportException
        || e instanceof UsageException
        || e instanceof OutputException
        || e instanceof FormException
        || e instanceof StoreException) {
      err.println("tandem: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof ReportException report) {
      err.println("tandem: " + report.getMessage() + "; the reports listed above were written");
      return ExitCode.SOME_NOT_WRITTEN;
    }
    if (e instanceof UncheckedIOException io) {
      err.println("tandem: could not read or write a file: " + io.getCause().getMessage());
      return ExitCode.BAD_INPUT;
    }
    err.println(unexpected(e));
    if (System.getenv("TANDEM_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return ExitCode.FAILURE;
  }

  /**
   * One line on a failure no command handles, never its message or stack trace, which could carry a
   * client's data: running out of memory says how to give Java more; anything else is a bug.
   */
  static String unexpected(Throwable failure) {
    if (failure instanceof OutOfMemoryError) {
      return String.format(
          "tandem: ran out of memory (Java may use %d MB here). Give it more, for example"
              + " JAVA_TOOL_OPTIONS=-Xmx2g, or split the input into smaller files.",
          Runtime.getRuntime().maxMemory() >> 20);
    }
    return "tandem: unexpected failure ("
        + failure.getClass().getName()
        + "). This is a bug in Tandem; please report it with the command you ran, not the data.";
  }

  /** A stand-in that knows only what the top-level help shows of a subcommand. */
  private static CommandLine summary(Class<?> type) {
    Command command = type.getAnnotation(Command.class);
    CommandSpec spec = CommandSpec.create().name(command.name()).mixinStandardHelpOptions(true);
    spec.usageMessage().header(command.header()).description(command.description());
    return new CommandLine(spec);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = TandemCommand.class.getPackage().getImplementationVersion();
      return new String[] {"tandem " + (version == null ? "development build" : version)};
    }
  }
}
