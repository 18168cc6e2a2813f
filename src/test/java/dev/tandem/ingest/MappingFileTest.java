package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link MappingFile} writes is read back by {@link ColumnMapping} to the columns and identity
 * the coach chose, whatever the headers hold: quotes, backslashes, a repeated header, a header that
 * looks like a position key, one with no text at all.
 */
class MappingFileTest {

  private static final List<String> HEADERS =
      List.of(
          "Client \"number\"",
          "Our code \\ pair",
          "When",
          "Rate this #2",
          "Same",
          "Same",
          "",
          "Évening: alone?");

  @TempDir Path folder;

  @Test
  void keysNameEachColumnOnceEvenWhenHeadersRepeatOrLookLikeKeys() {
    assertThat(MappingFile.columnKey(HEADERS, 1)).isEqualTo("Client \"number\"");
    assertThat(MappingFile.columnKey(HEADERS, 4)).isEqualTo("Rate this #2 #1");
    assertThat(MappingFile.columnKey(HEADERS, 5)).isEqualTo("Same #1");
    assertThat(MappingFile.columnKey(HEADERS, 6)).isEqualTo("Same #2");
    assertThat(MappingFile.columnKey(HEADERS, 7)).isEqualTo("#7");
  }

  @Test
  void theWrittenFileIsReadBackToTheChosenColumnsAndIdentity() throws IOException {
    Path export = folder.resolve("export.csv");
    Files.writeString(
        export,
        String.join(",", HEADERS.stream().map(h -> "\"" + h.replace("\"", "\"\"") + "\"").toList())
            + "\nC-1,P1,2026-03-02 09:00,4,2,3,5,1\n",
        StandardCharsets.UTF_8);
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put(MappingFile.columnKey(HEADERS, 4), "solo.s1");
    columns.put(MappingFile.columnKey(HEADERS, 6), "s2");
    columns.put(MappingFile.columnKey(HEADERS, 7), "ties.t1");
    columns.put(MappingFile.columnKey(HEADERS, 8), "s4");
    MappingFile choices =
        new MappingFile(
            Map.of("id", HEADERS.get(0), "couple", HEADERS.get(1), "time", HEADERS.get(2)),
            columns);
    Path mapping = Files.writeString(folder.resolve("mapping.yaml"), choices.text());

    FileLayout layout =
        Importer.detect(
                List.of(export), Fixtures.BOTH, ImportOptions.defaults().withMapping(mapping))
            .files()
            .get(0);

    assertThat(layout.matches())
        .extracting(m -> m.column() + " " + m.questionnaireId() + "." + m.itemId() + " " + m.how())
        .containsExactly(
            "4 solo.s1 MAPPING", "6 solo.s2 MAPPING", "7 ties.t1 MAPPING", "8 solo.s4 MAPPING");
    assertThat(layout.identityColumns()).containsEntry("id", 1).containsEntry("couple", 2);
    assertThat(layout.identityColumns()).containsEntry("time", 3);
    assertThat(layout.unmatched()).containsOnlyKeys(5);
  }
}
