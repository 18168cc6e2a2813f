package dev.tandem.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Qualtrics: three header rows (column ids such as {@code QID4_2} or the names given in the survey,
 * question texts, and {@code {"ImportId":"QID4_2"}}; exports from about 2016 write the third row as
 * {@code {'ImportId': 'QID4-2'}}, read as {@code QID4_2}), or, in older legacy exports, two (ids
 * such as {@code V1}/{@code Q1}, then texts). Metadata columns include StartDate, EndDate,
 * ResponseId and RecordedDate; Status and DistributionChannel say which responses are previews,
 * tests or spam. Matrix questions read "Question - Statement" (or "Question-Statement"); the
 * statement is matched.
 */
final class QualtricsLayout implements Layout {

  private static final Pattern IMPORT_ID =
      Pattern.compile("[\"']ImportId[\"']\\s*:\\s*[\"']([^\"']+)[\"']");

  private static final Set<String> METADATA =
      Set.of(
          "startdate",
          "enddate",
          "status",
          "ipaddress",
          "progress",
          "durationinseconds",
          "finished",
          "recordeddate",
          "responseid",
          "responseset",
          "recipientlastname",
          "recipientfirstname",
          "recipientemail",
          "externalreference",
          "externaldatareference",
          "locationlatitude",
          "locationlongitude",
          "locationaccuracy",
          "distributionchannel",
          "userlanguage",
          "name",
          "emailaddress",
          "responsetype",
          "v1",
          "v2",
          "v3",
          "v4",
          "v5",
          "v6",
          "v7",
          "v8",
          "v9",
          "v10",
          "q_recaptchascore",
          "q_relevantidduplicate");

  @Override
  public Optional<Header> recognise(List<String[]> top) {
    String[] ids = top.get(0);
    boolean modern =
        top.size() >= 3
            && Layout.hasKey(ids, "responseid", "startdate")
            && hasImportIds(top.get(2));
    boolean legacy =
        !modern
            && top.size() >= 2
            && Layout.hasKey(ids, "v1", "responseid")
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
        importId = m.find() ? Optional.of(importId(m.group(1))) : Optional.empty();
      }
      columns.add(new HeaderColumn(i, text.isEmpty() ? id : text, List.of(text, id), importId));
    }
    Map<Role, Integer> known = new EnumMap<>(Role.class);
    putIfFound(known, Role.STATUS, ids, "status");
    putIfFound(known, Role.CHANNEL, ids, "distributionchannel");
    String name =
        !modern
            ? "Qualtrics (legacy export)"
            : top.get(2)[0].contains("'")
                ? "Qualtrics (2016 export, ImportIds in single quotes)"
                : "Qualtrics";
    return Optional.of(new Header(name, modern ? 3 : 2, columns, METADATA, known));
  }

  private static void putIfFound(Map<Role, Integer> known, Role role, String[] ids, String key) {
    int index = Layout.indexOfKey(ids, key);
    if (index >= 0) {
      known.put(role, index);
    }
  }

  /**
   * Why a response is not a client's, from its Status and DistributionChannel cells: Qualtrics
   * writes "Survey Preview", "Survey Test", "Spam" (or, with numeric codes, 1, 2, 8, 9, 12, 17) and
   * the channels "preview" and "test". Empty for real responses (IP Address, Imported, Offline, 0,
   * 4, 16).
   */
  static Optional<String> notAClient(String status, String channel) {
    String code = status.strip();
    String kind =
        switch (code) {
          case "1", "17" -> "survey preview";
          case "2" -> "survey test";
          case "8", "9", "12" -> "spam";
          default -> {
            String key = Text.key(code);
            yield key.contains("preview")
                ? "survey preview"
                : key.contains("test") ? "survey test" : key.contains("spam") ? "spam" : "";
          }
        };
    if (kind.isEmpty()) {
      String route = Text.key(channel);
      kind = route.equals("preview") ? "survey preview" : route.equals("test") ? "survey test" : "";
    }
    return kind.isEmpty() ? Optional.empty() : Optional.of(kind);
  }

  /** The ImportId as today's exports write it: {@code QID4-2} (2016) becomes {@code QID4_2}. */
  private static String importId(String written) {
    return written.startsWith("QID") ? written.replace('-', '_') : written;
  }

  private static boolean hasImportIds(String[] row) {
    for (String cell : row) {
      if (IMPORT_ID.matcher(cell).find()) {
        return true;
      }
    }
    return false;
  }
}
