package dev.tandem.cli;

import dev.tandem.report.output.AtomicFile;
import dev.tandem.sample.SampleGenerator;
import dev.tandem.sample.SampleGenerator.Layout;
import dev.tandem.sample.SampleGenerator.Settings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes synthetic, seeded responses: the sample data in seeds/, and inputs for benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write synthetic responses to the questionnaires, for trying Tandem out or for benchmarks.",
      "The same options and seed always give the same file. No real person is in it."
    })
final class GenerateCommand implements Callable<Integer> {

  private static final Settings SAMPLE = Settings.sample();

  @Spec CommandSpec spec;

  @Mixin DefinitionOptions definitions;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The CSV file to write.")
  Path output;

  @Option(
      names = "--couples",
      paramLabel = "N",
      description = "Couples (two clients each); default 24.")
  int couples = SAMPLE.couples();

  @Option(
      names = "--singles",
      paramLabel = "N",
      description = "Clients without a partner; default 2.")
  int singles = SAMPLE.singles();

  @Option(
      names = "--repeat-share",
      paramLabel = "SHARE",
      description = "Share of clients who answer again two months later; default 0.3.")
  double repeatShare = SAMPLE.repeatShare();

  @Option(
      names = "--missing-share",
      paramLabel = "SHARE",
      description = "Share of answers left empty; default 0.01.")
  double missingShare = SAMPLE.missingShare();

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      description =
          "google_forms (question texts, option labels) or plain (item ids, numbers); default google_forms.")
  Layout layout = SAMPLE.layout();

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Random seed; default ${DEFAULT-VALUE}.",
      defaultValue = "20261128")
  long seed;

  @Override
  public Integer call() {
    Settings settings;
    try {
      settings = new Settings(couples, singles, repeatShare, missingShare, layout, seed);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    SampleGenerator generator = new SampleGenerator(definitions.load(), settings);
    try {
      AtomicFile.write(
          output,
          out -> {
            Writer writer =
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            generator.write(writer);
            writer.flush();
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    spec.commandLine().getErr().println("Wrote " + output);
    return ExitCode.OK;
  }
}
