package dev.tandem.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LimeSurvey's CSV export: one header row starting with the response id ("id", or "Response ID"
 * with full-text headings), then "submitdate"/"Date submitted", "lastpage"/"Last page" and
 * "startlanguage"/"Start language". Array questions are headed {@code code[subquestion]} with
 * question-code headings, {@code code[subquestion]. Text [Statement]} with code and text, and
 * {@code Text [Statement]} with full text; the subquestion code is offered for matching by id
 * beside the header itself, whose bracketed statement matches by text.
 */
final class LimeSurveyLayout implements Layout {

  private static final Pattern SUBQUESTION =
      Pattern.compile("^[A-Za-z][A-Za-z0-9]*\\[([A-Za-z0-9_]+)\\]");

  private static final Set<String> METADATA =
      Set.of(
          "id",
          "responseid",
          "submitdate",
          "datesubmitted",
          "lastpage",
          "startlanguage",
          "seed",
          "startdate",
          "datestarted",
          "datestamp",
          "datelastaction",
          "ipaddr",
          "ipaddress",
          "refurl",
          "referrerurl",
          "token",
          "accesscode",
          "interviewtime",
          "totaltime");

  @Override
  public Optional<Header> recognise(List<String[]> top) {
    String[] first = top.get(0);
    if (first.length < 4
        || !Set.of("id", "responseid").contains(Text.key(first[0]))
        || !Layout.hasKey(first, "submitdate", "datesubmitted")
        || !Layout.hasKey(first, "lastpage")
        || !Layout.hasKey(first, "startlanguage")) {
      return Optional.empty();
    }
    List<HeaderColumn> columns = new ArrayList<>();
    for (int i = 0; i < first.length; i++) {
      String header = first[i].strip();
      Matcher code = SUBQUESTION.matcher(header);
      List<String> texts = code.find() ? List.of(header, code.group(1)) : List.of(header);
      columns.add(new HeaderColumn(i, header, texts, Optional.empty()));
    }
    int submitted = Layout.indexOfKey(first, "submitdate", "datesubmitted");
    return Optional.of(
        new Header("LimeSurvey", 1, columns, METADATA, Map.of(Role.TIME, submitted)));
  }
}
