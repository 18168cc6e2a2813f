package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs commands over the sample data, with a few canaries planted in it (a name, an email, and
 * answers that cannot be scored, the values most likely to be echoed in a rejection), and checks
 * that no client name, email or answer reaches stdout, stderr, System.out/err or any log line at
 * any level.
 */
class LogLeakTest {

  private static final String CANARY_NAME = "Zebedee Quillfeather";
  private static final String CANARY_EMAIL = "zebedee.quillfeather@example.org";
  private static final String CANARY_ANSWER = "Kumquat-Answer-7731";
  private static final String CANARY_FORMULA = "=HYPERLINK(\"http://leak.example\",\"Leak\")";

  /** Seven rows of the sample: two couples, one with two waves, and a client on their own. */
  private static final Path SMALL_SAMPLE =
      Path.of("src", "test", "resources", "cli", "small-sample.csv");

  @TempDir Path folder;

  private record Sample(Path file, Set<String> secrets) {}

  /**
   * The small sample with canaries in its first two rows; every name and email in it is a secret.
   */
  private Sample sample() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(SMALL_SAMPLE, StandardCharsets.UTF_8);
        CSVReader csv = new CSVReader(reader)) {
      csv.forEach(rows::add);
    }
    String[] header = rows.get(0);
    int email = indexOf(header, "Email address");
    int name = indexOf(header, "Name");
    rows.get(1)[email] = CANARY_EMAIL;
    rows.get(1)[name] = CANARY_NAME;
    rows.get(1)[header.length - 1] = CANARY_ANSWER;
    rows.get(2)[header.length - 2] = CANARY_FORMULA;
    Set<String> secrets =
        new LinkedHashSet<>(List.of(CANARY_NAME, CANARY_EMAIL, CANARY_ANSWER, "leak.example"));
    for (String[] row : rows.subList(1, rows.size())) {
      secrets.add(row[email]);
      secrets.add(row[name]);
    }
    Path file = folder.resolve("clients.csv");
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVWriter csv = new CSVWriter(writer)) {
      csv.writeAll(rows);
    }
    return new Sample(file, secrets);
  }

  private static int indexOf(String[] header, String column) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(column)) {
        return i;
      }
    }
    throw new IllegalStateException("the sample has no column " + column);
  }

  /** Runs the command with every output channel captured; returns all that was written. */
  private static String everythingPrintedBy(String... args) {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration configuration = context.getConfiguration();
    StringWriter logged = new StringWriter();
    Appender appender =
        WriterAppender.newBuilder()
            .setName("leak-check")
            .setTarget(logged)
            .setLayout(
                PatternLayout.newBuilder().setPattern("%level %logger %msg %throwable%n").build())
            .build();
    appender.start();
    LoggerConfig root = configuration.getRootLogger();
    Level before = root.getLevel();
    // Tandem's own appenders would print every debug line of PDFBox and POI to the build's console,
    // which
    // made this class slow; they are set aside while the leak check's appender sees every event at
    // ALL.
    Map<String, Appender> consoles = Map.copyOf(root.getAppenders());
    consoles.keySet().forEach(root::removeAppender);
    root.addAppender(appender, Level.ALL, null);
    root.setLevel(Level.ALL);
    context.updateLoggers();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream system = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(system, true, StandardCharsets.UTF_8);
    Cli.Result result;
    try {
      System.setOut(capture);
      System.setErr(capture);
      result = Cli.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
      root.removeAppender("leak-check");
      consoles.values().forEach(console -> root.addAppender(console, null, null));
      root.setLevel(before);
      context.updateLoggers();
      appender.stop();
    }
    return "exit "
        + result.exitCode()
        + "\n"
        + result.out()
        + result.err()
        + system.toString(StandardCharsets.UTF_8)
        + logged;
  }

  /**
   * The secrets found in {@code printed}, ignoring case. With every logger at ALL, PDFBox's debug
   * lines make the output megabytes long: it is lower-cased once here, not once per secret.
   */
  private static List<String> leaked(String printed, Set<String> secrets) {
    String lower = printed.toLowerCase(Locale.ROOT);
    return secrets.stream()
        .filter(secret -> lower.contains(secret.toLowerCase(Locale.ROOT)))
        .toList();
  }

  @Test
  void validatingTheSampleLeaksNoNameEmailOrAnswer() throws IOException {
    Sample sample = sample();

    String printed = everythingPrintedBy("validate", "--explain", sample.file().toString());

    assertThat(printed).contains("rows read"); // the command did run and report
    assertThat(sample.secrets())
        .hasSizeGreaterThan(10); // the canaries and the names and e-mails of five clients
    assertThat(leaked(printed, sample.secrets())).as("secrets in the output of validate").isEmpty();
  }

  @Test
  void scoringAndStatisticsOverTheSampleLeakNoNameEmailOrAnswer() throws IOException {
    Sample sample = sample();

    String printed =
        everythingPrintedBy(
                "score", sample.file().toString(), "-o", folder.resolve("scores.csv").toString())
            + everythingPrintedBy("stats", sample.file().toString())
            + everythingPrintedBy("stats", "--json", sample.file().toString());

    assertThat(printed).contains("wrote 7 assessments");
    assertThat(leaked(printed, sample.secrets()))
        .as("secrets in the output of score and stats")
        .isEmpty();
  }

  @Test
  void runningTheWholePipelineOverTheSampleLeaksNoNameEmailOrAnswer() throws IOException {
    Sample sample = sample();

    String printed =
        everythingPrintedBy(
            "run",
            sample.file().toString(),
            "-o",
            folder.resolve("reports").toString(),
            "--format",
            "both");

    assertThat(printed).contains("couple reports and the cohort report");
    assertThat(leaked(printed, sample.secrets())).as("secrets in the output of run").isEmpty();
  }

  @Test
  void aRunLeavesNothingInTheTemporaryFolder() throws Exception {
    Path temporary = Files.createDirectories(folder.resolve("tmp"));
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary,
                "-Djava.awt.headless=true",
                // a run this short is over before the optimising compiler pays for itself
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "run",
                SMALL_SAMPLE.toString(),
                "-o",
                folder.resolve("reports").toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("run.log").toFile())
            .start();

    assertThat(run.waitFor()).as(Files.readString(folder.resolve("run.log"))).isZero();
    try (java.util.stream.Stream<Path> left = Files.walk(temporary)) {
      assertThat(left.filter(p -> !p.equals(temporary))).isEmpty();
    }
    try (java.util.stream.Stream<Path> reports = Files.list(folder.resolve("reports"))) {
      assertThat(
              reports
                  .filter(p -> p.getFileName().toString().startsWith("client-"))
                  .filter(p -> p.toString().endsWith(".pdf")))
          .hasSize(2 * 5);
    }
  }
}
