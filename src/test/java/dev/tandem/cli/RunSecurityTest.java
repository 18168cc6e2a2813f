package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The confidentiality promises of `tandem run`, checked on the sample data end to end. */
class RunSecurityTest {

  private static final Path SAMPLE =
      Path.of(
          "src", "test", "resources", "cli", "small-sample.csv"); // 5 clients, 2 couples, 7 rows

  @TempDir Path folder;

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** Every text in every cell of every sheet. */
  private static String text(Workbook workbook) {
    StringBuilder text = new StringBuilder();
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          text.append(cell.toString()).append('\n');
        }
      }
    }
    return text.toString();
  }

  private static Set<String> sampleNamesAndEmails() throws IOException {
    Set<String> secrets = new LinkedHashSet<>();
    try (Reader reader = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8);
        CSVReader csv = new CSVReader(reader)) {
      List<String[]> rows = new ArrayList<>();
      csv.forEach(rows::add);
      List<String> header = List.of(rows.get(0));
      int email = header.indexOf("Email address");
      int name = header.indexOf("Name");
      for (String[] row : rows.subList(1, rows.size())) {
        secrets.add(row[email]);
        secrets.add(row[name]);
      }
    }
    return secrets;
  }

  private static Map<String, String> hashes(Path folder) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        hashes.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
      }
    }
    return hashes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void withAPasswordEveryReportIsEncryptedAndOpensOnlyWithIt() throws IOException {
    Path reports = folder.resolve("reports");
    Path passwordFile = Files.writeString(folder.resolve("password.txt"), "tandem-test-password\n");

    Cli.Result result =
        Cli.run(
            "run",
            SAMPLE.toString(),
            "-o",
            reports.toString(),
            "--password-file",
            passwordFile.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("encrypted with the password");
    List<Path> workbooks = files(reports, ".xlsx");
    List<Path> pdfs = files(reports, ".pdf");
    assertThat(workbooks)
        .filteredOn(p -> p.getFileName().toString().startsWith("client-"))
        .hasSize(5);
    assertThat(workbooks)
        .filteredOn(p -> p.getFileName().toString().startsWith("couple-"))
        .isNotEmpty();
    assertThat(pdfs)
        .filteredOn(p -> p.getFileName().toString().startsWith("client-"))
        .hasSize(2 * 5);
    assertThat(pdfs)
        .filteredOn(p -> p.getFileName().toString().endsWith("-handout.pdf"))
        .hasSizeGreaterThan(5);
    for (Path workbook : workbooks) {
      assertThatThrownBy(() -> WorkbookFactory.create(workbook.toFile(), null, true))
          .as(workbook.getFileName().toString())
          .isInstanceOf(EncryptedDocumentException.class);
    }
    for (Path pdf : pdfs) {
      assertThatThrownBy(() -> Loader.loadPDF(pdf.toFile()))
          .isInstanceOf(InvalidPasswordException.class);
    }
    try (Workbook cohort =
        WorkbookFactory.create(
            reports.resolve("cohort.xlsx").toFile(), "tandem-test-password", true)) {
      assertThat(cohort.getSheet("Scores").getLastRowNum())
          .isEqualTo(1 + 7); // two header rows, then the seven responses
    }
    Path coachPdf =
        pdfs.stream().filter(p -> !p.toString().endsWith("-handout.pdf")).findFirst().orElseThrow();
    try (PDDocument pdf = Loader.loadPDF(coachPdf.toFile(), "tandem-test-password")) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Client report");
    }
  }

  @Test
  void pseudonymisedReportsNameNoClientAndTheKeyDoes() throws IOException {
    Path reports = folder.resolve("reports");
    Path key = folder.resolve("keep-apart").resolve("key.xlsx");

    Cli.Result result =
        Cli.run(
            "run",
            SAMPLE.toString(),
            "-o",
            reports.toString(),
            "--pseudonymize",
            "--pseudonym-secret",
            folder.resolve("secret").toString(),
            "--key-file",
            key.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("The key from client and couple codes to names is in " + key);
    StringBuilder everything = new StringBuilder();
    for (Path workbook : files(reports, ".xlsx")) {
      try (Workbook opened = WorkbookFactory.create(workbook.toFile(), null, true)) {
        everything.append(text(opened));
      }
    }
    for (Path pdf : files(reports, ".pdf")) {
      try (PDDocument opened = Loader.loadPDF(pdf.toFile())) {
        everything.append(new PDFTextStripper().getText(opened));
      }
    }
    assertThat(everything).contains("Client report");
    String keyText;
    try (Workbook opened = WorkbookFactory.create(key.toFile(), null, true)) {
      keyText = text(opened);
    }
    Set<String> secrets = sampleNamesAndEmails();
    assertThat(secrets).hasSize(10);
    for (String secret : secrets) {
      assertThat(everything.toString()).as("reports").doesNotContainIgnoringCase(secret);
      assertThat(keyText).as("key").contains(secret);
    }
  }

  @Test
  void aSecondRunOnTheSameInputLeavesEveryReportAsItWas() throws IOException {
    Path reports = folder.resolve("reports");
    Cli.run("run", SAMPLE.toString(), "-o", reports.toString());
    Map<String, String> first = hashes(reports);

    Cli.Result second = Cli.run("run", SAMPLE.toString(), "-o", reports.toString());

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(hashes(reports)).isEqualTo(first);
    assertThat(first).containsKeys("cohort.xlsx", ".tandem-manifest").hasSizeGreaterThan(2 * 5 + 2);
  }

  @Test
  void aReportTheCoachEditedIsKeptAndTheRunSaysWhereTheNewOneWent() throws IOException {
    Path reports = folder.resolve("reports");
    Cli.run("run", SAMPLE.toString(), "-o", reports.toString(), "--format", "xlsx");
    Path edited = files(reports, ".xlsx").get(0);
    byte[] coachsVersion = "the coach's own notes".getBytes(StandardCharsets.UTF_8);
    Files.write(edited, coachsVersion);

    Cli.Result second =
        Cli.run("run", SAMPLE.toString(), "-o", reports.toString(), "--format", "xlsx");

    String name = edited.getFileName().toString();
    Path beside = reports.resolve(name.replace(".xlsx", " (new).xlsx"));
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err())
        .contains(
            edited
                + " was changed since Tandem wrote it, so it was kept and the new"
                + " report was written as "
                + beside.getFileName());
    assertThat(Files.readAllBytes(edited)).isEqualTo(coachsVersion);
    assertThat(beside).exists();
  }

  @Test
  void aReportOpenInExcelIsNamedAndTheOthersAreWritten() throws IOException {
    Path reports = folder.resolve("reports");
    Cli.run("run", SAMPLE.toString(), "-o", reports.toString(), "--format", "xlsx");
    Files.writeString(reports.resolve("~$cohort.xlsx"), "owner");
    Path client = files(reports, ".xlsx").get(0);
    Files.delete(client);

    Cli.Result second =
        Cli.run("run", SAMPLE.toString(), "-o", reports.toString(), "--format", "xlsx");

    assertThat(second.exitCode()).isEqualTo(3);
    assertThat(second.err())
        .contains(
            "not written: "
                + reports.resolve("cohort.xlsx")
                + " is open in a spreadsheet"
                + " program (its lock file ~$cohort.xlsx is there), so it was not replaced; close it and run again");
    assertThat(second.err())
        .contains("client reports, ")
        .contains(" couple reports and no cohort report to ");
    assertThat(client).exists();
  }
}
