package dev.tandem.cli;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.questionnaire.Scale;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the questionnaire definitions, or describes one. */
@Command(
    name = "questionnaires",
    mixinStandardHelpOptions = true,
    description = "List the questionnaire definitions, or describe one (by id or file).")
final class QuestionnairesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "ID|FILE",
      description = "The questionnaire to describe.")
  Optional<String> which = Optional.empty();

  @Option(
      names = "--definitions",
      paramLabel = "DIR",
      defaultValue = DefinitionOptions.DEFAULT_FOLDER,
      description = "Folder of questionnaire definitions (default: ${DEFAULT-VALUE}).")
  Path definitions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (which.isPresent()) {
      Path file = Path.of(which.get());
      Questionnaire questionnaire =
          Files.isRegularFile(file)
              ? QuestionnaireLoader.load(file)
              : all().stream()
                  .filter(q -> q.id().equals(which.get()))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new UsageException(
                              "no questionnaire \""
                                  + which.get()
                                  + "\" in "
                                  + definitions
                                  + "; run \"tandem questionnaires\" to list them"));
      describe(questionnaire, out);
      return ExitCode.OK;
    }
    List<Questionnaire> all = all();
    if (all.isEmpty()) {
      out.println("No questionnaire definitions in " + definitions + ".");
      return ExitCode.OK;
    }
    out.printf("%-22s %-8s %5s %6s  %s%n", "ID", "VERSION", "ITEMS", "SCALES", "TITLE");
    for (Questionnaire q : all) {
      out.printf(
          "%-22s %-8s %5d %6d  %s%n",
          q.id(), q.version(), q.items().size(), q.scales().size(), q.title());
    }
    out.println();
    out.println("Describe one with: tandem questionnaires ID");
    return ExitCode.OK;
  }

  private List<Questionnaire> all() {
    if (!Files.isDirectory(definitions)) {
      throw new UsageException(
          "the definitions folder " + definitions + " does not exist; pass --definitions DIR");
    }
    return QuestionnaireLoader.loadDirectory(definitions);
  }

  static void describe(Questionnaire q, PrintWriter out) {
    out.println(q.title() + "  (" + q.id() + ", version " + q.version() + ", " + q.source() + ")");
    if (!q.note().isEmpty()) {
      out.println(wrap(q.note(), "  "));
    }
    out.println();
    out.println("Answers: " + q.responseScale().min() + " to " + q.responseScale().max());
    q.responseScale().labels().forEach((value, label) -> out.println("  " + value + "  " + label));
    out.println();
    for (Scale scale : q.scales()) {
      String how =
          scale.isComposite()
              ? "composite: "
                  + String.join(
                      " ",
                      scale.composite().entrySet().stream()
                          .map(
                              e ->
                                  (e.getValue() >= 0 ? "+" : "-")
                                      + fmt(Math.abs(e.getValue()))
                                      + " x "
                                      + e.getKey())
                          .toList())
              : scale.itemIds().size()
                  + " items, "
                  + scale.scoring().name().toLowerCase(Locale.ROOT)
                  + ", scored when at least "
                  + scale.minimumAnswered()
                  + " are answered";
      out.println(
          scale.name()
              + " ["
              + scale.id()
              + "]  "
              + how
              + ", range "
              + fmt(scale.lowest())
              + " to "
              + fmt(scale.highest()));
      if (!scale.measures().isEmpty()) {
        out.println(wrap(scale.measures(), "  "));
      }
      for (Band band : scale.bands()) {
        out.println("  " + fmt(band.from()) + " to " + fmt(band.to()) + "  " + band.label());
      }
      out.println(
          "  norms: "
              + scale
                  .norms()
                  .map(
                      n ->
                          "mean "
                              + fmt(n.mean())
                              + ", SD "
                              + fmt(n.sd())
                              + ", n "
                              + n.n()
                              + " ("
                              + n.source()
                              + ")")
                  .orElse("none; percentiles come from your own cohort once it has 30 clients"));
      for (String itemId : scale.itemIds()) {
        Item item = q.item(itemId).orElseThrow();
        out.println("  " + (item.reversed() ? "(R) " : "    ") + item.id() + "  " + item.text());
      }
      out.println();
    }
    out.println(
        "(R) = reverse-keyed: scored as "
            + (q.responseScale().min() + q.responseScale().max())
            + " minus the answer.");
  }

  private static String fmt(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder(indent);
    int column = indent.length();
    for (String word : text.strip().split("\\s+")) {
      if (column + word.length() > 96 && column > indent.length()) {
        out.append('\n').append(indent);
        column = indent.length();
      }
      out.append(word).append(' ');
      column += word.length() + 1;
    }
    return out.toString().stripTrailing();
  }
}
