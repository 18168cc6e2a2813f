package dev.tandem.app;

import dev.tandem.couples.CouplePatterns;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.MappingFile;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.report.output.PrivateTempDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the app holds for the coach between pages: the reports folder, the definitions, the exports
 * the coach handed over (kept in a private folder of this app's own inside the reports folder, so
 * two apps never share one, removed when the app quits), the coach's column choices for them (kept
 * there as a mapping file, which every later reading of the exports uses), and the latest report
 * run. The app reads no path the coach did not pick, and writes only inside the reports folder.
 */
final class Workspace {

  /** The most exports one run takes. */
  static final int MAX_FILES = 20;

  /** The largest export the app accepts. */
  static final long MAX_FILE_BYTES = 50L << 20;

  private static final List<String> EXPORT_ENDINGS = List.of(".csv", ".tsv", ".txt", ".xlsx");

  final Path output;
  final Path definitions;
  private final Path work;
  private final List<Upload> uploads = new ArrayList<>();
  private int uploadCount;
  private List<String> problems = List.of();
  private Optional<String> notice = Optional.empty();
  private Optional<ReportJob> job = Optional.empty();
  private Choices choices = new Choices(MappingFile.none(), Optional.empty());

  /** The coach's column choices, and the mapping file that holds them once they were checked. */
  record Choices(MappingFile mapping, Optional<Path> file) {}

  /** An export the coach handed over: the name they know it by, and where the app keeps it. */
  record Upload(String name, Path file) {}

  Workspace(Path output, Path definitions) {
    this.output = output.toAbsolutePath().normalize();
    this.definitions = definitions;
    try {
      Files.createDirectories(this.output);
      this.work = Files.createTempDirectory(this.output, ".tandem-app-");
      restrictToOwner(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every definition in the definitions folder; none when there is no folder. */
  List<Questionnaire> questionnaires() {
    return Files.isDirectory(definitions)
        ? QuestionnaireLoader.loadDirectory(definitions)
        : List.of();
  }

  /** The couple patterns beside the definitions, checked against every definition there. */
  CouplePatterns couplePatterns() {
    Path file = definitions.resolve(QuestionnaireLoader.PATTERNS_FILE);
    return Files.isRegularFile(file)
        ? CouplePatterns.load(file, questionnaires())
        : CouplePatterns.none();
  }

  synchronized List<Upload> uploads() {
    return List.copyOf(uploads);
  }

  /**
   * Keeps an export the coach handed over, under a name made safe; refuses what is not an export.
   */
  synchronized Upload keep(String offeredName, byte[] content) {
    String name = safeName(offeredName);
    if (EXPORT_ENDINGS.stream().noneMatch(name.toLowerCase(Locale.ROOT)::endsWith)) {
      throw new Http.Refused(
          415,
          "\""
              + name
              + "\" is not an export Tandem reads: choose a .csv, .tsv, .txt or .xlsx"
              + " file saved from your survey tool.");
    }
    if (uploads.size() >= MAX_FILES) {
      throw new Http.Refused(
          413, "Tandem reads at most " + MAX_FILES + " files at once: remove some first.");
    }
    try {
      Path folder =
          Files.createDirectories(work.resolve("uploads").resolve(Integer.toString(++uploadCount)));
      Path file = Files.write(folder.resolve(name), content);
      Upload upload = new Upload(name, file);
      uploads.add(upload);
      return upload;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets an export and removes the app's copy of it. */
  synchronized void remove(Upload upload) {
    uploads.remove(upload);
    PrivateTempDir.deleteTree(upload.file().getParent());
  }

  /** Forgets every export, and the column choices made for them. */
  synchronized void removeAll() {
    List.copyOf(uploads).forEach(this::remove);
    choices = new Choices(MappingFile.none(), Optional.empty());
  }

  synchronized Choices choices() {
    return choices;
  }

  /** Uses these choices, checked and written to {@code file}, from now on. */
  synchronized void choose(MappingFile mapping, Path file) {
    choices = new Choices(mapping, Optional.of(file));
  }

  /** How the exports are read: with the coach's mapping file when there is one. */
  synchronized ImportOptions importOptions() {
    ImportOptions defaults = ImportOptions.defaults();
    return choices.file().map(defaults::withMapping).orElse(defaults);
  }

  /** The problems to show at the top of the next page the coach sees, once. */
  synchronized void flash(List<String> newProblems) {
    problems = List.copyOf(newProblems);
  }

  synchronized List<String> takeProblems() {
    List<String> taken = problems;
    problems = List.of();
    return taken;
  }

  /** A message of what was done, shown once on the next page the coach sees. */
  synchronized void notice(String text) {
    notice = Optional.of(text);
  }

  synchronized Optional<String> takeNotice() {
    Optional<String> taken = notice;
    notice = Optional.empty();
    return taken;
  }

  synchronized Optional<ReportJob> job() {
    return job;
  }

  synchronized void start(ReportJob newJob) {
    if (job.isPresent() && job.get().running()) {
      throw new Http.Refused(
          409, "Reports are being created already: wait for them, or cancel them first.");
    }
    job = Optional.of(newJob);
  }

  /**
   * A private scratch file for the app (a definition to check, a blank questionnaire), inside the
   * reports folder.
   */
  Path scratch(String name) {
    try {
      return Files.createTempDirectory(work, "scratch").resolve(safeName(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Says a message without the app's private folders, so the coach sees the file names they know.
   */
  String plain(String message) {
    return message
        .replaceAll("\\Q" + work.resolve("uploads") + "\\E[/\\\\]\\d+[/\\\\]", "")
        .replaceAll("\\Q" + work + "\\E[/\\\\]scratch\\d+[/\\\\]", "");
  }

  /** Removes the app's private folder: the exports' copies and every scratch file. */
  void close() {
    PrivateTempDir.deleteTree(work);
  }

  static String safeName(String offered) {
    String last = offered.replace('\\', '/');
    last =
        last.substring(last.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
    if (last.isEmpty() || last.startsWith(".")) {
      last = "export" + last;
    }
    return last.length() > 120 ? last.substring(last.length() - 120) : last;
  }

  private static void restrictToOwner(Path folder) throws IOException {
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
