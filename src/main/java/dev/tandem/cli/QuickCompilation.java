package dev.tandem.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanException;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.ReflectionException;

/**
 * Keeps a short batch process on HotSpot's quick compiler (C1). {@code tandem run} on a practice of
 * 100 couples is over in under a minute, and HotSpot's optimising compiler (C2) spent more of its
 * CPU compiling the report libraries' code than its faster code gave back before the process ended:
 * JFR counted 52 s of compiling in such a run, 11 s with C2 kept for a few loops (below), and the
 * run's CPU fell from 61 s to 44 s (two cores, other work on the machine). The choice is made
 * through the runtime's own diagnostic command ({@code Compiler.directives_add}, what {@code jcmd}
 * sends), so {@code java -jar} needs no flag. A runtime without that command (not HotSpot) runs as
 * it would have; the long-running app never asks.
 */
final class QuickCompilation {

  /**
   * Every method but a few loops is never compiled by C2, so HotSpot keeps C1's code. The loops
   * keep C2: the PNG rows of the workbooks' charts and SHA-256, with which every report file is
   * recorded (with C1 alone they rose from 3% to 11% and from under 1% to 4% of a run's samples; C2
   * alone has the processor's SHA instructions), which run over every byte of a report; and the
   * import, scoring, statistics and couples code, which runs over every answer of an export however
   * large it is (not measured here: on 100 couples it makes no difference). The PNG encoder's own
   * row loop is left to C1: it only hands each row to the small loops that C2 compiles and to the
   * deflater, and C2 compiled it six times per run with those loops inlined (0.8 s; now 0.2 s on
   * the encoder's small loops, its share of the samples the same). The first directive that matches
   * applies.
   */
  static final String DIRECTIVES =
      "[{ match: \"dev/tandem/report/PngEncoder.scanlines\", c2: { Exclude: true } },"
          + " { match: [\"dev/tandem/report/PngEncoder.*\", \"sun/security/provider/*.*\","
          + " \"dev/tandem/ingest/*.*\", \"dev/tandem/scoring/*.*\", \"dev/tandem/stats/*.*\","
          + " \"dev/tandem/couples/*.*\"],"
          + " c2: { Exclude: false } },"
          + " { match: \"*.*\", c2: { Exclude: true } }]";

  private static final String ADDED = "3 compiler directives added";

  private QuickCompilation() {}

  /** Asks the runtime to compile with C1 only from now on; false when it cannot be asked. */
  static boolean apply() {
    Path file = null;
    try {
      file = Files.createTempFile("tandem-compiler-", ".json");
      Files.writeString(file, DIRECTIVES);
      Object added = diagnostic("compilerDirectivesAdd", file.toString());
      return String.valueOf(added).startsWith(ADDED);
    } catch (IOException
        | InstanceNotFoundException
        | MBeanException
        | ReflectionException
        | MalformedObjectNameException e) {
      return false;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a temporary file of one line holding no data; the system's cleaning removes it
        }
      }
    }
  }

  /** Runs one of the runtime's diagnostic commands and returns what it printed. */
  static Object diagnostic(String command, String... arguments)
      throws InstanceNotFoundException,
          MBeanException,
          ReflectionException,
          MalformedObjectNameException {
    return ManagementFactory.getPlatformMBeanServer()
        .invoke(
            new ObjectName("com.sun.management:type=DiagnosticCommand"),
            command,
            new Object[] {arguments},
            new String[] {String[].class.getName()});
  }
}
