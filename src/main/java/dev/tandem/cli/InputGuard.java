package dev.tandem.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps a command from writing over what it reads: an output named on the command line that is one
 * of the inputs (the same path, or the same file through a symbolic or hard link) is a usage error,
 * found before anything is opened for writing.
 */
final class InputGuard {

  private InputGuard() {}

  /**
   * Refuses {@code output} when it is one of {@code inputs}; {@code what} names the option in the
   * message ("the output", "the key file").
   */
  static void refuseInput(Path output, List<Path> inputs, String what) {
    for (Path input : inputs) {
      if (sameFile(output, input)) {
        throw new UsageException(
            what
                + " "
                + output
                + " is the input file "
                + input
                + (output.equals(input) ? "" : " (the same file under another name)")
                + "; writing it would destroy the export. Choose another file to write");
      }
    }
  }

  /**
   * Refuses an output folder that holds one of the inputs: reports written there could replace it.
   */
  static void refuseInputsInside(Path folder, List<Path> inputs) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      refuseInput(folder, inputs, "the output folder");
      throw new UsageException(
          "the output folder " + folder + " is a file; choose a folder with -o");
    }
    Path real = real(folder);
    for (Path input : inputs) {
      Path parent = real(input).getParent();
      if (parent != null && parent.equals(real)) {
        throw new UsageException(
            "the input file "
                + input
                + " is in the output folder "
                + folder
                + ", where reports could replace it; move the export elsewhere or choose another folder with -o");
      }
    }
  }

  static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // one of them cannot be looked at: it cannot be read, so it cannot be lost
    }
  }

  /** The path with every link resolved as far as it exists. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }
}
