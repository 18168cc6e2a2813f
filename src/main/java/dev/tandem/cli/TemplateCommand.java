package dev.tandem.cli;

import dev.tandem.form.Form;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.BlankQuestionnaireWorkbook;
import dev.tandem.report.output.AtomicFile;
import dev.tandem.report.output.CsvText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes, per questionnaire, a blank response CSV to type answers into and a printable
 * questionnaire.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Write a blank response CSV with the right headers (type answers as numbers or option labels,",
      "one row per client and occasion) and a printable blank questionnaire (.xlsx) to hand a client."
    })
final class TemplateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DefinitionOptions definitions;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Folder to write into (default: the current folder).")
  Path output;

  @Override
  public Integer call() {
    if (!definitions.chosen()) {
      throw new UsageException(
          "name the questionnaire with -q ID or -q FILE; \"tandem questionnaires\" lists them");
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Questionnaire questionnaire : definitions.load()) {
      Path csv = output.resolve(questionnaire.id() + "-responses.csv");
      Path xlsx = output.resolve(questionnaire.id() + "-questionnaire.xlsx");
      writeCsv(questionnaire, csv);
      BlankQuestionnaireWorkbook.write(questionnaire, xlsx);
      spec.commandLine().getOut().println("Wrote " + csv + " and " + xlsx);
    }
    return ExitCode.OK;
  }

  private static void writeCsv(Questionnaire questionnaire, Path file) {
    List<String> header = new ArrayList<>(Form.IDENTITY_HEADERS);
    questionnaire.items().stream().map(Item::id).forEach(header::add);
    try {
      // a byte-order mark, so that Excel opens the file as UTF-8
      byte[] text = ("\uFEFF" + CsvText.row(header) + "\r\n").getBytes(StandardCharsets.UTF_8);
      AtomicFile.write(file, out -> out.write(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
