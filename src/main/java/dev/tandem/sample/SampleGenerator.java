package dev.tandem.sample;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.ResponseScale;
import dev.tandem.questionnaire.Scale;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Writes synthetic responses to questionnaires, seeded so that the same settings always give the
 * same file. Each client has a target score per scale; each answer is that target plus noise,
 * rounded to the response scale and reverse keyed where the item is. Couples are drawn from {@link
 * Profile}s so that the patterns a coach looks for occur. Two layouts: a Google Forms export
 * (question texts as headers, answers as option labels: the sample data in seeds/) and a plain file
 * (item ids as headers, numbers: for benchmarks).
 */
public final class SampleGenerator {

  /** The file layout to write. */
  public enum Layout {
    GOOGLE_FORMS,
    PLAIN
  }

  /**
   * @param couples number of couples (two clients each)
   * @param singles clients without a partner
   * @param repeatShare share of clients who answer a second time about two months later
   * @param missingShare share of answers left empty
   */
  public record Settings(
      int couples, int singles, double repeatShare, double missingShare, Layout layout, long seed) {
    public Settings {
      Objects.requireNonNull(layout, "layout must not be null");
      if (couples < 0 || singles < 0) {
        throw new IllegalArgumentException("couples and singles must not be negative");
      }
      if (repeatShare < 0 || repeatShare > 1 || missingShare < 0 || missingShare >= 1) {
        throw new IllegalArgumentException("shares must be between 0 and 1");
      }
    }

    /** The sample data shipped in seeds/. */
    public static Settings sample() {
      return new Settings(24, 2, 0.3, 0.01, Layout.GOOGLE_FORMS, 20261128L);
    }
  }

  private static final DateTimeFormatter GOOGLE_TIMESTAMP =
      DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss", Locale.ROOT);
  private static final String[] FIRST_NAMES = {
    "Alex", "Sam", "Robin", "Jordan", "Maya", "Leo", "Nora", "Ines", "Tom", "Zoe", "Ravi", "Ana",
    "Jonas", "Lena", "Omar", "Clara", "Mateo", "Priya", "Felix", "Hana", "Noah", "Elif", "Kai",
        "Sofia"
  };
  private static final String[] LAST_NAMES = {
    "Berg", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Haas", "Ivanova", "Jensen", "Khan",
    "Larsen", "Moreau", "Novak", "Okafor", "Petit", "Quinn", "Rossi", "Silva", "Tanaka", "Usman"
  };

  private final List<Questionnaire> questionnaires;
  private final Settings settings;
  private final Random random;

  public SampleGenerator(List<Questionnaire> questionnaires, Settings settings) {
    this.questionnaires = List.copyOf(questionnaires);
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.random = new Random(settings.seed());
  }

  public void write(Path file) {
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(Writer out) throws IOException {
    writeHeader(out);
    Profile[] profiles = Profile.values();
    LocalDateTime start = LocalDateTime.of(2026, 3, 2, 9, 0);
    int client = 0;
    for (int c = 0; c < settings.couples(); c++) {
      Profile profile = profiles[c % profiles.length];
      String code = String.format(Locale.ROOT, "C%02d", c + 1);
      for (int partner = 0; partner < 2; partner++) {
        writeClient(
            out, client++, code, profile.partner(partner), start.plusHours(7L * c + partner));
      }
    }
    for (int s = 0; s < settings.singles(); s++) {
      writeClient(out, client++, "", Map.of(), start.plusDays(3).plusHours(5L * s));
    }
  }

  private void writeHeader(Writer out) throws IOException {
    List<String> header = new ArrayList<>();
    if (settings.layout() == Layout.GOOGLE_FORMS) {
      header.addAll(List.of("Timestamp", "Email address", "Name", "Couple code"));
    } else {
      header.addAll(List.of("respondent_id", "couple_id", "submitted_at"));
    }
    for (Questionnaire q : questionnaires) {
      for (Item item : q.items()) {
        header.add(settings.layout() == Layout.GOOGLE_FORMS ? item.text() : item.id());
      }
    }
    writeRow(out, header);
  }

  private void writeClient(
      Writer out, int index, String couple, Map<String, Double> overrides, LocalDateTime when)
      throws IOException {
    String first = FIRST_NAMES[index % FIRST_NAMES.length];
    String last = LAST_NAMES[(index * 7 + index / FIRST_NAMES.length) % LAST_NAMES.length];
    String email =
        (first + "." + last + (index >= FIRST_NAMES.length ? index : "")).toLowerCase(Locale.ROOT)
            + "@example.org";
    Map<String, Double> targets = new java.util.HashMap<>();
    for (Questionnaire q : questionnaires) {
      for (Scale scale : q.scales()) {
        if (!scale.isComposite()) {
          String key = q.id() + "." + scale.id();
          double middle = (q.responseScale().min() + q.responseScale().max()) / 2.0;
          double spread = (q.responseScale().max() - q.responseScale().min()) / 4.0;
          targets.put(
              key, overrides.getOrDefault(key, middle + spread * 0.9 * random.nextGaussian()));
        }
      }
    }
    writeAssessment(
        out,
        email,
        first + " " + last,
        couple,
        when,
        targets,
        String.format(Locale.ROOT, "R%06d", index));
    if (random.nextDouble() < settings.repeatShare()) {
      // a second assessment about two months later; scores drift towards the middle, as they often
      // do
      Map<String, Double> later = new java.util.HashMap<>();
      targets.forEach(
          (key, value) ->
              later.put(key, value + (3.0 - value) * 0.35 + 0.2 * random.nextGaussian()));
      writeAssessment(
          out,
          email,
          first + " " + last,
          couple,
          when.plusDays(56 + random.nextInt(14)),
          later,
          String.format(Locale.ROOT, "R%06d", index));
    }
  }

  private void writeAssessment(
      Writer out,
      String email,
      String name,
      String couple,
      LocalDateTime when,
      Map<String, Double> targets,
      String plainId)
      throws IOException {
    List<String> row = new ArrayList<>();
    if (settings.layout() == Layout.GOOGLE_FORMS) {
      row.addAll(List.of(GOOGLE_TIMESTAMP.format(when), email, name, couple));
    } else {
      row.addAll(List.of(plainId, couple, when.toString()));
    }
    for (Questionnaire q : questionnaires) {
      ResponseScale responses = q.responseScale();
      for (Item item : q.items()) {
        if (random.nextDouble() < settings.missingShare()) {
          row.add("");
          continue;
        }
        double target = targets.get(q.id() + "." + item.scaleId());
        long answer = Math.round(target + 0.65 * random.nextGaussian());
        int value = (int) Math.max(responses.min(), Math.min(responses.max(), answer));
        if (item.reversed()) {
          value = responses.min() + responses.max() - value;
        }
        row.add(
            settings.layout() == Layout.GOOGLE_FORMS
                ? responses.label(value)
                : Integer.toString(value));
      }
    }
    writeRow(out, row);
  }

  private static void writeRow(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
        out.write('"');
        out.write(cell.replace("\"", "\"\""));
        out.write('"');
      } else {
        out.write(cell);
      }
    }
    out.write("\r\n");
  }
}
