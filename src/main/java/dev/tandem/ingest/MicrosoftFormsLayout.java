package dev.tandem.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Microsoft Forms (Excel download): "ID", start time, completion time, email, name, sometimes "Last
 * modified time", then the questions. The metadata headers follow the account's language, so the
 * layout is recognised by "ID" first and a completion-time column third in any of the common
 * languages, and the identity columns are taken by position. Anonymous forms write "anonymous" as
 * the email; those rows fall back to the ID column. Quiz exports add "Total points" and "Quiz
 * feedback", and "Points - question" and "Feedback - question" beside each answer: those are left
 * out of matching (a note says so), so that "Points - Question 12" is never taken for the item
 * "Question 12".
 */
final class MicrosoftFormsLayout implements Layout {

  private static final Set<String> COMPLETION =
      Set.of(
          "completiontime",
          "fertigstellungszeit",
          "heuredefin",
          "horadefinalizacion",
          "oradicompletamento",
          "tijdvanvoltooiing",
          "horadeconclusao",
          "endtime");

  /** A quiz's points or feedback column beside an answer, as the English export names them. */
  private static final Pattern QUIZ = Pattern.compile("(?i)(points|feedback)\\s+-\\s+.+");

  @Override
  public Optional<Header> recognise(List<String[]> top) {
    String[] first = top.get(0);
    if (first.length < 5
        || !Text.key(first[0]).equals("id")
        || !COMPLETION.contains(Text.key(first[2]))) {
      return Optional.empty();
    }
    Set<String> metadata = new java.util.HashSet<>();
    int metadataColumns = first.length > 5 && Text.key(first[5]).contains("modified") ? 6 : 5;
    for (int i = 0; i < metadataColumns; i++) {
      metadata.add(Text.key(first[i]));
    }
    metadata.add("totalpoints");
    metadata.add("quizfeedback");
    List<HeaderColumn> columns = new ArrayList<>();
    List<Integer> quiz = new ArrayList<>();
    for (int i = 0; i < first.length; i++) {
      String header = first[i].strip();
      boolean quizColumn = QUIZ.matcher(header).matches();
      if (quizColumn) {
        quiz.add(i + 1);
        metadata.add(Text.key(header));
      }
      columns.add(
          new HeaderColumn(i, header, quizColumn ? List.of() : List.of(header), Optional.empty()));
    }
    List<String> notes =
        quiz.isEmpty()
            ? List.of()
            : List.of(
                "this is a quiz export: its "
                    + quiz.size()
                    + " \"Points - \" and \"Feedback - \" columns ("
                    + ranges(quiz)
                    + ") were left out, as were \"Total points\""
                    + " and \"Quiz feedback\"");
    return Optional.of(
        new Header(
            "Microsoft Forms",
            1,
            columns,
            metadata,
            Map.of(Role.ID, 3, Role.ID_WHEN_ANONYMOUS, 0, Role.NAME, 4, Role.TIME, 2),
            notes));
  }

  /** Column numbers as "9, 10, 12" (at most ten shown). */
  private static String ranges(List<Integer> columns) {
    String shown =
        columns.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
    return (columns.size() > 10 ? "columns " + shown + ", ..." : "columns " + shown);
  }
}
