package dev.tandem.cli;

import dev.tandem.app.CoachApp;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the coach's app: a local web server and the browser on it. */
@Command(
    name = "app",
    mixinStandardHelpOptions = true,
    description = {
      "Start Tandem's app in your browser: add exports, create reports, see the results. It runs on this"
          + " computer only (127.0.0.1) and stops with Quit on the page or Ctrl+C."
    })
final class AppCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "0",
      description = "Port to serve on; 0 (the default) picks a free one.")
  int port;

  @Option(
      names = "--no-browser",
      description = "Do not open a browser; open the printed address yourself.")
  boolean noBrowser;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "reports",
      description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--definitions",
      paramLabel = "DIR",
      defaultValue = DefinitionOptions.DEFAULT_FOLDER,
      description =
          "Folder of questionnaire definitions (default: ${DEFAULT-VALUE}; the installed app has its own).")
  Path definitions;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "practice",
      description =
          "Folder of the practice store, opened on the Practice page (default: ${DEFAULT-VALUE}).")
  Path store;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port must be between 0 and 65535, not " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (CoachApp app = CoachApp.start(port, output, definitions, store)) {
      Runtime.getRuntime().addShutdownHook(new Thread(app::close, "tandem-app-stop"));
      out.println("Tandem is running: open " + app.url() + " (Ctrl+C to stop)");
      out.flush();
      if (!noBrowser) {
        openBrowser(app, spec.commandLine().getErr());
      }
      app.awaitQuit();
    }
    return ExitCode.OK;
  }

  private static void openBrowser(CoachApp app, PrintWriter err) {
    if (GraphicsEnvironment.isHeadless()
        || !Desktop.isDesktopSupported()
        || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
      err.println("No browser could be opened here: open the address above yourself.");
      return;
    }
    try {
      Desktop.getDesktop().browse(app.url());
    } catch (IOException | UnsupportedOperationException e) {
      err.println(
          "The browser could not be opened ("
              + e.getMessage()
              + "): open the address above yourself.");
    }
  }
}
