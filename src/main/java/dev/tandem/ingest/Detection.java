package dev.tandem.ingest;

import java.util.List;

/**
 * The result of {@link Importer#detect}: per file what was recognised, and the ids of the
 * questionnaires with at least one item present in some file, in the order they were given.
 */
public record Detection(List<FileLayout> files, List<String> questionnaireIds) {

  public Detection {
    files = List.copyOf(files);
    questionnaireIds = List.copyOf(questionnaireIds);
  }
}
