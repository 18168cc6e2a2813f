package dev.tandem.ingest;

import dev.tandem.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a run's responses come from, read as often as needed: it hands its responses and rejections
 * to a sink in order and accounts for every row. Export files ({@link #of}) and the practice store
 * are two.
 */
@FunctionalInterface
public interface ResponseSource {

  ImportSummary stream(ResponseSink sink);

  /** The responses in these export files, imported with these questionnaires and options. */
  static ResponseSource of(
      List<Path> files, List<Questionnaire> questionnaires, ImportOptions options) {
    List<Path> copy = List.copyOf(files);
    List<Questionnaire> used = List.copyOf(questionnaires);
    return sink -> Importer.stream(copy, used, options, sink);
  }
}
