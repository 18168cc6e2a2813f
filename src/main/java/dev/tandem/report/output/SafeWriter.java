package dev.tandem.report.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes reports into one output folder so that a run never leaves a half-written report and never
 * overwrites a coach's edits.
 *
 * <ul>
 *   <li>Each report is written to a hidden temporary file in the same folder ({@code
 *       .tandem-<pid>-*.partial}, readable by the owner only), flushed to disk and then moved over
 *       the old report in one atomic step. A run killed mid-write leaves the old report as it was;
 *       the next run removes the leftover partial files of dead runs.
 *   <li>A report that is open in Excel or LibreOffice (their lock file beside it) or whose
 *       replacement the system refuses is a {@link WriteResult.Status#FAILED} result naming the
 *       file; the caller goes on with the other reports.
 *   <li>The manifest {@value #MANIFEST} in the folder records the SHA-256 of every file Tandem
 *       wrote there, in {@code sha256sum} format. A report whose bytes no longer match was edited
 *       by someone: it is kept, and the new report goes beside it as {@code name (new).xlsx}. A
 *       file Tandem has no record of is treated the same way.
 * </ul>
 *
 * One writer may be shared by several threads, and several writers may write into one folder at
 * once: each save of the record re-reads the manifest under a lock and adds what this writer wrote
 * since its last save, so no writer loses another's record. {@link #write} saves the record after
 * each file; {@link #writeRecordLater} leaves it to {@link #saveRecord}, which a report run calls
 * after each client's, couple's or the cohort's files. A run stopped between a report's move and
 * that save leaves the report without a record: the next run keeps it and writes the new report
 * beside it, as for any file Tandem has no record of, and never replaces it.
 */
public final class SafeWriter {

  /** The manifest's file name inside the output folder. */
  public static final String MANIFEST = ".tandem-manifest";

  private static final String PARTIAL_PREFIX = AtomicFile.PARTIAL_PREFIX;
  private static final String PARTIAL_SUFFIX = AtomicFile.PARTIAL_SUFFIX;
  private static final int MAX_BESIDE = 99;

  /** Guards the read-modify-write of every manifest in this process. */
  private static final Object MANIFEST_LOCK = new Object();

  /** The content of one report, written to the stream it is given (which it must not close). */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path directory;

  /** The record as this writer knows it: the manifest when opened and every file written since. */
  private final Map<String, String> manifest;

  /** What this writer wrote since it last saved the record. */
  private final Map<String, String> unsaved = new ConcurrentHashMap<>();

  /**
   * Opens a folder for writing, creating it if needed, reading its manifest and removing partial
   * files that runs which no longer exist left behind.
   */
  public SafeWriter(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory must not be null");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new OutputException(
          directory
              + ": cannot create the output folder ("
              + reason(e)
              + "); choose another with -o");
    }
    this.manifest = new ConcurrentHashMap<>(readManifest(directory.resolve(MANIFEST)));
    removeLeftovers(directory);
  }

  public Path directory() {
    return directory;
  }

  /**
   * Writes one report under {@code fileName} (a plain name, no folders) and saves the record.
   * Failures of the file system are returned as a failed result; an exception thrown by {@code
   * content} itself (a bug or a problem building the report) is passed on after the partial file
   * has been removed.
   */
  public WriteResult write(String fileName, Content content) {
    try {
      return writeRecordLater(fileName, content);
    } finally {
      saveRecord();
    }
  }

  /**
   * As {@link #write}, but the file's record is only kept in memory until {@link #saveRecord} is
   * called.
   */
  public WriteResult writeRecordLater(String fileName, Content content) {
    Objects.requireNonNull(content, "content must not be null");
    Path target = resolve(fileName);
    Optional<Path> lock = lockFileOf(target);
    if (lock.isPresent()) {
      return new WriteResult(
          WriteResult.Status.FAILED,
          target,
          target
              + " is open in a spreadsheet program (its lock file "
              + lock.get().getFileName()
              + " is there), so it was not replaced; close it and run again");
    }
    Path partial;
    String hash;
    try {
      partial = AtomicFile.newPartial(directory);
    } catch (IOException e) {
      return failed(target, "cannot create a file in the folder (" + reason(e) + ")");
    }
    try {
      hash = writeAndHash(partial, content);
      return place(partial, target, hash);
    } catch (IOException e) {
      return failed(target, "cannot be written (" + reason(e) + ")");
    } finally {
      deleteQuietly(partial);
    }
  }

  private Path resolve(String fileName) {
    Objects.requireNonNull(fileName, "fileName must not be null");
    Path name = Path.of(fileName);
    if (name.getNameCount() != 1 || fileName.isBlank() || fileName.startsWith(".")) {
      throw new IllegalArgumentException("a report file name is a plain name, not " + fileName);
    }
    return directory.resolve(name);
  }

  private WriteResult place(Path partial, Path target, String hash) throws IOException {
    String name = target.getFileName().toString();
    if (!Files.isRegularFile(target)) {
      // nothing there, or something that is not a file: the move itself says whether it can go
      return move(partial, target, hash, WriteResult.Status.WRITTEN, target + " written");
    }
    String existing = hashOf(target);
    if (existing.equals(hash)) {
      record(name, hash);
      return new WriteResult(WriteResult.Status.UNCHANGED, target, target + " is unchanged");
    }
    if (existing.equals(manifest.get(name))) {
      return move(partial, target, hash, WriteResult.Status.WRITTEN, target + " written");
    }
    Optional<Path> beside = besideName(target, hash);
    if (beside.isEmpty()) {
      return failed(
          target,
          "was changed since Tandem wrote it, and so were the copies beside it; "
              + "move the edited files elsewhere and run again");
    }
    String why =
        manifest.containsKey(name)
            ? " was changed since Tandem wrote it, so it was kept and the new report was written as "
            : " was not written by Tandem (or its record is gone), so it was kept and the new report was written as ";
    return move(
        partial,
        beside.get(),
        hash,
        WriteResult.Status.WRITTEN_BESIDE,
        target + why + beside.get().getFileName());
  }

  /**
   * The first "name (new).ext", "name (new 2).ext", ... that is free, Tandem's own or identical.
   */
  private Optional<Path> besideName(Path target, String hash) throws IOException {
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    for (int n = 1; n <= MAX_BESIDE; n++) {
      Path candidate =
          directory.resolve(stem + (n == 1 ? " (new)" : " (new " + n + ")") + extension);
      if (!Files.exists(candidate)) {
        return Optional.of(candidate);
      }
      String existing = hashOf(candidate);
      if (existing.equals(hash)
          || existing.equals(manifest.get(candidate.getFileName().toString()))) {
        if (lockFileOf(candidate).isEmpty()) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private WriteResult move(
      Path partial, Path target, String hash, WriteResult.Status status, String message) {
    String note = "";
    try {
      if (!AtomicFile.moveIntoPlace(partial, target)) {
        note =
            " (this file system cannot replace files in one step; an interrupted run could leave it damaged)";
      }
    } catch (IOException e) {
      return failed(
          target,
          "could not be replaced ("
              + reason(e)
              + "); if it is open in Excel or another "
              + "program, close it and run again");
    }
    record(target.getFileName().toString(), hash);
    return new WriteResult(status, target, message + note);
  }

  private static WriteResult failed(Path target, String why) {
    return new WriteResult(WriteResult.Status.FAILED, target, target + " " + why);
  }

  private static String writeAndHash(Path partial, Content content) throws IOException {
    MessageDigest digest = sha256();
    try (FileChannel channel =
        FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      OutputStream out =
          new DigestOutputStream(
              new BufferedOutputStream(Channels.newOutputStream(channel)), digest);
      content.writeTo(new UnclosableOutputStream(out));
      out.flush();
      channel.force(true);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Excel's owner file (~$name, or ~$ over the first two characters of a long name) or
   * LibreOffice's.
   */
  static Optional<Path> lockFileOf(Path target) {
    String name = target.getFileName().toString();
    Path folder = target.getParent();
    List<String> candidates = new ArrayList<>();
    candidates.add("~$" + name);
    if (name.length() > 2) {
      candidates.add("~$" + name.substring(2));
    }
    candidates.add(".~lock." + name + "#");
    return candidates.stream().map(folder::resolve).filter(Files::exists).findFirst();
  }

  private void record(String name, String hash) {
    if (!hash.equals(manifest.put(name, hash))) {
      unsaved.put(name, hash);
    }
  }

  /**
   * Adds what this writer wrote since its last save to the folder's manifest (re-read, so entries
   * that other writers saved stay), in one replacement of the file. Does nothing when there is
   * nothing new.
   */
  public void saveRecord() {
    synchronized (MANIFEST_LOCK) {
      if (unsaved.isEmpty()) {
        return;
      }
      Map<String, String> saving = Map.copyOf(unsaved);
      Path file = directory.resolve(MANIFEST);
      Map<String, String> current = readManifest(file);
      current.putAll(saving);
      writeManifest(file, current);
      // a file written again meanwhile keeps its newer entry for the next save
      saving.forEach(unsaved::remove);
    }
  }

  private void writeManifest(Path file, Map<String, String> entries) {
    StringBuilder text = new StringBuilder();
    entries.forEach((entry, sha) -> text.append(sha).append("  ").append(entry).append('\n'));
    try {
      AtomicFile.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> readManifest(Path file) {
    Map<String, String> entries = new TreeMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return entries;
    } catch (IOException e) {
      throw new OutputException(
          file
              + ": cannot read Tandem's record of the reports ("
              + reason(e)
              + "); delete it to start a new record");
    }
    for (String line : lines) {
      int gap = line.indexOf("  ");
      if (gap == 64 && line.length() > 66) {
        entries.put(line.substring(66), line.substring(0, 64));
      }
    }
    return entries;
  }

  /** Deletes partial files whose run (the pid in their name) is no longer alive. */
  private static void removeLeftovers(Path directory) {
    try (DirectoryStream<Path> partials =
        Files.newDirectoryStream(directory, PARTIAL_PREFIX + "*" + PARTIAL_SUFFIX)) {
      for (Path partial : partials) {
        if (!ownerAlive(partial.getFileName().toString())) {
          deleteQuietly(partial);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean ownerAlive(String fileName) {
    String rest = fileName.substring(PARTIAL_PREFIX.length());
    int dash = rest.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    try {
      long pid = Long.parseLong(rest.substring(0, dash));
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static String hashOf(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a partial file that cannot be removed now is removed by the next run
    }
  }

  static String reason(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return kind + ": " + f.getReason();
    }
    return kind;
  }

  /** Keeps report writers (POI closes streams it is given) from closing the partial file early. */
  private static final class UnclosableOutputStream extends java.io.FilterOutputStream {
    UnclosableOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
