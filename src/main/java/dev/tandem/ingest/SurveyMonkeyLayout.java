package dev.tandem.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SurveyMonkey: two header rows. The first names each question once, over the first of its columns
 * (later columns of the same question are empty there); the second holds "Response" for a single
 * answer, or the row statement of a matrix question, which is what matches an item. The respondent
 * is the "Email Address" when it is filled (so a client's second wave links to the first), else the
 * "Respondent ID", which SurveyMonkey makes new for every response.
 */
final class SurveyMonkeyLayout implements Layout {

  private static final Set<String> SINGLE =
      Set.of("", "response", "openendedresponse", "otherpleasespecify");

  @Override
  public Optional<Header> recognise(List<String[]> top) {
    String[] questions = top.get(0);
    if (top.size() < 2
        || !Layout.hasKey(questions, "respondentid")
        || !Layout.hasKey(questions, "collectorid")) {
      return Optional.empty();
    }
    String[] details = top.get(1);
    List<HeaderColumn> columns = new ArrayList<>();
    String question = "";
    for (int i = 0; i < Math.max(questions.length, details.length); i++) {
      String own = i < questions.length ? questions[i].strip() : "";
      if (!own.isEmpty()) {
        question = own;
      }
      String detail = i < details.length ? details[i].strip() : "";
      boolean single = SINGLE.contains(Text.key(detail));
      String text = single ? question : detail;
      columns.add(new HeaderColumn(i, text, List.of(text), Optional.empty()));
    }
    Map<Role, Integer> known = new EnumMap<>(Role.class);
    int respondent = Layout.indexOfKey(questions, "respondentid");
    int email = Layout.indexOfKey(questions, "emailaddress");
    if (email >= 0) {
      known.put(Role.ID, email);
      known.put(Role.ID_WHEN_ANONYMOUS, respondent);
    }
    return Optional.of(
        new Header(
            "SurveyMonkey",
            2,
            columns,
            Set.of(
                "respondentid",
                "collectorid",
                "startdate",
                "enddate",
                "ipaddress",
                "emailaddress",
                "firstname",
                "lastname",
                "customdata1",
                "customdata"),
            known));
  }
}
