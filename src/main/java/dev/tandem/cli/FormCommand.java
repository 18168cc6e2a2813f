package dev.tandem.cli;

import dev.tandem.form.Form;
import dev.tandem.form.FormTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes one form holding the chosen questionnaires, for a survey tool or as a self-contained page.
 */
@Command(
    name = "form",
    mixinStandardHelpOptions = true,
    description = {
      "Write a form for your clients from one or more questionnaire definitions: a Google Apps Script",
      "(google), a Qualtrics .qsf (qualtrics), a LimeSurvey .lss (limesurvey), a Word document for",
      "Microsoft Forms' Quick import (msforms), or one self-contained HTML page (html). The survey tool's",
      "export of the form comes back into Tandem with every column matched. An existing file is never",
      "replaced."
    })
final class FormCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DefinitionOptions definitions;

  @Option(
      names = "--for",
      required = true,
      paramLabel = "TARGET",
      description = "Where the form goes: ${COMPLETION-CANDIDATES}.")
  FormTarget target;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "The file to write (default: the questionnaire ids and the target's extension, in the"
              + " current folder).")
  Path output;

  @Override
  public Integer call() {
    if (!definitions.chosen()) {
      throw new UsageException(
          "name the questionnaires with -q ID or -q FILE (repeat -q for several in one"
              + " form); \"tandem questionnaires\" lists them");
    }
    Form form = new Form(definitions.load());
    byte[] content = target.write(form);
    Path file = output != null ? output : Path.of(form.fileStem() + "." + target.extension());
    writeNew(file, content);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Wrote " + file);
    List<String> steps = target.steps();
    for (int i = 0; i < steps.size(); i++) {
      out.println("  " + (i + 1) + ". " + steps.get(i));
    }
    return ExitCode.OK;
  }

  /**
   * Creates the file, never over an existing one; a write that fails half-way leaves no file
   * behind.
   */
  private static void writeNew(Path file, byte[] content) {
    try {
      Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new UsageException(
          file + " already exists; choose another name with -o FILE, or move the old file away");
    } catch (IOException e) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw new UncheckedIOException(e);
    }
  }
}
