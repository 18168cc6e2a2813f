package dev.tandem.ingest;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads exports into responses. FIRST CUT: a plain UTF-8 CSV whose headers are item ids, with a
 * respondent_id column. The import issue replaces this with layout detection; the signature stays.
 */
public final class Importer {

  private Importer() {}

  public static ImportResult read(List<Path> files, List<Questionnaire> questionnaires, ImportOptions options) {
    List<Response> responses = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    int rows = 0;
    for (Path file : files) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
        String[] header = csv.readNext();
        if (header == null) {
          throw new ImportException(Position.ofFile(file), "the file is empty");
        }
        List<String> columns = Arrays.asList(header);
        int idColumn = columns.indexOf(options.idColumn().orElse("respondent_id"));
        int coupleColumn = columns.indexOf(options.coupleColumn().orElse("couple_id"));
        String[] row;
        while ((row = csv.readNext()) != null) {
          rows++;
          int line = (int) csv.getLinesRead();
          Map<String, Answers> answers = new LinkedHashMap<>();
          for (Questionnaire q : questionnaires) {
            double[] values = new double[q.items().size()];
            for (int i = 0; i < values.length; i++) {
              int column = columns.indexOf(q.items().get(i).id());
              String cell = column < 0 || column >= row.length ? "" : row[column].strip();
              values[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            }
            answers.put(q.id(), Answers.of(values));
          }
          String id = idColumn >= 0 ? row[idColumn] : "row" + line;
          Optional<String> couple = coupleColumn >= 0 && !row[coupleColumn].isBlank()
              ? Optional.of(row[coupleColumn]) : Optional.empty();
          responses.add(new Response(id, Optional.empty(), couple, Optional.empty(),
              new Position(file, line, 0), answers));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (CsvValidationException e) {
        throw new ImportException(Position.ofFile(file), "the file is not valid CSV");
      }
    }
    return new ImportResult(responses, rejections, rows, List.of());
  }
}
