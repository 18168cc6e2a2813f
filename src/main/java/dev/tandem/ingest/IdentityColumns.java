package dev.tandem.ingest;

import dev.tandem.ingest.Layout.HeaderColumn;
import dev.tandem.ingest.Layout.Role;
import dev.tandem.questionnaire.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chooses the columns that say who answered and when: respondent id, couple code (or a partner's
 * email instead), time and name. A command-line option wins, then the mapping file, then a position
 * the layout knows, then the first column whose header is one of the usual names (in the order of
 * the lists below); for the respondent id, a position the layout knows comes before the usual
 * names. Each index is -1 when there is no such column.
 */
record IdentityColumns(
    int id,
    int idWhenAnonymous,
    boolean idIsEmail,
    int couple,
    int partnerEmail,
    int ownEmail,
    int time,
    int name) {

  private static final List<String> EXPLICIT_IDS =
      List.of(
          "respondentid",
          "respondent",
          "clientid",
          "client",
          "clientcode",
          "participantid",
          "participant");
  private static final List<String> EMAILS =
      List.of(
          "emailaddress",
          "email",
          "emailadres",
          "emailadresse",
          "adressedemessagerie",
          "correoelectronico",
          "recipientemail",
          "username");
  private static final List<String> RESPONSE_IDS = List.of("responseid", "id");
  private static final List<String> COUPLES =
      List.of(
          "couplecode",
          "couple",
          "coupleid",
          "couplesid",
          "couplenumber",
          "paircode",
          "pairid",
          "pair",
          "partnercode",
          "paarcode",
          "codeducouple");
  private static final List<String> TIMES =
      List.of(
          "submitdateutc",
          "completiontime",
          "timestamp",
          "recordeddate",
          "enddate",
          "submitted",
          "submittedat",
          "submissiondate",
          "date",
          "startdate",
          "starttime",
          "startdateutc");
  private static final List<String> NAMES =
      List.of("name", "fullname", "yourname", "firstandlastname", "clientname", "respondentname");

  static IdentityColumns choose(
      Position file, Layout.Header header, ImportOptions options, ColumnMapping mapping) {
    List<HeaderColumn> columns = header.columns();
    Map<Role, Integer> known = header.known();
    int id =
        chosen(file, columns, options.idColumn(), "--id-column")
            .or(
                () ->
                    chosen(
                        file,
                        columns,
                        Optional.ofNullable(mapping.identity().get("id")),
                        "identity: id in the mapping file"))
            .or(() -> knownFirst(known, Role.ID, columns))
            .orElseGet(
                () ->
                    firstOf(columns, EXPLICIT_IDS)
                        .orElseGet(
                            () ->
                                firstOf(columns, EMAILS)
                                    .orElseGet(() -> firstOf(columns, RESPONSE_IDS).orElse(-1))));
    boolean idIsEmail =
        id >= 0 && (EMAILS.contains(key(columns.get(id))) || known.getOrDefault(Role.ID, -2) == id);
    int anonymous =
        known.getOrDefault(
            Role.ID_WHEN_ANONYMOUS, idIsEmail ? firstOf(columns, RESPONSE_IDS).orElse(-1) : -1);
    if (anonymous == id) {
      anonymous = -1;
    }
    if (id < 0 && anonymous >= 0) {
      id = anonymous;
      anonymous = -1;
      idIsEmail = false;
    }
    int couple =
        chosen(file, columns, options.coupleColumn(), "--couple-column")
            .or(
                () ->
                    chosen(
                        file,
                        columns,
                        Optional.ofNullable(mapping.identity().get("couple")),
                        "identity: couple in the mapping file"))
            .orElseGet(
                () ->
                    firstOf(columns, COUPLES)
                        .orElseGet(() -> containing(columns, "couplecode", "")));
    int partner = couple >= 0 ? -1 : containing(columns, "partner", "mail");
    int ownEmail = idIsEmail ? id : firstOf(columns, EMAILS).orElse(-1);
    int time =
        chosen(file, columns, options.timeColumn(), "--time-column")
            .or(
                () ->
                    chosen(
                        file,
                        columns,
                        Optional.ofNullable(mapping.identity().get("time")),
                        "identity: time in the mapping file"))
            .orElseGet(() -> knownOr(known, Role.TIME, columns, TIMES));
    int name =
        chosen(
                file,
                columns,
                Optional.ofNullable(mapping.identity().get("name")),
                "identity: name in the mapping file")
            .orElseGet(() -> knownOr(known, Role.NAME, columns, NAMES));
    return new IdentityColumns(id, anonymous, idIsEmail, couple, partner, ownEmail, time, name);
  }

  /** The columns used for identity, for excluding them from question matching. */
  List<Integer> used() {
    List<Integer> used = new ArrayList<>();
    for (int column : new int[] {id, idWhenAnonymous, couple, partnerEmail, ownEmail, time, name}) {
      if (column >= 0) {
        used.add(column);
      }
    }
    return used;
  }

  /**
   * The role names of a mapping file's {@code identity:} block to the columns chosen (from 1), for
   * the roles that have one.
   */
  Map<String, Integer> columns() {
    Map<String, Integer> columns = new LinkedHashMap<>();
    int[] chosen = {id, couple, time, name};
    for (int i = 0; i < ColumnMapping.IDENTITY_ROLES.size(); i++) {
      if (chosen[i] >= 0) {
        columns.put(ColumnMapping.IDENTITY_ROLES.get(i), chosen[i] + 1);
      }
    }
    return columns;
  }

  /** Role to shortened header, for {@code validate --explain}. */
  Map<String, String> describe(List<HeaderColumn> columns) {
    Map<String, String> roles = new LinkedHashMap<>();
    put(roles, "respondent id", id, columns);
    put(roles, "respondent id when anonymous", idWhenAnonymous, columns);
    put(roles, "couple code", couple, columns);
    put(roles, "partner's email (for the couple code)", partnerEmail, columns);
    put(roles, "time", time, columns);
    put(roles, "name", name, columns);
    return roles;
  }

  private static void put(
      Map<String, String> roles, String role, int column, List<HeaderColumn> columns) {
    if (column >= 0) {
      roles.put(role, Text.shortHeader(columns.get(column).display()));
    }
  }

  private static Optional<Integer> chosen(
      Position file, List<HeaderColumn> columns, Optional<String> header, String option) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String wanted = Text.words(header.get());
    for (HeaderColumn column : columns) {
      for (String text : column.texts()) {
        if (Text.words(text).equals(wanted)) {
          return Optional.of(column.index());
        }
      }
    }
    String listed =
        columns.stream()
            .limit(15)
            .map(c -> "\"" + Text.shortHeader(c.display()) + "\"")
            .collect(Collectors.joining(", "));
    throw new ImportException(
        file,
        option
            + " names the column \""
            + header.get()
            + "\", which this file does"
            + " not have; its columns begin "
            + listed);
  }

  private static Optional<Integer> firstOf(List<HeaderColumn> columns, List<String> keys) {
    for (String wanted : keys) {
      for (HeaderColumn column : columns) {
        for (String text : column.texts()) {
          if (Text.key(text).equals(wanted)) {
            return Optional.of(column.index());
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The position a layout knows for a role, when it puts it before the usual names (SurveyMonkey's
   * "Email Address" over its "Respondent ID", which is new for every response).
   */
  private static Optional<Integer> knownFirst(
      Map<Role, Integer> known, Role role, List<HeaderColumn> columns) {
    Integer position = known.get(role);
    return position != null && position < columns.size() ? Optional.of(position) : Optional.empty();
  }

  private static int knownOr(
      Map<Role, Integer> known, Role role, List<HeaderColumn> columns, List<String> keys) {
    Integer position = known.get(role);
    if (position != null && position < columns.size()) {
      return position;
    }
    return firstOf(columns, keys).orElse(-1);
  }

  private static int containing(List<HeaderColumn> columns, String first, String second) {
    for (HeaderColumn column : columns) {
      String key = key(column);
      if (key.contains(first) && key.contains(second)) {
        return column.index();
      }
    }
    return -1;
  }

  private static String key(HeaderColumn column) {
    return Text.key(column.display());
  }
}
