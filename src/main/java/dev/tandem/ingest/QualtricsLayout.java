package dev.tandem.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Qualtrics: three header rows (column ids such as {@code QID4_2} or the names given in the survey,
 * question texts, and {@code {"ImportId":"QID4_2"}}), or, in legacy exports, two (ids such as
 * {@code V1}/{@code Q1}, then texts). Metadata columns include StartDate, EndDate, ResponseId and
 * RecordedDate. Matrix questions read "Question - Statement"; the statement is matched.
 */
final class QualtricsLayout implements Layout {

  private static final Pattern IMPORT_ID = Pattern.compile("\"ImportId\"\\s*:\\s*\"([^\"]+)\"");

  private static final Set<String> METADATA = Set.of(
      "startdate", "enddate", "status", "ipaddress", "progress", "durationinseconds", "finished",
      "recordeddate", "responseid", "responseset", "recipientlastname", "recipientfirstname",
      "recipientemail", "externalreference", "externaldatareference", "locationlatitude",
      "locationlongitude", "locationaccuracy", "distributionchannel", "userlanguage", "name",
      "emailaddress", "responsetype", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9",
      "v10", "q_recaptchascore", "q_relevantidduplicate");

  @Override
  public Optional<Header> recognise(List<String[]> top) {
    String[] ids = top.get(0);
    boolean modern = top.size() >= 3 && Layout.hasKey(ids, "responseid", "startdate") && hasImportIds(top.get(2));
    boolean legacy = !modern && top.size() >= 2 && Layout.hasKey(ids, "v1", "responseid")
        && Layout.hasKey(top.get(1), "responseid");
    if (!modern && !legacy) {
      return Optional.empty();
    }
    String[] texts = top.get(1);
    List<HeaderColumn> columns = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      String text = i < texts.length ? texts[i].strip() : "";
      String id = ids[i].strip();
      Optional<String> importId = Optional.empty();
      if (modern && i < top.get(2).length) {
        Matcher m = IMPORT_ID.matcher(top.get(2)[i]);
        importId = m.find() ? Optional.of(m.group(1)) : Optional.empty();
      }
      columns.add(new HeaderColumn(i, text.isEmpty() ? id : text, List.of(text, id), importId));
    }
    return Optional.of(new Header(modern ? "Qualtrics" : "Qualtrics (legacy export)", modern ? 3 : 2,
        columns, METADATA, Map.of()));
  }

  private static boolean hasImportIds(String[] row) {
    for (String cell : row) {
      if (cell.contains("\"ImportId\"")) {
        return true;
      }
    }
    return false;
  }
}
