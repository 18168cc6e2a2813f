package dev.tandem.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the command is being built; replaced before it lands. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "(being built)")
final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("run is not built yet");
  }
}
