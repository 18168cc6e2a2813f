package dev.tandem.cli;

import dev.tandem.couples.CouplePattern;
import dev.tandem.couples.CouplePatterns;
import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.couples.Pairing;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.pipeline.Cancellation;
import dev.tandem.pipeline.ReportRun;
import dev.tandem.pipeline.RunProgress;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.OutputFormat;
import dev.tandem.report.Paper;
import dev.tandem.report.ReportNames;
import dev.tandem.report.ReportOptions;
import dev.tandem.report.output.PseudonymKey;
import dev.tandem.report.output.ReportPassword;
import dev.tandem.report.output.WriteResult;
import dev.tandem.scoring.Pseudonyms;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports, scores, analyses and writes every report: the command a coach runs. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Import the exports, score every client, and write a report per client, per couple and for the",
      "whole cohort. Without FILE, reads the sample data in seeds/."
    })
final class RunCommand implements Callable<Integer> {

  /** The sample data read when no file is named. */
  static final Path SAMPLE_FOLDER = Path.of("seeds");

  /** The report formats a coach can ask for. */
  enum Formats {
    XLSX(EnumSet.of(OutputFormat.XLSX)),
    PDF(EnumSet.of(OutputFormat.PDF)),
    BOTH(EnumSet.allOf(OutputFormat.class));

    private final Set<OutputFormat> formats;

    Formats(Set<OutputFormat> formats) {
      this.formats = formats;
    }
  }

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Survey exports (CSV or XLSX). Default: seeds/*.csv.")
  List<Path> files = new ArrayList<>();

  @Mixin DefinitionOptions definitions = new DefinitionOptions();

  @Mixin ImportOptionsMixin importOptions = new ImportOptionsMixin();

  @Mixin StoreOptions store = new StoreOptions();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "reports",
      description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "both",
      description =
          "Client and couple reports as xlsx, pdf or both (default: ${DEFAULT-VALUE}); the cohort report"
              + " is always a workbook.")
  Formats format;

  @Mixin ProtectionOptions protection = new ProtectionOptions();

  @Option(
      names = "--paper",
      paramLabel = "PAPER",
      description = "a4 or letter. Default: the usual paper where your computer's locale is.")
  Paper paper;

  @Option(
      names = "--practice",
      paramLabel = "NAME",
      description =
          "Your practice's name, printed in the header of every report and stored as the PDFs' author."
              + " Default: \"practice\" in the settings file.")
  Optional<String> practice = Optional.empty();

  @Option(
      names = "--settings",
      paramLabel = "FILE",
      description =
          "A YAML settings file, e.g. practice: \"Harbour Coaching\". Default: "
              + Settings.FILE_NAME
              + " in the working folder, when there is one. Options on the command line win.")
  Optional<Path> settingsFile = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Settings settings = Settings.find(settingsFile, Path.of(""));
    List<Path> inputs = files.isEmpty() && store.folder().isEmpty() ? sampleFiles() : files;
    InputGuard.refuseInputsInside(output, inputs);
    Optional<ReportPassword> password = protection.password(System.getenv());
    Pseudonyms secret = protection.secret();
    ImportOptions options = importOptions.toOptions().withPartnerLinks(protection.partnerLinks());
    protection.secretWarning().ifPresent(err::println);
    Optional<Pseudonyms> pseudonyms = protection.pseudonyms();
    Optional<Path> keyFile = pseudonyms.map(p -> checkedKeyFile(inputs));
    PseudonymKey.Entries earlierKey =
        keyFile
            .map(file -> PseudonymKey.read(file, password))
            .orElse(new PseudonymKey.Entries(List.of(), List.of()));
    CouplePatterns patterns = definitions.couplePatterns();

    createFolder(output);
    ReportOptions reportOptions =
        ReportOptions.defaults(output)
            .withFormats(format.formats)
            .withPassword(password)
            .withNames(ReportNames.keyedWith(secret))
            .withPractice(settings.practice(practice));
    if (paper != null) {
      reportOptions = reportOptions.withPaper(paper);
    }
    ReportRun.Outcome outcome;
    try (ResponseInput input =
        ResponseInput.of(inputs, store, options, () -> StoreOptions.password(password))) {
      List<Questionnaire> questionnaires = input.questionnaires(definitions);
      outcome =
          ReportRun.run(
              new ReportRun.Request(
                  input.source(questionnaires),
                  questionnaires,
                  patterns,
                  reportOptions,
                  pseudonyms,
                  keyFile,
                  earlierKey),
              RunProgress.NONE,
              Cancellation.never());
    }
    ReportRun.Written written = outcome.written();
    Optional<WriteResult> key = outcome.key();
    CouplesAnalysis couples = outcome.couples();

    int exit = ScoredInput.finish(outcome.cohort().imported(), err);
    reportPairing(couples.pairing(), err);
    List<CouplePattern> unused = outcome.unusedPatterns();
    if (!unused.isEmpty()) {
      err.println(
          "couple patterns not checked, as they use questionnaires this input does not hold: "
              + String.join(", ", unused.stream().map(CouplePattern::id).toList()));
    }
    return reportWritten(written, key, password.isPresent(), err, exit);
  }

  /**
   * Says what is on disk now and what could not be written; the exit code: the import's when every
   * file was written, 3 when some could not be, 2 when none could.
   */
  private int reportWritten(
      ReportRun.Written written,
      Optional<WriteResult> key,
      boolean encrypted,
      PrintWriter err,
      int importExit) {
    written.notes().forEach(err::println);
    written.failures().forEach(failure -> err.println("not written: " + failure));
    err.println(
        "Wrote "
            + written.clients()
            + " client reports, "
            + written.couples()
            + " couple reports and "
            + (written.cohort() ? "the cohort report (cohort.xlsx)" : "no cohort report")
            + " to "
            + output
            + (encrypted ? ", encrypted with the password" : ""));
    boolean keyFailed = key.isPresent() && key.get().failed();
    if (key.isPresent()) {
      err.println(
          keyFailed
              ? "not written: " + key.get().message()
              : "The key from client and couple codes to names is in "
                  + key.get().file()
                  + "; keep it apart from the reports you pass on");
    }
    if (written.nothing()) {
      return ExitCode.BAD_INPUT;
    }
    return written.failures().isEmpty() && !keyFailed ? importExit : ExitCode.SOME_NOT_WRITTEN;
  }

  /**
   * Where the key goes, refused (before anything is written) when it is an input or lies in the
   * output folder, among the reports a coach may pass on, where it could also take a report's
   * place.
   */
  private Path checkedKeyFile(List<Path> inputs) {
    Path key = protection.keyFile(output);
    InputGuard.refuseInput(key, inputs, "the key file");
    Path folder = realPath(output);
    Path keyFolder = realPath(key.toAbsolutePath().getParent());
    if (keyFolder.startsWith(folder)) {
      throw new UsageException(
          "the key file "
              + key
              + " is in the output folder "
              + output
              + ", among the reports"
              + " you may pass on (and where it could take a report's place); choose a --key-file outside it");
    }
    return key;
  }

  private static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }

  /** Says who could not be compared with a partner, and why; never a name. */
  private static void reportPairing(Pairing pairing, PrintWriter err) {
    for (Pairing.OverfullCode overfull : pairing.overfull()) {
      err.println("couple not compared: " + overfull.problem());
    }
    if (!pairing.waiting().isEmpty()) {
      err.println(
          "waiting for a partner: couple code"
              + (pairing.waiting().size() == 1 ? " " : "s ")
              + String.join(", ", pairing.waiting().stream().map(Pairing.Waiting::code).toList())
              + " (one partner has answered so far)");
    }
    if (!pairing.unpaired().isEmpty()) {
      err.println(
          pairing.unpaired().size()
              + " client"
              + (pairing.unpaired().size() == 1 ? " has" : "s have")
              + " no couple code: individual reports only");
    }
  }

  private static List<Path> sampleFiles() {
    if (!Files.isDirectory(SAMPLE_FOLDER)) {
      throw new UsageException(
          "no input files named, and there is no sample folder "
              + SAMPLE_FOLDER
              + " here; name your exports: tandem run FILE...");
    }
    try (Stream<Path> listing = Files.list(SAMPLE_FOLDER)) {
      List<Path> samples =
          listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
      if (samples.isEmpty()) {
        throw new UsageException(
            "no input files named, and " + SAMPLE_FOLDER + " holds no .csv file");
      }
      return samples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UsageException(
          "the output folder " + folder + " cannot be created (" + e.getMessage() + ")");
    }
  }
}
