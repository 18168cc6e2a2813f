package dev.tandem.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while the command is being built; replaced before it lands. */
@Command(name = "template", mixinStandardHelpOptions = true, description = "(being built)")
final class TemplateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("template is not built yet");
  }
}
